import { describe, expect, it } from 'vitest';
import {
	abcClasses,
	analyzeShop,
	buyerGroupOf,
	DEFAULT_SEGMENT_SETTINGS,
	isDeclining,
	median,
	monthsEnding,
	salesByMonth,
	thresholdsFor,
	topShare,
	type SegmentSettings
} from '../../../src/lib/domain/segments';
import {
	interestTags,
	audienceMembers,
	customersWithStatsCsv,
	parseAudienceId,
	audienceId
} from '../../../src/lib/domain/segments-audiences';
import { customerStats, ledgerOf, type LedgerLine } from '../../../src/lib/domain/stats';
import type { Customer } from '../../../src/lib/domain/types';

const REF = '2025-06-30';
const settings: SegmentSettings = { ...DEFAULT_SEGMENT_SETTINGS };

function customer(id: string, extra: Partial<Customer> = {}): Customer {
	return {
		id,
		createdAt: 0,
		updatedAt: 0,
		salutation: '',
		firstName: id,
		lastName: 'Test',
		address: { street: '', postalCode: '', city: '', country: '' },
		phone: '',
		email: '',
		birthday: '',
		tags: [],
		preferredChannel: 'letter',
		marketingConsent: true,
		notes: '',
		searchWords: [],
		phoneDigits: '',
		visits: 0,
		totalSpent: 0,
		...extra
	};
}

/** n purchases of `amount` on the first of consecutive months ending in `lastMonth`. */
function monthly(n: number, amount: number, lastMonth = '2025-06'): LedgerLine[] {
	const [y, m] = lastMonth.split('-').map(Number);
	return Array.from({ length: n }, (_, i) => {
		const d = new Date(Date.UTC(y, m - 1 - i, 1));
		return { date: d.toISOString().slice(0, 10), amount };
	});
}

describe('median', () => {
	it('takes the middle value or the mean of the middle two', () => {
		expect(median([])).toBe(0);
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('abcClasses', () => {
	it('puts the top 20% in A and the next 40% in B, with revenue shares', () => {
		// 10 customers spending 10..1 (x100): total 5500
		const spends = Array.from({ length: 10 }, (_, i) => ({
			customerId: `c${String(i).padStart(2, '0')}`,
			spend: (10 - i) * 100
		}));
		const r = abcClasses(spends);
		expect(r.total).toBe(5500);
		expect(r.classes.map((c) => c.customers)).toEqual([2, 4, 4]);
		expect(r.classes[0].spend).toBe(1900);
		expect(r.classes[0].share).toBeCloseTo(1900 / 5500, 12);
		expect(r.classes[1].spend).toBe(2600); // 8+7+6+5
		expect(r.classes[2].spend).toBe(1000); // 4+3+2+1
		expect(r.pareto[0]).toEqual({ customers: 0, revenue: 0 });
		expect(r.pareto.at(-1)).toEqual({ customers: 1, revenue: 1 });
		expect(r.pareto[2]).toEqual({ customers: 0.2, revenue: 1900 / 5500 });
		expect(topShare(r, 0.2)).toBeCloseTo(1900 / 5500, 12);
	});

	it('keeps tied customers together in the higher class', () => {
		// 5 customers: A would be 1 customer, but the second spent the same
		const r = abcClasses([
			{ customerId: 'a', spend: 500 },
			{ customerId: 'b', spend: 500 },
			{ customerId: 'c', spend: 300 },
			{ customerId: 'd', spend: 300 },
			{ customerId: 'e', spend: 100 }
		]);
		expect(r.ranked.map((x) => [x.customerId, x.abc, x.rank])).toEqual([
			['a', 'A', 1],
			['b', 'A', 1],
			['c', 'B', 3],
			['d', 'B', 3],
			['e', 'C', 5]
		]);
	});

	it('leaves out customers with no or only negative spend, and handles an empty shop', () => {
		const r = abcClasses([
			{ customerId: 'a', spend: 0 },
			{ customerId: 'b', spend: -200 }
		]);
		expect(r.ranked).toEqual([]);
		expect(r.total).toBe(0);
		expect(r.pareto).toEqual([]);
		expect(r.classes.every((c) => c.customers === 0 && c.share === 0)).toBe(true);
	});

	it('puts a single customer in A', () => {
		expect(abcClasses([{ customerId: 'a', spend: 1 }]).ranked[0].abc).toBe('A');
	});
});

describe('buyer groups', () => {
	const ledgers = [
		ledgerOf('heavy-regular', monthly(6, 10000)), // 6 visits, 60000
		ledgerOf('light-regular', monthly(5, 1000)), // 5 visits, 5000
		ledgerOf('heavy-rare', monthly(1, 50000)), // 1 visit, 50000
		ledgerOf('light-rare', monthly(1, 500)), // 1 visit, 500
		ledgerOf('former', [{ date: '2024-06-30', amount: 90000 }]), // exactly 12 months ago
		ledgerOf('refund-only', [{ date: '2025-01-01', amount: -1000 }])
	];
	const stats = ledgers.map((l) => customerStats(l, REF));

	it('derives thresholds from the medians of active buyers', () => {
		const t = thresholdsFor(stats, settings, REF);
		// active: frequencies 6,5,1,1 -> median 3; spends 60000,5000,50000,500 -> median 27500
		expect(t).toMatchObject({ regularMinVisits: 3, heavyMinSpend: 27500, derivedVisits: true });
	});

	it('never asks fewer than 2 visits for regular by default', () => {
		const one = [customerStats(ledgerOf('x', monthly(1, 100)), REF)];
		expect(thresholdsFor(one, settings, REF).regularMinVisits).toBe(2);
	});

	it('puts every buyer in exactly one group and explains it', () => {
		const a = analyzeShop(
			ledgers,
			ledgers.map((l) => l.customerId).concat(['never']),
			settings,
			REF
		);
		const groupOf = (id: string) => a.byCustomer.get(id)?.group?.group;
		expect(groupOf('heavy-regular')).toBe('regular-heavy');
		expect(groupOf('light-regular')).toBe('regular-light');
		expect(groupOf('heavy-rare')).toBe('infrequent-heavy');
		expect(groupOf('light-rare')).toBe('infrequent-light');
		expect(groupOf('former')).toBe('former');
		expect(groupOf('refund-only')).toBeUndefined();
		expect(a.prospects).toEqual(['refund-only', 'never']);
		expect(a.groups.map((g) => g.customers)).toEqual([1, 1, 1, 1, 1]);
		expect(a.groups.reduce((n, g) => n + g.customers, 0)).toBe(5);
		expect(a.byCustomer.get('heavy-regular')?.group).toMatchObject({
			frequency12: 6,
			regularMinVisits: 3,
			spend12: 60000,
			heavyMinSpend: 27500
		});
		expect(a.stopped).toEqual(['former']);
	});

	it('uses the owner thresholds and the former window at its boundary', () => {
		const own = { ...settings, regularMinVisits: 6, heavyMinSpend: 60000, formerWindowMonths: 6 };
		const t = thresholdsFor(stats, own, REF);
		expect(t).toMatchObject({ regularMinVisits: 6, heavyMinSpend: 60000, formerWindowMonths: 6 });
		expect(buyerGroupOf(stats[0], t, REF)?.group).toBe('regular-heavy');
		expect(buyerGroupOf(stats[1], t, REF)?.group).toBe('infrequent-light');
		// last purchase 2024-12-30: exactly 6 months before 2025-06-30 -> former
		const s = customerStats(ledgerOf('y', [{ date: '2024-12-30', amount: 1 }]), REF);
		expect(buyerGroupOf(s, t, REF)?.group).toBe('former');
		const s2 = customerStats(ledgerOf('z', [{ date: '2024-12-31', amount: 1 }]), REF);
		expect(buyerGroupOf(s2, t, REF)?.group).not.toBe('former');
	});

	it('clamps the former window to 6..12 months', () => {
		expect(
			thresholdsFor(stats, { ...settings, formerWindowMonths: 3 }, REF).formerWindowMonths
		).toBe(6);
		expect(
			thresholdsFor(stats, { ...settings, formerWindowMonths: 30 }, REF).formerWindowMonths
		).toBe(12);
	});

	it('handles an empty shop', () => {
		const a = analyzeShop([], [], settings, REF);
		expect(a.groups.every((g) => g.customers === 0)).toBe(true);
		expect(a.abc.ranked).toEqual([]);
		expect(a.months).toHaveLength(24);
		expect(a.months.every((m) => m.revenue === 0)).toBe(true);
	});

	it('ignores cards that are not live (deleted)', () => {
		const a = analyzeShop(ledgers, ['light-rare'], settings, REF);
		expect([...a.byCustomer.keys()]).toEqual(['light-rare']);
	});
});

describe('declining and stopped', () => {
	it('flags a customer whose last 6 months are at most half of the 6 before', () => {
		const lines = [
			{ date: '2024-08-01', amount: 4000 },
			{ date: '2024-10-01', amount: 4000 },
			{ date: '2025-03-01', amount: 2000 }
		];
		const s = customerStats(ledgerOf('d', lines), REF);
		expect(isDeclining(s, 'infrequent-light')).toBe(true);
		expect(isDeclining(s, 'former')).toBe(false);
		const steady = customerStats(
			ledgerOf('s', [...lines, { date: '2025-05-01', amount: 4000 }]),
			REF
		);
		// recent: 2 visits, 6000 vs previous 2 visits, 8000 -> not clearly down
		expect(isDeclining(steady, 'regular-light')).toBe(false);
	});

	it('orders the stopped list by what they used to be worth', () => {
		const ledgers = [
			ledgerOf('small', [{ date: '2023-01-01', amount: 100 }]),
			ledgerOf('big', [{ date: '2023-02-01', amount: 9000 }]),
			ledgerOf('active', [{ date: '2025-06-01', amount: 50 }])
		];
		const a = analyzeShop(ledgers, ['small', 'big', 'active'], settings, REF);
		expect(a.stopped).toEqual(['big', 'small']);
	});
});

describe('salesByMonth', () => {
	it('lists 24 months ending with the reference month', () => {
		const months = monthsEnding('2025-06-30', 24);
		expect(months[0]).toBe('2023-07');
		expect(months.at(-1)).toBe('2025-06');
	});

	it('sums revenue with refunds and counts new and returning customers', () => {
		const ledgers = [
			ledgerOf('a', [
				{ date: '2025-05-02', amount: 1000 },
				{ date: '2025-05-20', amount: 500 },
				{ date: '2025-06-01', amount: 700 },
				{ date: '2025-06-05', amount: -200 }
			]),
			ledgerOf('b', [
				{ date: '2022-01-01', amount: 300 }, // before the 24 months: still makes b not new
				{ date: '2025-06-10', amount: 400 },
				{ date: '2025-07-01', amount: 999 } // after the reference day
			])
		];
		const months = salesByMonth(ledgers, REF);
		const may = months.find((m) => m.month === '2025-05');
		const june = months.find((m) => m.month === '2025-06');
		expect(may).toEqual({
			month: '2025-05',
			revenue: 1500,
			visits: 2,
			newCustomers: 1,
			returningCustomers: 0
		});
		expect(june).toEqual({
			month: '2025-06',
			revenue: 900,
			visits: 2,
			newCustomers: 0,
			returningCustomers: 2
		});
	});
});

describe('audiences', () => {
	const ledgers = [
		ledgerOf('a', monthly(6, 10000)),
		ledgerOf('b', monthly(6, 9000)),
		ledgerOf('c', monthly(1, 100))
	];
	const customers = new Map([
		['a', customer('a', { tags: ['Roses'], marketingConsent: true })],
		['b', customer('b', { tags: ['tulips'], marketingConsent: false, preferredChannel: 'email' })],
		['c', customer('c', { firstName: '=cmd', lastName: 'O"Brien, Jr' })],
		['p', customer('p')]
	]);
	const analysis = analyzeShop(ledgers, [...customers.keys()], settings, REF);

	it('filters by tag, consent and channel', () => {
		const heavy = { kind: 'group', group: 'regular-heavy' } as const;
		expect(audienceMembers(analysis, heavy, customers).map((c) => c.id)).toEqual(['a', 'b']);
		expect(audienceMembers(analysis, heavy, customers, { tag: 'roses' }).map((c) => c.id)).toEqual([
			'a'
		]);
		expect(
			audienceMembers(analysis, heavy, customers, { consentOnly: true }).map((c) => c.id)
		).toEqual(['a']);
		expect(
			audienceMembers(analysis, heavy, customers, { channel: 'email' }).map((c) => c.id)
		).toEqual(['b']);
		expect(audienceMembers(analysis, { kind: 'prospects' }, customers).map((c) => c.id)).toEqual([
			'p'
		]);
		expect(audienceMembers(analysis, { kind: 'class', cls: 'A' }, customers)).toHaveLength(1);
	});

	it('round-trips audience ids', () => {
		for (const id of ['group:former', 'class:B', 'declining', 'stopped', 'prospects']) {
			expect(audienceId(parseAudienceId(id)!)).toBe(id);
		}
		expect(parseAudienceId('group:nope')).toBeUndefined();
	});

	it('exports customers with statistics as CSV, quoted and formula-safe', () => {
		const csv = customersWithStatsCsv(analysis, [...customers.values()], 'EUR');
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(5);
		expect(lines[0]).toMatch(/^customer_id,external_id,first_name/);
		expect(lines[1]).toBe(
			'a,,a,Test,,,6,600.00,2025-01-01,2025-06-01,29,6,600.00,100.00,' +
				`${(analysis.byCustomer.get('a')!.stats.lifetimeValue / 100).toFixed(2)},regular-heavy,A,2025-06-30`
		);
		expect(lines[3]).toContain(`'=cmd,"O""Brien, Jr"`);
		expect(lines[4]).toBe('p,,p,Test,,,0,0.00,,,,0,0.00,0.00,0.00,prospect,,2025-06-30');
	});
});

describe('interest tags', () => {
	it('lists each tag on the cards once, and again only for a new set of cards', () => {
		const cards = new Map([
			['a', customer('a', { tags: ['wool', 'gifts'] })],
			['b', customer('b', { tags: ['wool'] })],
			['c', customer('c')]
		]);
		const tags = interestTags(cards);
		expect([...tags].sort()).toEqual(['gifts', 'wool']);
		expect(interestTags(cards)).toBe(tags);
		const changed = new Map(cards).set('d', customer('d', { tags: ['yarn'] }));
		expect([...interestTags(changed)].sort()).toEqual(['gifts', 'wool', 'yarn']);
	});
});

describe('segments CSV cells', () => {
	it('neutralises formulas but keeps phone numbers, as the other exports do', async () => {
		const { csvCell } = await import('../../../src/lib/domain/io-csv-write');
		expect(csvCell('=HYPERLINK("http://x","y")', ',')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvCell('+972 50 123 4567', ',')).toBe('+972 50 123 4567');
	});
});
