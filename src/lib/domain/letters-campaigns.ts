/**
 * What a batch of letters brought back: purchases by its recipients in the days after, beside
 * the customers who were not contacted, and the yearly share of the budget on current customers.
 */
import { addDays } from './contact-plan';
import type { CampaignRow } from './letters';
import type { Customer, Id, IsoDate, Minor, Sale } from './types';

export const RESPONSE_WINDOW_DAYS = 30;

export interface ResponseFigures {
	customers: number;
	/** Customers who bought at least once in the window. */
	buyers: number;
	purchases: number;
	amount: Minor;
	/** buyers / customers, 0 when there are none. */
	buyerRate: number;
	/** amount / customers, in minor units, 0 when there are none. */
	amountPerCustomer: number;
}

export interface CampaignResponse {
	from: IsoDate;
	to: IsoDate;
	/** False while the window is still running. */
	complete: boolean;
	recipients: ResponseFigures;
	others: ResponseFigures;
}

function figures(ids: ReadonlySet<Id>, sales: readonly Sale[]): ResponseFigures {
	const buyers = new Set<Id>();
	let purchases = 0;
	let amount = 0;
	for (const sale of sales) {
		if (!ids.has(sale.customerId)) continue;
		buyers.add(sale.customerId);
		purchases++;
		amount += sale.amount;
	}
	const customers = ids.size;
	return {
		customers,
		buyers: buyers.size,
		purchases,
		amount,
		buyerRate: customers ? buyers.size / customers : 0,
		amountPerCustomer: customers ? Math.round(amount / customers) : 0
	};
}

/**
 * Sales dated in the `windowDays` after the campaign day (the day itself excluded: letters arrive
 * later). "Others" are the cards that existed on the campaign day and were not sent a letter.
 */
export function campaignResponse(
	campaign: Pick<CampaignRow, 'date' | 'recipientIds'>,
	customers: readonly Customer[],
	sales: readonly Sale[],
	today: IsoDate,
	windowDays = RESPONSE_WINDOW_DAYS
): CampaignResponse {
	const from = addDays(campaign.date, 1);
	const to = addDays(campaign.date, windowDays);
	const inWindow = sales.filter((s) => s.deletedAt === undefined && s.date >= from && s.date <= to);
	const recipients = new Set(campaign.recipientIds);
	const dayEnd = Date.parse(`${campaign.date}T23:59:59.999Z`);
	const others = new Set(
		customers
			.filter((c) => c.deletedAt === undefined && c.createdAt <= dayEnd && !recipients.has(c.id))
			.map((c) => c.id)
	);
	return {
		from,
		to,
		complete: today > to,
		recipients: figures(recipients, inWindow),
		others: figures(others, inWindow)
	};
}

/**
 * The rule of thumb: at least 15 to 20% of the whole promotion budget goes to current customers
 * only. A floor, not a band: more is never a fault.
 */
/** In percent of the whole promotion budget. */
export const CURRENT_CUSTOMER_FLOOR = { least: 15, better: 20 } as const;

export interface YearlyBudget {
	year: number;
	campaigns: number;
	totalCost: Minor;
	/** The part of the cost spent on recipients who had already bought when the letter went out. */
	currentCustomerCost: Minor;
	/** The whole promotion budget (ads and all) the owner entered for the year. */
	promotionBudget?: Minor;
	/** currentCustomerCost / promotionBudget; undefined without a budget. */
	share?: number;
	/** The least to spend on current customers (15% of the budget), rounded up. */
	floor?: Minor;
	/** Still to spend on current customers to reach the floor; 0 once it is reached. */
	toFloor?: Minor;
	/** Below 15%; from 15 to 20%; 20% or more; or no whole budget entered to measure against. */
	verdict: 'below' | 'at-floor' | 'above-floor' | 'no-budget';
}

/**
 * The year's promotion spend on current customers. Each campaign's cost is split by how many of
 * its recipients were current customers on its day. The rule is measured against the whole
 * promotion budget the owner enters: the campaign costs alone are only part of it.
 */
export function yearlyBudget(
	campaigns: readonly CampaignRow[],
	customers: readonly Customer[],
	year: number,
	promotionBudget?: Minor
): YearlyBudget {
	const byId = new Map(customers.map((c) => [c.id, c]));
	let totalCost = 0;
	let currentCustomerCost = 0;
	let count = 0;
	for (const campaign of campaigns) {
		if (campaign.deletedAt !== undefined || !campaign.date.startsWith(`${year}-`)) continue;
		count++;
		const cost = campaign.cost ?? 0;
		totalCost += cost;
		if (cost === 0 || campaign.recipientIds.length === 0) continue;
		const current = campaign.recipientIds.filter((id) => {
			const first = byId.get(id)?.firstPurchase;
			return first !== undefined && first <= campaign.date;
		}).length;
		currentCustomerCost += (cost * current) / campaign.recipientIds.length;
	}
	currentCustomerCost = Math.round(currentCustomerCost);
	const spent = { year, campaigns: count, totalCost, currentCustomerCost };
	if (promotionBudget === undefined || promotionBudget <= 0) {
		return { ...spent, verdict: 'no-budget' };
	}
	const share = currentCustomerCost / promotionBudget;
	// Whole minor units, in integers: 15% of 1,200.00 is 180.00, not 180.01.
	const floor = Math.ceil((promotionBudget * CURRENT_CUSTOMER_FLOOR.least) / 100);
	return {
		...spent,
		promotionBudget,
		share,
		floor,
		toFloor: Math.max(0, floor - currentCustomerCost),
		verdict:
			currentCustomerCost < floor
				? 'below'
				: currentCustomerCost * 100 < promotionBudget * CURRENT_CUSTOMER_FLOOR.better
					? 'at-floor'
					: 'above-floor'
	};
}
