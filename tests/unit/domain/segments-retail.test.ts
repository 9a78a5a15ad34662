/**
 * The real online-retail invoices, computed two ways: independently here with plain maps, and
 * through the segments domain. Both must agree to the cent.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeShop, DEFAULT_SEGMENT_SETTINGS } from '../../../src/lib/domain/segments';
import { customerStats, ledgerOf } from '../../../src/lib/domain/stats';

const FILE = new URL('../../fixtures/io/online-retail-invoices.csv', import.meta.url);
const REF = '2011-12-10';

interface Row {
	InvoiceNo: string;
	InvoiceDate: string;
	CustomerID: string;
	TotalPrice: string;
}

const rows = Papa.parse<Row>(readFileSync(FILE, 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data;

// Independent: per customer, count of invoices, sum of cents, latest date.
const independent = new Map<string, { visits: number; total: number; last: string }>();
for (const row of rows) {
	const cents = Math.round(Number(row.TotalPrice) * 100);
	const entry = independent.get(row.CustomerID) ?? { visits: 0, total: 0, last: '' };
	if (cents > 0) entry.visits += 1;
	entry.total += cents;
	if (cents > 0 && row.InvoiceDate > entry.last) entry.last = row.InvoiceDate;
	independent.set(row.CustomerID, entry);
}
const totals = [...independent.values()].map((e) => e.total).filter((t) => t > 0);
totals.sort((a, b) => b - a);
const topCount = Math.ceil(totals.length * 0.2);
const topShareIndependent =
	totals.slice(0, topCount).reduce((s, t) => s + t, 0) / totals.reduce((s, t) => s + t, 0);

// Through the domain.
const lines = new Map<string, { date: string; amount: number }[]>();
for (const row of rows) {
	const list = lines.get(row.CustomerID) ?? [];
	list.push({ date: row.InvoiceDate, amount: Math.round(Number(row.TotalPrice) * 100) });
	lines.set(row.CustomerID, list);
}
const ledgers = [...lines].map(([id, list]) => ledgerOf(id, list));

describe('online-retail invoices', () => {
	it('has the expected size', () => {
		expect(rows).toHaveLength(18532);
		expect(independent.size).toBe(4338);
	});

	it('gives every customer the independent visits, total and last purchase', () => {
		let checked = 0;
		for (const ledger of ledgers) {
			const s = customerStats(ledger, REF);
			const expected = independent.get(ledger.customerId)!;
			expect(s.visits).toBe(expected.visits);
			expect(s.totalSpent).toBe(expected.total);
			expect(s.lastPurchase).toBe(expected.last);
			checked++;
		}
		expect(checked).toBe(4338);
	});

	it("gives the top 20%'s share of revenue as computed independently", () => {
		const analysis = analyzeShop(
			ledgers,
			ledgers.map((l) => l.customerId),
			{ ...DEFAULT_SEGMENT_SETTINGS, abcPeriod: 'all' },
			REF
		);
		expect(analysis.abc.classes[0].customers).toBe(topCount);
		expect(analysis.abc.classes[0].share).toBeCloseTo(topShareIndependent, 12);
		// roughly the 80/20 the literature expects
		expect(topShareIndependent).toBeGreaterThan(0.6);
		expect(analysis.groups.reduce((n, g) => n + g.customers, 0)).toBe(
			[...independent.values()].filter((e) => e.visits > 0).length
		);
	});
});
