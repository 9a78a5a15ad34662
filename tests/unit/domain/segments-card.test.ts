import { describe, expect, it } from 'vitest';
import {
	analyzeShop,
	DEFAULT_SEGMENT_SETTINGS,
	type SegmentSettings
} from '../../../src/lib/domain/segments';
import {
	replaceInPlace,
	replaced,
	replacedView,
	segmentOnCard,
	shopBackdrop,
	updateBackdrop
} from '../../../src/lib/domain/segments-card';
import { addToLedger, ledgerOf, type CustomerLedger } from '../../../src/lib/domain/stats';

const REF = '2025-06-30';

/** A small deterministic shop: varied visit counts, amounts, ties and a refund. */
function shop(count: number): CustomerLedger[] {
	let seed = 7;
	const random = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const ledgers: CustomerLedger[] = [];
	for (let c = 0; c < count; c++) {
		const lines = [];
		const visits = Math.floor(random() * 8);
		for (let v = 0; v < visits; v++) {
			const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
			const year = random() < 0.5 ? 2024 : 2025;
			const amount = (1 + Math.floor(random() * 10)) * 500;
			lines.push({ date: `${year}-${month}-1${Math.floor(random() * 9)}`, amount });
		}
		if (c % 9 === 0 && visits > 0) lines.push({ date: '2025-05-02', amount: -500 });
		ledgers.push(ledgerOf(`c${String(c).padStart(3, '0')}`, lines));
	}
	return ledgers;
}

function expectSameAsWholeShop(
	ledgers: CustomerLedger[],
	changedId: string,
	changed: CustomerLedger | undefined,
	settings: SegmentSettings
) {
	const ids = [...new Set([...ledgers.map((l) => l.customerId), changedId])];
	const before = analyzeShop(ledgers, ids, settings, REF);
	const others = ledgers.filter((l) => l.customerId !== changedId);
	const after = analyzeShop(changed ? [...others, changed] : others, ids, settings, REF);
	const card = segmentOnCard(changedId, changed, shopBackdrop(before, settings));
	const expected = after.byCustomer.get(changedId);
	expect(card.segment.group).toEqual(expected?.group);
	expect(card.segment.abc).toBe(expected?.abc);
	expect(card.segment.rank).toBe(expected?.rank);
	expect(card.segment.declining).toBe(expected?.declining ?? false);
	expect(card.segment.stats.totalSpent).toBe(expected?.stats.totalSpent ?? 0);
	expect(card.rankedCount).toBe(after.abc.ranked.length);
}

describe('a customer card after its own sale', () => {
	const ledgers = shop(120);
	const settingsList: SegmentSettings[] = [
		DEFAULT_SEGMENT_SETTINGS,
		{ ...DEFAULT_SEGMENT_SETTINGS, abcPeriod: '12m', formerWindowMonths: 6 },
		{ ...DEFAULT_SEGMENT_SETTINGS, regularMinVisits: 3, heavyMinSpend: 2000 }
	];

	it.each(settingsList.map((s, i) => [i, s] as const))(
		'matches a whole-shop analysis for every customer after one more sale (settings %i)',
		(_, settings) => {
			for (const ledger of ledgers) {
				const next = addToLedger(ledger, { date: '2025-06-20', amount: 1500 });
				expectSameAsWholeShop(ledgers, ledger.customerId, next, settings);
			}
		}
	);

	it('matches after a refund and for a brand-new buyer and a customer who lost every sale', () => {
		const settings = DEFAULT_SEGMENT_SETTINGS;
		const first = ledgers.find((l) => l.days.length > 2)!;
		expectSameAsWholeShop(
			ledgers,
			first.customerId,
			addToLedger(first, { date: '2025-06-01', amount: -1000 }),
			settings
		);
		expectSameAsWholeShop(
			ledgers,
			'new-buyer',
			ledgerOf('new-buyer', [{ date: '2025-06-29', amount: 4500 }]),
			settings
		);
		expectSameAsWholeShop(ledgers, first.customerId, undefined, settings);
	});

	it('ranks the only buyer of an empty shop first, class A', () => {
		const empty = analyzeShop([], [], DEFAULT_SEGMENT_SETTINGS, REF);
		const card = segmentOnCard(
			'solo',
			ledgerOf('solo', [{ date: REF, amount: 4250 }]),
			shopBackdrop(empty, DEFAULT_SEGMENT_SETTINGS)
		);
		expect(card.segment.rank).toBe(1);
		expect(card.segment.abc).toBe('A');
		expect(card.rankedCount).toBe(1);
	});
});

describe('the backdrop after sales on other cards', () => {
	it('ranks and groups every other customer as a whole-shop analysis would', () => {
		const ledgers = shop(80);
		const settings = DEFAULT_SEGMENT_SETTINGS;
		const ids = ledgers.map((l) => l.customerId);
		const backdrop = shopBackdrop(analyzeShop(ledgers, ids, settings, REF), settings);
		const changed = new Map<string, CustomerLedger | undefined>();
		changed.set(ids[3], addToLedger(ledgers[3], { date: '2025-06-25', amount: 90000 }));
		changed.set(ids[10], undefined);
		changed.set(ids[11], addToLedger(ledgers[11], { date: '2025-06-26', amount: 700 }));
		for (const [id, ledger] of changed) updateBackdrop(backdrop, id, ledger);
		const now = ledgers
			.map((l) => (changed.has(l.customerId) ? changed.get(l.customerId) : l))
			.filter((l) => l !== undefined);
		const after = analyzeShop(now, ids, settings, REF);
		for (const ledger of now) {
			const card = segmentOnCard(ledger.customerId, ledger, backdrop);
			const expected = after.byCustomer.get(ledger.customerId)!;
			expect(card.segment.group?.group).toBe(expected.group?.group);
			expect(card.segment.rank).toBe(expected.rank);
			expect(card.segment.abc).toBe(expected.abc);
			expect(card.rankedCount).toBe(after.abc.ranked.length);
		}
	});
});

describe('replaced', () => {
	it('takes one value out and puts another in, keeping the order', () => {
		const sorted = Float64Array.from([1, 2, 2, 5, 9]);
		expect([...replaced(sorted, 2, 7)]).toEqual([1, 2, 5, 7, 9]);
		expect([...replaced(sorted, undefined, 0)]).toEqual([0, 1, 2, 2, 5, 9]);
		expect([...replaced(sorted, 9, undefined)]).toEqual([1, 2, 2, 5]);
		expect([...replaced(sorted, 3, undefined)]).toEqual([1, 2, 2, 5, 9]);
	});
});

describe('replacing a value without copying', () => {
	/** The plain way: out, in, sort. */
	function naive(values: number[], remove: number | undefined, add: number | undefined) {
		const next = [...values];
		const at = remove === undefined ? -1 : next.indexOf(remove);
		if (at >= 0) next.splice(at, 1);
		if (add !== undefined) next.push(add);
		return next.sort((a, b) => a - b);
	}

	it('reads, and changes in place, exactly what a sorted copy would hold', () => {
		let seed = 3;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		for (let round = 0; round < 400; round++) {
			const values = Array.from({ length: random(12) }, () => random(8)).sort((a, b) => a - b);
			const pick = () => (random(4) === 0 ? undefined : random(10));
			const remove =
				random(3) === 0 || values.length === 0 ? pick() : values[random(values.length)];
			const add = pick();
			const expected = naive(values, remove, add);
			const view = replacedView(Float64Array.from(values), remove, add);
			expect(Array.from({ length: view.length }, (_, i) => view.at(i))).toEqual(expected);
			expect([...replaced(Float64Array.from(values), remove, add)]).toEqual(expected);
			expect([...replaceInPlace(Float64Array.from(values), remove, add)]).toEqual(expected);
		}
	});

	it('keeps the same array when the length stays, and leaves it alone when nothing moves', () => {
		const sorted = Float64Array.from([1, 2, 2, 5, 9]);
		expect(replaceInPlace(sorted, 2, 7)).toBe(sorted);
		expect([...sorted]).toEqual([1, 2, 5, 7, 9]);
		expect(replaceInPlace(sorted, 7, 0)).toBe(sorted);
		expect([...sorted]).toEqual([0, 1, 2, 5, 9]);
		expect(replaceInPlace(sorted, 5, 5)).toBe(sorted);
		expect([...replaceInPlace(sorted, undefined, 3)]).toEqual([0, 1, 2, 3, 5, 9]);
	});
});
