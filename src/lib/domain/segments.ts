/**
 * The card-file method's view of the customers: the five buyer groups, the 80/20 (ABC) classes
 * with the Pareto curve, declining and stopped customers, and the season by month.
 */
import {
	customerStats,
	dayNumberOf,
	monthsBefore,
	spendBetween,
	statsWindow,
	type CustomerLedger,
	type CustomerStats
} from './stats';
import type { Id, IsoDate, Minor } from './types';

export type BuyerGroup =
	'regular-heavy' | 'regular-light' | 'infrequent-heavy' | 'infrequent-light' | 'former';

export const BUYER_GROUPS: readonly BuyerGroup[] = [
	'regular-heavy',
	'regular-light',
	'infrequent-heavy',
	'infrequent-light',
	'former'
];

export type AbcClass = 'A' | 'B' | 'C';
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/** The period the 80/20 ranking looks at. */
export type AbcPeriod = '12m' | '24m' | 'all';

export const MIN_FORMER_WINDOW = 6;
export const MAX_FORMER_WINDOW = 12;

/** What the owner may set; an absent threshold is derived from the shop's own medians. */
export interface SegmentSettings {
	regularMinVisits?: number;
	heavyMinSpend?: Minor;
	/** Months without a purchase after which a buyer is "former", 6 to 12. */
	formerWindowMonths: number;
	abcPeriod: AbcPeriod;
	/** `YYYY-MM-DD`, or empty for today. */
	referenceDate: IsoDate | '';
}

export const DEFAULT_SEGMENT_SETTINGS: SegmentSettings = {
	formerWindowMonths: 12,
	abcPeriod: 'all',
	referenceDate: ''
};

export interface Thresholds {
	regularMinVisits: number;
	heavyMinSpend: Minor;
	formerWindowMonths: number;
	/** Whether each threshold came from the medians (true) or from the owner (false). */
	derivedVisits: boolean;
	derivedSpend: boolean;
}

/** Median of a list of numbers (the mean of the middle two for an even count); 0 when empty. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	// A typed array sorts numerically in native code, far faster than a comparator.
	const sorted = Float64Array.from(values).sort();
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function clampFormerWindow(months: number): number {
	if (!Number.isFinite(months)) return MAX_FORMER_WINDOW;
	return Math.min(MAX_FORMER_WINDOW, Math.max(MIN_FORMER_WINDOW, Math.round(months)));
}

/** The last day that, as a last purchase, makes a buyer former. */
export function formerCutoff(reference: IsoDate, windowMonths: number): number {
	return monthsBefore(dayNumberOf(reference), windowMonths);
}

/**
 * Defaults a small shop can start from: among buyers who are not former, "regular" is at least
 * the median count of visits in 12 months (never fewer than 2: one visit is not a habit), and
 * "heavy" is at least the median 12-month spend, rounded up to a whole 100 minor units.
 */
export function thresholdsFor(
	stats: readonly CustomerStats[],
	settings: SegmentSettings,
	reference: IsoDate
): Thresholds {
	const formerWindowMonths = clampFormerWindow(settings.formerWindowMonths);
	const cutoff = formerCutoff(reference, formerWindowMonths);
	const active = stats.filter((s) => s.lastDay !== undefined && s.lastDay > cutoff);
	return thresholdsFromMedians(
		settings,
		() => median(active.map((s) => s.frequency12)),
		() => median(active.map((s) => s.spend12))
	);
}

/** The owner's thresholds, or those derived from the active buyers' medians (computed lazily). */
export function thresholdsFromMedians(
	settings: SegmentSettings,
	medianVisits: () => number,
	medianSpend12: () => number
): Thresholds {
	const formerWindowMonths = clampFormerWindow(settings.formerWindowMonths);
	const derivedVisits = settings.regularMinVisits === undefined;
	const derivedSpend = settings.heavyMinSpend === undefined;
	const regularMinVisits = derivedVisits
		? Math.max(2, Math.ceil(medianVisits()))
		: Math.max(1, Math.round(settings.regularMinVisits ?? 1));
	const heavyMinSpend = derivedSpend
		? Math.max(100, Math.ceil(medianSpend12() / 100) * 100)
		: Math.max(0, Math.round(settings.heavyMinSpend ?? 0));
	return { regularMinVisits, heavyMinSpend, formerWindowMonths, derivedVisits, derivedSpend };
}

/** Why a customer is in their group, as numbers the UI puts into words. */
export interface GroupExplanation {
	group: BuyerGroup;
	frequency12: number;
	regularMinVisits: number;
	spend12: Minor;
	heavyMinSpend: Minor;
	lastPurchase: IsoDate;
	recencyDays: number;
	formerWindowMonths: number;
}

/** The group of a buyer; undefined for a prospect (no purchase up to the reference day). */
export function buyerGroupOf(
	stats: CustomerStats,
	thresholds: Thresholds,
	reference: IsoDate,
	cutoff: number = formerCutoff(reference, thresholds.formerWindowMonths)
): GroupExplanation | undefined {
	if (stats.lastDay === undefined || stats.lastPurchase === undefined) return undefined;
	const base = {
		frequency12: stats.frequency12,
		regularMinVisits: thresholds.regularMinVisits,
		spend12: stats.spend12,
		heavyMinSpend: thresholds.heavyMinSpend,
		lastPurchase: stats.lastPurchase,
		recencyDays: stats.recencyDays ?? 0,
		formerWindowMonths: thresholds.formerWindowMonths
	};
	if (stats.lastDay <= cutoff) return { group: 'former', ...base };
	const regular = stats.frequency12 >= thresholds.regularMinVisits;
	const heavy = stats.spend12 >= thresholds.heavyMinSpend;
	const group: BuyerGroup = regular
		? heavy
			? 'regular-heavy'
			: 'regular-light'
		: heavy
			? 'infrequent-heavy'
			: 'infrequent-light';
	return { group, ...base };
}

export interface RankedCustomer {
	customerId: Id;
	spend: Minor;
	/** 1-based; customers with equal spend share a rank. */
	rank: number;
	abc: AbcClass;
}

export interface AbcSummary {
	cls: AbcClass;
	customers: number;
	spend: Minor;
	/** Share of the period's revenue, 0..1. */
	share: number;
}

export interface ParetoPoint {
	/** Share of customers, 0..1, best first. */
	customers: number;
	/** Cumulative share of revenue, 0..1. */
	revenue: number;
}

export interface AbcResult {
	ranked: RankedCustomer[];
	classes: AbcSummary[];
	total: Minor;
	/** From (0,0) to (1,1), at most `maxPoints` + 1 points. */
	pareto: ParetoPoint[];
}

/**
 * Ranks customers with a positive net spend by that spend, best first (ties in id order, so the
 * list is stable). The first 20% (rounded up) are A, up to 60% (rounded up) are B, the rest C;
 * customers who spent exactly as much as the last one of a class join that class, so two equal
 * customers are never split across classes. Customers with nothing (or only refunds) in the
 * period are not ranked.
 */
export function abcClasses(
	spends: readonly { customerId: Id; spend: Minor }[],
	maxPoints = 100
): AbcResult {
	const ranked = spends
		.filter((s) => s.spend > 0)
		.sort((a, b) => b.spend - a.spend || (a.customerId < b.customerId ? -1 : 1));
	const n = ranked.length;
	const total = ranked.reduce((sum, s) => sum + s.spend, 0);
	const endA = Math.ceil(n * 0.2);
	const endB = Math.ceil(n * 0.6);
	const result: RankedCustomer[] = [];
	let cls: AbcClass = 'A';
	let rank = 0;
	for (let i = 0; i < n; i++) {
		const { customerId, spend } = ranked[i];
		const tiedWithPrevious = i > 0 && ranked[i - 1].spend === spend;
		if (!tiedWithPrevious) {
			rank = i + 1;
			if (i >= endB) cls = 'C';
			else if (i >= endA) cls = 'B';
		}
		result.push({ customerId, spend, rank, abc: cls });
	}
	const classes = ABC_CLASSES.map((c) => {
		const members = result.filter((r) => r.abc === c);
		const spend = members.reduce((sum, r) => sum + r.spend, 0);
		return { cls: c, customers: members.length, spend, share: total > 0 ? spend / total : 0 };
	});
	return { ranked: result, classes, total, pareto: paretoCurve(ranked, total, maxPoints) };
}

function paretoCurve(
	ranked: readonly { spend: Minor }[],
	total: Minor,
	maxPoints: number
): ParetoPoint[] {
	const n = ranked.length;
	if (n === 0 || total <= 0) return [];
	const cumulative = [0];
	for (const r of ranked) cumulative.push(cumulative[cumulative.length - 1] + r.spend);
	const steps = Math.min(n, maxPoints);
	const points: ParetoPoint[] = [];
	for (let step = 0; step <= steps; step++) {
		const k = Math.round((step * n) / steps);
		points.push({ customers: k / n, revenue: cumulative[k] / total });
	}
	return points;
}

/** Revenue share of the best `fraction` of ranked customers (rounded up), ignoring ties. */
export function topShare(result: AbcResult, fraction: number): number {
	if (result.total <= 0) return 0;
	const k = Math.ceil(result.ranked.length * fraction);
	let spend = 0;
	for (let i = 0; i < k; i++) spend += result.ranked[i].spend;
	return spend / result.total;
}

/**
 * Clearly down against their own past: not former, at least 2 visits in the 6 months before the
 * last 6, and in the last 6 months at most half of that spend or at most half of those visits.
 */
export function isDeclining(stats: CustomerStats, group: BuyerGroup | undefined): boolean {
	if (group === undefined || group === 'former') return false;
	const { recent6, previous6 } = stats;
	if (previous6.visits < 2 || previous6.spend <= 0) return false;
	return recent6.spend * 2 <= previous6.spend || recent6.visits * 2 <= previous6.visits;
}

export interface MonthSales {
	/** `YYYY-MM`. */
	month: string;
	revenue: Minor;
	visits: number;
	/** Customers whose first purchase ever was in this month. */
	newCustomers: number;
	/** Customers who bought this month and had bought before it. */
	returningCustomers: number;
}

/** The `count` calendar months ending with the reference day's month, oldest first. */
export function monthsEnding(reference: IsoDate, count: number): string[] {
	const [y, m] = reference.split('-').map(Number);
	const months: string[] = [];
	for (let i = count - 1; i >= 0; i--) {
		const date = new Date(Date.UTC(y, m - 1 - i, 1));
		months.push(date.toISOString().slice(0, 7));
	}
	return months;
}

/** Sales, visits, new and returning customers per month, up to the reference day. */
export function salesByMonth(
	ledgers: readonly CustomerLedger[],
	reference: IsoDate,
	count = 24
): MonthSales[] {
	const months = monthsEnding(reference, count);
	const rows: MonthSales[] = months.map((month) => ({
		month,
		revenue: 0,
		visits: 0,
		newCustomers: 0,
		returningCustomers: 0
	}));
	const firstDay = dayNumberOf(`${months[0]}-01`);
	const ref = dayNumberOf(reference);
	// A day-to-month lookup over the 24 months: no Date object per sale.
	const monthIndex = new Int16Array(ref - firstDay + 1);
	let index = 0;
	for (let day = firstDay; day <= ref; day++) {
		while (index + 1 < months.length && day >= dayNumberOf(`${months[index + 1]}-01`)) index++;
		monthIndex[day - firstDay] = index;
	}
	for (const ledger of ledgers) {
		let seenBefore = false;
		let lastCounted = -1;
		for (let i = 0; i < ledger.days.length; i++) {
			const day = ledger.days[i];
			if (day > ref) break;
			const amount = ledger.amounts[i];
			const m = day >= firstDay ? monthIndex[day - firstDay] : -1;
			if (m >= 0) {
				rows[m].revenue += amount;
				if (amount > 0) rows[m].visits++;
			}
			if (amount <= 0) continue;
			if (!seenBefore) {
				seenBefore = true;
				if (m >= 0) rows[m].newCustomers++;
				lastCounted = m;
			} else if (m >= 0 && m !== lastCounted) {
				rows[m].returningCustomers++;
				lastCounted = m;
			}
		}
	}
	return rows;
}

export interface CustomerSegment {
	stats: CustomerStats;
	/** Undefined for prospects. */
	group?: GroupExplanation;
	/** Undefined when not ranked (nothing spent in the 80/20 period). */
	abc?: AbcClass;
	rank?: number;
	declining: boolean;
}

export interface GroupSummary {
	group: BuyerGroup;
	customers: number;
	/** Net spend in the last 12 months (all-time spend for former buyers would hide them). */
	spend12: Minor;
	totalSpent: Minor;
}

export interface ShopAnalysis {
	reference: IsoDate;
	thresholds: Thresholds;
	abcPeriod: AbcPeriod;
	byCustomer: Map<Id, CustomerSegment>;
	groups: GroupSummary[];
	abc: AbcResult;
	/** Declining customers, most valuable (total spent) first. */
	declining: Id[];
	/** Former buyers, most valuable (total spent) first. */
	stopped: Id[];
	/** Customers (of `customerIds`) with no purchase up to the reference day. */
	prospects: Id[];
	months: MonthSales[];
}

export function abcPeriodStart(period: AbcPeriod, reference: IsoDate): number | undefined {
	const ref = dayNumberOf(reference);
	if (period === 'all') return undefined;
	return monthsBefore(ref, period === '12m' ? 12 : 24) + 1;
}

/**
 * Everything the segments page shows, from the compact ledgers of the customers who bought and
 * the ids of every live customer (so prospects and deleted cards are told apart).
 */
export function analyzeShop(
	ledgers: readonly CustomerLedger[],
	customerIds: readonly Id[],
	settings: SegmentSettings,
	reference: IsoDate
): ShopAnalysis {
	const live = new Set(customerIds);
	const liveLedgers = ledgers.filter((l) => live.has(l.customerId));
	const window = statsWindow(reference);
	const stats = liveLedgers.map((l) => customerStats(l, window));
	const thresholds = thresholdsFor(stats, settings, reference);
	const periodStart = abcPeriodStart(settings.abcPeriod, reference);
	const ref = dayNumberOf(reference);
	const abc = abcClasses(
		liveLedgers.map((l) => ({
			customerId: l.customerId,
			spend: spendBetween(l, periodStart, ref)
		}))
	);
	const ranks = new Map(abc.ranked.map((r) => [r.customerId, r]));
	const byCustomer = new Map<Id, CustomerSegment>();
	const groups = new Map<BuyerGroup, GroupSummary>(
		BUYER_GROUPS.map((group) => [group, { group, customers: 0, spend12: 0, totalSpent: 0 }])
	);
	const declining: CustomerStats[] = [];
	const stopped: CustomerStats[] = [];
	const cutoff = formerCutoff(reference, thresholds.formerWindowMonths);
	for (const s of stats) {
		const group = buyerGroupOf(s, thresholds, reference, cutoff);
		const ranked = ranks.get(s.customerId);
		const segment: CustomerSegment = {
			stats: s,
			group,
			abc: ranked?.abc,
			rank: ranked?.rank,
			declining: isDeclining(s, group?.group)
		};
		byCustomer.set(s.customerId, segment);
		if (group) {
			const summary = groups.get(group.group)!;
			summary.customers++;
			summary.spend12 += s.spend12;
			summary.totalSpent += s.totalSpent;
			if (group.group === 'former') stopped.push(s);
		}
		if (segment.declining) declining.push(s);
	}
	const byWorth = (a: CustomerStats, b: CustomerStats) =>
		b.totalSpent - a.totalSpent || (a.customerId < b.customerId ? -1 : 1);
	const prospects = customerIds.filter((id) => !(byCustomer.get(id)?.stats.visits ?? 0));
	return {
		reference,
		thresholds,
		abcPeriod: settings.abcPeriod,
		byCustomer,
		groups: BUYER_GROUPS.map((g) => groups.get(g)!),
		abc,
		declining: declining.sort(byWorth).map((s) => s.customerId),
		stopped: stopped.sort(byWorth).map((s) => s.customerId),
		prospects,
		months: salesByMonth(liveLedgers, reference)
	};
}

/** The reference day the settings ask for: their own, or today. */
export function referenceDayOf(settings: SegmentSettings, today: IsoDate): IsoDate {
	return settings.referenceDate || today;
}
