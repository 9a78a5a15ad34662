/** One customer's buying statistics, computed from their compact ledger as of a reference day. */
import type { Id, IsoDate, Minor } from './types';

import { DAY_MS, dayNumberOf, type CustomerLedger, type DayNumber } from './ledger';

export {
	addToLedger,
	dayNumberOf,
	ledgerOf,
	type CustomerLedger,
	type DayNumber,
	type LedgerLine
} from './ledger';

// Shops have a few thousand distinct days; building a Date per customer would dominate.
const isoCache = new Map<DayNumber, IsoDate>();

export function isoOfDay(day: DayNumber): IsoDate {
	let iso = isoCache.get(day);
	if (iso === undefined) {
		iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
		if (isoCache.size < 100_000) isoCache.set(day, iso);
	}
	return iso;
}

/** `YYYY-MM` of a day. */
export function monthOf(day: DayNumber): string {
	return isoOfDay(day).slice(0, 7);
}

/**
 * The same day `months` calendar months earlier, clamped to the month's last day
 * (2024-03-31 minus 1 month is 2024-02-29).
 */
export function monthsBefore(day: DayNumber, months: number): DayNumber {
	const date = new Date(day * DAY_MS);
	const y = date.getUTCFullYear();
	const m = date.getUTCMonth() - months;
	const target = new Date(Date.UTC(y, m, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
	const d = Math.min(date.getUTCDate(), lastDay.getUTCDate());
	return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), d) / DAY_MS);
}

/** Projected lifetime: how many years a typical small-shop customer keeps buying. */
export const LIFETIME_YEARS = 5;

/** The reference day and its window starts, computed once for a whole shop. */
export interface StatsWindow {
	reference: IsoDate;
	ref: DayNumber;
	/** Last day before the 12 months (exclusive start). */
	start12: DayNumber;
	/** Last day before the last 6 months (exclusive start). */
	start6: DayNumber;
}

export function statsWindow(reference: IsoDate): StatsWindow {
	const ref = dayNumberOf(reference);
	return { reference, ref, start12: monthsBefore(ref, 12), start6: monthsBefore(ref, 6) };
}

export interface CustomerStats {
	customerId: Id;
	/** Day numbers of the first and last purchase, for fast comparisons. */
	firstDay?: DayNumber;
	lastDay?: DayNumber;
	/** Purchases (positive sales) on or before the reference day. Refunds are not visits. */
	visits: number;
	/** Net of refunds. */
	totalSpent: Minor;
	firstPurchase?: IsoDate;
	lastPurchase?: IsoDate;
	/** Net spend per visit, rounded; 0 without visits. */
	averageTicket: Minor;
	/** Days from the last purchase to the reference day; undefined without purchases. */
	recencyDays?: number;
	/** Visits in the 12 months up to and including the reference day. */
	frequency12: number;
	/** Net spend in the same 12 months. */
	spend12: Minor;
	/** Net spend and visits in the last 6 months and in the 6 months before them. */
	recent6: { visits: number; spend: Minor };
	previous6: { visits: number; spend: Minor };
	/** Visits per year since the first purchase (a first year counts as a whole year). */
	visitsPerYear: number;
	/** averageTicket × visitsPerYear × LIFETIME_YEARS, rounded. */
	lifetimeValue: Minor;
}

/**
 * Statistics as of `reference` (inclusive): later sales are ignored, so the owner can look at the
 * shop as it stood on any day. "Last 12 months" is the calendar span after the same day a year
 * earlier, up to the reference day.
 */
export function customerStats(
	ledger: CustomerLedger,
	reference: IsoDate | StatsWindow
): CustomerStats {
	const { ref, start12, start6 } =
		typeof reference === 'string' ? statsWindow(reference) : reference;
	let visits = 0;
	let totalSpent = 0;
	let first: DayNumber | undefined;
	let last: DayNumber | undefined;
	let frequency12 = 0;
	let spend12 = 0;
	const recent6 = { visits: 0, spend: 0 };
	const previous6 = { visits: 0, spend: 0 };
	for (let i = 0; i < ledger.days.length; i++) {
		const day = ledger.days[i];
		if (day > ref) break;
		const amount = ledger.amounts[i];
		const purchase = amount > 0;
		totalSpent += amount;
		if (purchase) {
			visits++;
			if (first === undefined) first = day;
			last = day;
		}
		if (day > start12) {
			spend12 += amount;
			if (purchase) frequency12++;
			const half = day > start6 ? recent6 : previous6;
			half.spend += amount;
			if (purchase) half.visits++;
		}
	}
	const averageTicket = visits === 0 ? 0 : Math.round(totalSpent / visits);
	const yearsAsCustomer = first === undefined ? 1 : Math.max(1, (ref - first + 1) / 365.25);
	const visitsPerYear = visits / yearsAsCustomer;
	return {
		customerId: ledger.customerId,
		firstDay: first,
		lastDay: last,
		visits,
		totalSpent,
		firstPurchase: first === undefined ? undefined : isoOfDay(first),
		lastPurchase: last === undefined ? undefined : isoOfDay(last),
		averageTicket,
		recencyDays: last === undefined ? undefined : ref - last,
		frequency12,
		spend12,
		recent6,
		previous6,
		visitsPerYear,
		lifetimeValue: Math.round(averageTicket * visitsPerYear * LIFETIME_YEARS)
	};
}

/** Net spend of a ledger between two days, both inclusive (undefined bounds are open). */
export function spendBetween(
	ledger: CustomerLedger,
	from: DayNumber | undefined,
	to: DayNumber
): Minor {
	let spend = 0;
	for (let i = 0; i < ledger.days.length; i++) {
		const day = ledger.days[i];
		if (day > to) break;
		if (from === undefined || day >= from) spend += ledger.amounts[i];
	}
	return spend;
}
