import { describe, expect, it } from 'vitest';
import {
	addSaleToSummary,
	averageTicket,
	EMPTY_SUMMARY,
	summarizeSales
} from '../../../src/lib/domain/purchase-summary';

describe('purchase summary', () => {
	it('is empty with no sales', () => {
		expect(summarizeSales([])).toEqual(EMPTY_SUMMARY);
		expect(averageTicket(EMPTY_SUMMARY)).toBe(0);
	});

	it('counts visits, spend, first and last purchase whatever the order of sales', () => {
		const summary = summarizeSales([
			{ date: '2026-03-01', amount: 1000 },
			{ date: '2025-12-24', amount: 4550 },
			{ date: '2026-06-30', amount: 250 }
		]);
		expect(summary).toEqual({
			visits: 3,
			totalSpent: 5800,
			firstPurchase: '2025-12-24',
			lastPurchase: '2026-06-30'
		});
		expect(averageTicket(summary)).toBe(1933);
	});

	it('adds one sale incrementally the same way', () => {
		const sales = [
			{ date: '2026-01-02', amount: 100 },
			{ date: '2025-01-02', amount: 200 }
		];
		const incremental = sales.reduce(addSaleToSummary, EMPTY_SUMMARY);
		expect(incremental).toEqual(summarizeSales(sales));
	});
});
