/**
 * One customer's segment against the rest of the shop. A card must be exact right after its own
 * sale, but analysing 50,000 customers again for that would stall the counter: the rest of the
 * shop is taken from the last analysis, and only this customer's own figures are recomputed and
 * put in place of what they were then.
 */
import {
	abcPeriodStart,
	buyerGroupOf,
	clampFormerWindow,
	formerCutoff,
	isDeclining,
	thresholdsFromMedians,
	type AbcClass,
	type AbcPeriod,
	type CustomerSegment,
	type SegmentSettings,
	type ShopAnalysis
} from './segments';
import {
	customerStats,
	spendBetween,
	statsWindow,
	type CustomerLedger,
	type CustomerStats
} from './stats';
import type { Id, IsoDate } from './types';

interface Contribution {
	active: boolean;
	frequency12: number;
	spend12: number;
	periodSpend: number;
}

/** The rest of the shop, as one analysis saw it. */
export interface ShopBackdrop {
	reference: IsoDate;
	abcPeriod: AbcPeriod;
	settings: SegmentSettings;
	/** Ascending: 12-month visits and spend of every buyer who is not former. */
	activeVisits: Float64Array;
	activeSpend12: Float64Array;
	/** Ascending: the positive spends in the 80/20 period, one per ranked customer. */
	rankedSpends: Float64Array;
	/** What each customer put into those lists, so it can be taken out again. */
	contributions: Map<Id, Contribution>;
}

export interface CardSegment {
	segment: CustomerSegment;
	/** How many customers the 80/20 ranking holds with this customer's current spend. */
	rankedCount: number;
	reference: IsoDate;
	abcPeriod: AbcPeriod;
}

/** An ascending list of numbers read by position: a typed array, or one with a value replaced. */
interface SortedView {
	readonly length: number;
	at(index: number): number;
}

/** First index whose value is >= (or, with `after`, >) `value`, in an ascending list. */
function bound(sorted: SortedView | Float64Array, value: number, after = false): number {
	const read =
		sorted instanceof Float64Array ? (i: number) => sorted[i] : (i: number) => sorted.at(i);
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		const here = read(mid);
		if (here < value || (after && here === value)) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Where `value` sits in an ascending array, or -1 when it is not there. */
function indexOf(sorted: Float64Array, value: number | undefined): number {
	if (value === undefined) return -1;
	const at = bound(sorted, value);
	return at < sorted.length && sorted[at] === value ? at : -1;
}

/**
 * An ascending array read as if one `remove` were taken out and `add` put in, without copying:
 * a card recomputes its segment on every sale, and copying the shop's 50,000 figures three
 * times for that was most of a sale's time.
 */
export function replacedView(
	sorted: Float64Array,
	remove: number | undefined,
	add: number | undefined
): SortedView {
	const removedAt = indexOf(sorted, remove);
	const remaining = removedAt < 0 ? sorted.length : sorted.length - 1;
	const readRemaining = (i: number) => sorted[removedAt >= 0 && i >= removedAt ? i + 1 : i];
	if (add === undefined) return { length: remaining, at: readRemaining };
	const original = bound(sorted, add);
	const addedAt = removedAt >= 0 && removedAt < original ? original - 1 : original;
	return {
		length: remaining + 1,
		at: (i) => (i < addedAt ? readRemaining(i) : i === addedAt ? add : readRemaining(i - 1))
	};
}

/** A copy of an ascending array with one `remove` taken out and `add` put in, still ascending. */
export function replaced(
	sorted: Float64Array,
	remove: number | undefined,
	add: number | undefined
): Float64Array {
	const view = replacedView(sorted, remove, add);
	const next = new Float64Array(view.length);
	for (let i = 0; i < view.length; i++) next[i] = view.at(i);
	return next;
}

/**
 * The same replacement made in the array itself where its length stays (the usual sale: one
 * customer's figure moves), shifting only the values between the old and the new place.
 */
export function replaceInPlace(
	sorted: Float64Array,
	remove: number | undefined,
	add: number | undefined
): Float64Array {
	if (remove === add) return sorted;
	const from = indexOf(sorted, remove);
	if (from < 0 || add === undefined) return replaced(sorted, remove, add);
	const to = bound(sorted, add);
	if (to > from) {
		sorted.copyWithin(from, from + 1, to);
		sorted[to - 1] = add;
	} else {
		sorted.copyWithin(to + 1, to, from);
		sorted[to] = add;
	}
	return sorted;
}

function medianOfSorted(sorted: SortedView): number {
	if (sorted.length === 0) return 0;
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2;
}

function ascending(values: number[]): Float64Array {
	return Float64Array.from(values).sort();
}

export function shopBackdrop(analysis: ShopAnalysis, settings: SegmentSettings): ShopBackdrop {
	const cutoff = formerCutoff(analysis.reference, clampFormerWindow(settings.formerWindowMonths));
	const periodSpends = new Map(analysis.abc.ranked.map((r) => [r.customerId, r.spend]));
	const contributions = new Map<Id, Contribution>();
	const visits: number[] = [];
	const spend12: number[] = [];
	for (const [id, { stats }] of analysis.byCustomer) {
		const active = stats.lastDay !== undefined && stats.lastDay > cutoff;
		if (active) {
			visits.push(stats.frequency12);
			spend12.push(stats.spend12);
		}
		contributions.set(id, {
			active,
			frequency12: stats.frequency12,
			spend12: stats.spend12,
			periodSpend: periodSpends.get(id) ?? 0
		});
	}
	return {
		reference: analysis.reference,
		abcPeriod: analysis.abcPeriod,
		settings,
		activeVisits: ascending(visits),
		activeSpend12: ascending(spend12),
		rankedSpends: ascending([...periodSpends.values()]),
		contributions
	};
}

function contributionOf(
	customerId: Id,
	ledger: CustomerLedger | undefined,
	backdrop: Pick<ShopBackdrop, 'reference' | 'settings' | 'abcPeriod'>
): { stats: CustomerStats; contribution: Contribution } {
	const window = statsWindow(backdrop.reference);
	const stats = customerStats(ledger ?? { customerId, days: [], amounts: [] }, window);
	const cutoff = formerCutoff(
		backdrop.reference,
		clampFormerWindow(backdrop.settings.formerWindowMonths)
	);
	const start = abcPeriodStart(backdrop.abcPeriod, backdrop.reference);
	return {
		stats,
		contribution: {
			active: stats.lastDay !== undefined && stats.lastDay > cutoff,
			frequency12: stats.frequency12,
			spend12: stats.spend12,
			periodSpend: ledger ? spendBetween(ledger, start, window.ref) : 0
		}
	};
}

/**
 * Puts a customer's new ledger into the backdrop, in place: a sale elsewhere at the counter then
 * counts in every other card's rank without a new whole-shop analysis.
 */
export function updateBackdrop(
	backdrop: ShopBackdrop,
	customerId: Id,
	ledger: CustomerLedger | undefined
): void {
	const before = backdrop.contributions.get(customerId);
	const { contribution: after } = contributionOf(customerId, ledger, backdrop);
	backdrop.activeVisits = replaceInPlace(
		backdrop.activeVisits,
		before?.active ? before.frequency12 : undefined,
		after.active ? after.frequency12 : undefined
	);
	backdrop.activeSpend12 = replaceInPlace(
		backdrop.activeSpend12,
		before?.active ? before.spend12 : undefined,
		after.active ? after.spend12 : undefined
	);
	backdrop.rankedSpends = replaceInPlace(
		backdrop.rankedSpends,
		before && before.periodSpend > 0 ? before.periodSpend : undefined,
		after.periodSpend > 0 ? after.periodSpend : undefined
	);
	if (ledger) backdrop.contributions.set(customerId, after);
	else backdrop.contributions.delete(customerId);
}

/** Where one customer stands, from their current ledger and the rest of the shop. */
export function segmentOnCard(
	customerId: Id,
	ledger: CustomerLedger | undefined,
	backdrop: ShopBackdrop
): CardSegment {
	const { reference, settings } = backdrop;
	const { stats, contribution: now } = contributionOf(customerId, ledger, backdrop);
	const cutoff = formerCutoff(reference, clampFormerWindow(settings.formerWindowMonths));
	const before = backdrop.contributions.get(customerId);
	const wasActive = before?.active === true;
	const thresholds = thresholdsFromMedians(
		settings,
		() =>
			medianOfSorted(
				replacedView(
					backdrop.activeVisits,
					wasActive ? before.frequency12 : undefined,
					now.active ? now.frequency12 : undefined
				)
			),
		() =>
			medianOfSorted(
				replacedView(
					backdrop.activeSpend12,
					wasActive ? before.spend12 : undefined,
					now.active ? now.spend12 : undefined
				)
			)
	);
	const group = buyerGroupOf(stats, thresholds, reference, cutoff);

	const spend = now.periodSpend;
	const previous = before && before.periodSpend > 0 ? before.periodSpend : undefined;
	const ranked = replacedView(backdrop.rankedSpends, previous, spend > 0 ? spend : undefined);
	let abc: AbcClass | undefined;
	let rank: number | undefined;
	if (spend > 0) {
		// Ties share the rank and class of the first of them, as in the whole-shop ranking.
		const ahead = ranked.length - bound(ranked, spend, true);
		rank = ahead + 1;
		abc =
			ahead >= Math.ceil(ranked.length * 0.6)
				? 'C'
				: ahead >= Math.ceil(ranked.length * 0.2)
					? 'B'
					: 'A';
	}
	return {
		segment: { stats, group, abc, rank, declining: isDeclining(stats, group?.group) },
		rankedCount: ranked.length,
		reference,
		abcPeriod: backdrop.abcPeriod
	};
}
