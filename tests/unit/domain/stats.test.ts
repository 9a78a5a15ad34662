import { describe, expect, it } from 'vitest';
import {
	addToLedger,
	customerStats,
	dayNumberOf,
	isoOfDay,
	ledgerOf,
	monthsBefore,
	LIFETIME_YEARS
} from '../../../src/lib/domain/stats';

const day = dayNumberOf;

describe('calendar helpers', () => {
	it('round-trips days and clamps month arithmetic to the month end', () => {
		expect(isoOfDay(day('2024-02-29'))).toBe('2024-02-29');
		expect(isoOfDay(monthsBefore(day('2024-03-31'), 1))).toBe('2024-02-29');
		expect(isoOfDay(monthsBefore(day('2025-01-15'), 12))).toBe('2024-01-15');
		expect(isoOfDay(monthsBefore(day('2025-01-15'), 6))).toBe('2024-07-15');
	});
});

describe('customerStats', () => {
	const ledger = ledgerOf('c1', [
		{ date: '2024-01-10', amount: 10000 }, // before the 12-month window
		{ date: '2024-09-01', amount: 2000 }, // previous 6 months
		{ date: '2024-12-20', amount: 3000 }, // recent 6 months
		{ date: '2025-01-05', amount: -500 }, // refund: spend down, no visit
		{ date: '2025-02-01', amount: 7000 } // after the reference day: ignored
	]);

	it('counts visits, net spend and the windows as of the reference day', () => {
		const s = customerStats(ledger, '2025-01-15');
		expect(s.visits).toBe(3);
		expect(s.totalSpent).toBe(14500);
		expect(s.firstPurchase).toBe('2024-01-10');
		expect(s.lastPurchase).toBe('2024-12-20');
		expect(s.recencyDays).toBe(26);
		expect(s.averageTicket).toBe(4833); // 14500 / 3
		// 12 months: after 2024-01-15 -> 2000 + 3000 - 500
		expect(s.frequency12).toBe(2);
		expect(s.spend12).toBe(4500);
		// last 6 months: after 2024-07-15 -> all three window lines; previous 6: none
		expect(s.recent6).toEqual({ visits: 2, spend: 4500 });
		expect(s.previous6).toEqual({ visits: 0, spend: 0 });
	});

	it('splits the trend halves at six months', () => {
		const s = customerStats(ledger, '2025-03-10');
		// 12 months after 2024-03-10; 6 months after 2024-09-10
		expect(s.previous6).toEqual({ visits: 1, spend: 2000 });
		expect(s.recent6).toEqual({ visits: 2, spend: 9500 });
	});

	it('computes lifetime value as average ticket x visits a year x years', () => {
		// first purchase 2024-01-10, reference 2025-01-15: 372 days = 1.0185 years
		const s = customerStats(ledger, '2025-01-15');
		const years = (day('2025-01-15') - day('2024-01-10') + 1) / 365.25;
		expect(s.visitsPerYear).toBeCloseTo(3 / years, 10);
		expect(s.lifetimeValue).toBe(Math.round(4833 * (3 / years) * LIFETIME_YEARS));
	});

	it('treats a one-purchase customer as one visit a year', () => {
		const s = customerStats(ledgerOf('c2', [{ date: '2025-01-01', amount: 2500 }]), '2025-01-01');
		expect(s).toMatchObject({ visits: 1, totalSpent: 2500, recencyDays: 0, frequency12: 1 });
		expect(s.visitsPerYear).toBe(1);
		expect(s.lifetimeValue).toBe(2500 * LIFETIME_YEARS);
	});

	it('gives a customer without purchases no dates and no value', () => {
		const s = customerStats(ledgerOf('c3', []), '2025-01-01');
		expect(s).toMatchObject({ visits: 0, totalSpent: 0, averageTicket: 0, lifetimeValue: 0 });
		expect(s.lastPurchase).toBeUndefined();
		expect(s.recencyDays).toBeUndefined();
	});

	it('counts a line on the window boundary day in the older half', () => {
		// exactly 12 months before the reference day is outside the 12 months
		const s = customerStats(
			ledgerOf('c4', [
				{ date: '2024-01-15', amount: 100 },
				{ date: '2024-01-16', amount: 200 }
			]),
			'2025-01-15'
		);
		expect(s.frequency12).toBe(1);
		expect(s.spend12).toBe(200);
	});
});

describe('addToLedger', () => {
	it('keeps days sorted and equals a rebuilt ledger', () => {
		const lines = [
			{ date: '2024-03-01', amount: 100 },
			{ date: '2024-01-01', amount: 200 }
		];
		const added = addToLedger(ledgerOf('c', lines), { date: '2024-02-01', amount: 300 });
		expect(added).toEqual(ledgerOf('c', [...lines, { date: '2024-02-01', amount: 300 }]));
	});
});
