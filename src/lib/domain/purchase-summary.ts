/** The aggregates a card shows (visits, spend, first and last purchase), derived from its sales. */
import type { IsoDate, Minor, PurchaseSummary } from './types';

export interface SaleLine {
	date: IsoDate;
	amount: Minor;
}

export const EMPTY_SUMMARY: PurchaseSummary = { visits: 0, totalSpent: 0 };

export function summarizeSales(sales: readonly SaleLine[]): PurchaseSummary {
	let summary: PurchaseSummary = { ...EMPTY_SUMMARY };
	for (const sale of sales) summary = addSaleToSummary(summary, sale);
	return summary;
}

/** Adding one sale without re-reading the others, so recording a sale stays constant-time. */
export function addSaleToSummary(summary: PurchaseSummary, sale: SaleLine): PurchaseSummary {
	return {
		visits: summary.visits + 1,
		totalSpent: summary.totalSpent + sale.amount,
		firstPurchase:
			summary.firstPurchase === undefined || sale.date < summary.firstPurchase
				? sale.date
				: summary.firstPurchase,
		lastPurchase:
			summary.lastPurchase === undefined || sale.date > summary.lastPurchase
				? sale.date
				: summary.lastPurchase
	};
}

export function averageTicket(summary: PurchaseSummary): Minor {
	return summary.visits === 0 ? 0 : Math.round(summary.totalSpent / summary.visits);
}
