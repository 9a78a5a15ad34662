/**
 * A contact plan a person can do: the owner says how many calls and letters a day or a week they
 * can manage, and each day gets its share of the plan, the most important first.
 */
import {
	addDays,
	dueCallIds,
	heavySpendThreshold,
	type ContactPlan,
	type ContactRecord,
	type PlanCard
} from './contact-plan';
import { daysBetween } from './dates';
import { declinesLetters } from './letters-audience';
import type { Id, IsoDate, Note } from './types';

export type PaceUnit = 'day' | 'week';

export interface ContactPace {
	calls: number;
	callsPer: PaceUnit;
	letters: number;
	lettersPer: PaceUnit;
}

/** A few calls a day and a morning's letters a week: a start most owners can keep to. */
export const DEFAULT_PACE: ContactPace = {
	calls: 5,
	callsPer: 'day',
	letters: 20,
	lettersPer: 'week'
};

/** More than this a day or a week is no longer a pace one person keeps. */
export const PACE_MAX = 500;

export function isValidPace(pace: ContactPace): boolean {
	const amount = (n: number) => Number.isInteger(n) && n >= 0 && n <= PACE_MAX;
	const unit = (u: string) => u === 'day' || u === 'week';
	return amount(pace.calls) && amount(pace.letters) && unit(pace.callsPer) && unit(pace.lettersPer);
}

/** Monday of the week `day` falls in (weeks run Monday to Sunday). */
export function weekStart(day: IsoDate): IsoDate {
	const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
	return addDays(day, -((weekday + 6) % 7));
}

/** The first day of the calendar quarter `day` falls in. */
export function quarterStart(day: IsoDate): IsoDate {
	const month = Number(day.slice(5, 7));
	const first = Math.floor((month - 1) / 3) * 3 + 1;
	return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** The last day of the calendar quarter `day` falls in. */
export function quarterEnd(day: IsoDate): IsoDate {
	const start = quarterStart(day);
	const month = Number(start.slice(5, 7)) + 3;
	const next =
		month > 12
			? `${Number(start.slice(0, 4)) + 1}-01-01`
			: `${start.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
	return addDays(next, -1);
}

/** "Q4 2026": the quarter in the way a campaign is named. */
export function quarterLabel(day: IsoDate): { quarter: number; year: number } {
	return {
		quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1,
		year: Number(day.slice(0, 4))
	};
}

/**
 * How many more the owner can do today. A daily pace starts afresh each day; a weekly one is
 * spread over the days left in the week, so Monday does not take the whole week's letters.
 * Never more than the owner set.
 */
export function allowanceToday(
	amount: number,
	per: PaceUnit,
	doneToday: number,
	doneEarlierThisWeek: number,
	today: IsoDate
): number {
	if (per === 'day') return Math.max(0, amount - doneToday);
	const daysLeft = 7 - daysBetween(weekStart(today), today);
	const left = Math.max(0, amount - doneEarlierThisWeek);
	return Math.max(0, Math.min(left, Math.ceil(left / daysLeft)) - doneToday);
}

/** Why a card is in today's share, most important first. */
export type ShareReason =
	| 'complaint'
	| 'call-back'
	| 'slipping'
	| 'birthday'
	| 'heavy'
	| 'former'
	| 'never-written'
	| 'due';

export const SHARE_ORDER: readonly ShareReason[] = [
	'complaint',
	'call-back',
	'slipping',
	'birthday',
	'heavy',
	'former',
	'never-written',
	'due'
];

export interface ShareItem {
	customer: PlanCard;
	reason: ShareReason;
}

export interface TodaysShare {
	calls: ShareItem[];
	letters: ShareItem[];
	/** What today may still take, from the pace and what was done already. */
	callsAllowed: number;
	lettersAllowed: number;
	callsDoneToday: number;
	lettersDoneToday: number;
}

/** A good customer who has not been back for two months: worth a call before they drift away. */
export const SLIPPING_AFTER_DAYS = 60;

export function isSlipping(customer: PlanCard, today: IsoDate, heavySpend: number): boolean {
	if (customer.visits < 2 || customer.totalSpent < heavySpend || !customer.lastPurchase)
		return false;
	return daysBetween(customer.lastPurchase, today) >= SLIPPING_AFTER_DAYS;
}

interface Done {
	callsToday: number;
	callsEarlierThisWeek: number;
	lettersToday: number;
	lettersEarlierThisWeek: number;
	calledToday: Set<Id>;
	writtenToday: Set<Id>;
}

function doneSoFar(contacts: readonly ContactRecord[], today: IsoDate): Done {
	const monday = weekStart(today);
	const done: Done = {
		callsToday: 0,
		callsEarlierThisWeek: 0,
		lettersToday: 0,
		lettersEarlierThisWeek: 0,
		calledToday: new Set(),
		writtenToday: new Set()
	};
	for (const c of contacts) {
		if (c.deletedAt !== undefined || c.date < monday || c.date > today) continue;
		if (c.kind === 'call') {
			if (c.date === today) {
				done.callsToday++;
				done.calledToday.add(c.customerId);
			} else done.callsEarlierThisWeek++;
		} else if (c.kind === 'letter') {
			if (c.date === today) {
				done.lettersToday++;
				done.writtenToday.add(c.customerId);
			} else done.lettersEarlierThisWeek++;
		}
	}
	return done;
}

function byImportance(a: ShareItem & { rank: number }, b: ShareItem & { rank: number }): number {
	return (
		a.rank - b.rank ||
		b.customer.totalSpent - a.customer.totalSpent ||
		a.customer.id.localeCompare(b.customer.id)
	);
}

/** What is done today and this week, and how many calls and letters are still allowed today. */
function allowancesToday(contacts: readonly ContactRecord[], pace: ContactPace, today: IsoDate) {
	const done = doneSoFar(contacts, today);
	return {
		done,
		callsAllowed: allowanceToday(
			pace.calls,
			pace.callsPer,
			done.callsToday,
			done.callsEarlierThisWeek,
			today
		),
		lettersAllowed: allowanceToday(
			pace.letters,
			pace.lettersPer,
			done.lettersToday,
			done.lettersEarlierThisWeek,
			today
		)
	};
}

/**
 * Today's share of the plan: at most what the pace allows, ordered by what matters. Calls: open
 * complaints first (a complaint handled well keeps a customer), then promised call-backs, good
 * customers slipping away, birthdays this week, heavy and former buyers, the rest. Letters: the
 * customers due one, in the same order, never-written before the longest unwritten.
 */
export function todaysShare(
	plan: ContactPlan,
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	pace: ContactPace,
	today: IsoDate
): TodaysShare {
	const { done, callsAllowed, lettersAllowed } = allowancesToday(contacts, pace, today);
	const heavy = heavySpendThreshold(customers);
	const birthdays = new Set(plan.birthdaysWeek.map((b) => b.customer.id));
	const complaints = new Set(plan.complaints.map((c) => c.customer.id));
	const rank = (reason: ShareReason) => SHARE_ORDER.indexOf(reason);

	const calls = new Map<Id, ShareItem & { rank: number }>();
	for (const c of plan.complaints) {
		if (calls.has(c.customer.id) || !c.customer.phone.trim()) continue;
		if (done.calledToday.has(c.customer.id)) continue;
		calls.set(c.customer.id, { customer: c.customer, reason: 'complaint', rank: 0 });
	}
	for (const call of plan.calls) {
		if (calls.has(call.customer.id) || done.calledToday.has(call.customer.id)) continue;
		const reason: ShareReason =
			call.reason === 'call-back'
				? 'call-back'
				: isSlipping(call.customer, today, heavy)
					? 'slipping'
					: birthdays.has(call.customer.id)
						? 'birthday'
						: call.reason === 'heavy'
							? 'heavy'
							: call.reason === 'former'
								? 'former'
								: 'due';
		calls.set(call.customer.id, { customer: call.customer, reason, rank: rank(reason) });
	}

	const letters: (ShareItem & { rank: number; order: number })[] = [];
	plan.letters.forEach((due, order) => {
		if (done.writtenToday.has(due.customer.id)) return;
		const reason: ShareReason = complaints.has(due.customer.id)
			? 'complaint'
			: isSlipping(due.customer, today, heavy)
				? 'slipping'
				: birthdays.has(due.customer.id)
					? 'birthday'
					: due.lastLetter
						? 'due'
						: 'never-written';
		letters.push({ customer: due.customer, reason, rank: rank(reason), order });
	});
	// Letters keep the plan's order (never written, then the longest unwritten) within a reason.
	letters.sort((a, b) => a.rank - b.rank || a.order - b.order);

	const strip = ({ customer, reason }: ShareItem): ShareItem => ({ customer, reason });
	return {
		calls: [...calls.values()].sort(byImportance).slice(0, callsAllowed).map(strip),
		letters: letters.slice(0, lettersAllowed).map(strip),
		callsAllowed,
		lettersAllowed,
		callsDoneToday: done.callsToday,
		lettersDoneToday: done.lettersToday
	};
}

export interface ShareCounts {
	calls: number;
	letters: number;
	callsAllowed: number;
	lettersAllowed: number;
}

/**
 * How many calls and letters today's share holds, without ordering anyone: the counter's panel
 * shows only the numbers. The same cards as todaysShare, counted.
 */
export function todaysShareCounts(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	notes: readonly Note[],
	lettersDue: number,
	pace: ContactPace,
	today: IsoDate
): ShareCounts {
	const { done, callsAllowed, lettersAllowed } = allowancesToday(contacts, pace, today);
	const callIds = dueCallIds(customers, contacts, today);
	const open = new Set(
		notes.filter((n) => n.deletedAt === undefined && n.status === 'open').map((n) => n.customerId)
	);
	for (const c of customers) {
		if (open.has(c.id) && c.deletedAt === undefined && c.phone.trim()) callIds.add(c.id);
	}
	for (const id of done.calledToday) callIds.delete(id);
	// Letters written today already left the due list (a letter in the last 90 days).
	return {
		calls: Math.min(callsAllowed, callIds.size),
		letters: Math.min(lettersAllowed, lettersDue),
		callsAllowed,
		lettersAllowed
	};
}

export interface QuarterProgress {
	start: IsoDate;
	end: IsoDate;
	/** Customers who take letters, and how many of them had one this quarter. */
	letters: { done: number; goal: number };
	/** Half the buyers with a phone (a call twice a year), and the calls that reached one. */
	calls: { done: number; goal: number };
}

/** How far the quarter's plan has come: a letter to every customer, a call to half the buyers. */
export function quarterProgress(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate
): QuarterProgress {
	const start = quarterStart(today);
	const writable = new Set<Id>();
	const callable = new Set<Id>();
	for (const c of customers) {
		if (c.deletedAt !== undefined || declinesLetters(c)) continue;
		writable.add(c.id);
		if (c.visits > 0 && c.phone.trim()) callable.add(c.id);
	}
	const written = new Set<Id>();
	const reached = new Set<Id>();
	for (const c of contacts) {
		if (c.deletedAt !== undefined || c.date < start || c.date > today) continue;
		if (c.kind === 'letter' && writable.has(c.customerId)) written.add(c.customerId);
		if (
			c.kind === 'call' &&
			callable.has(c.customerId) &&
			(c.callOutcome === undefined || c.callOutcome === 'reached')
		)
			reached.add(c.customerId);
	}
	const callGoal = Math.ceil(callable.size / 2);
	return {
		start,
		end: quarterEnd(today),
		letters: { done: written.size, goal: writable.size },
		calls: { done: Math.min(reached.size, callGoal), goal: callGoal }
	};
}

/**
 * The day the rest of the quarter's letters or calls would be done at the owner's pace, counting
 * today as a working day; undefined when the pace is zero and they never would be.
 */
export function doneAtPaceOn(
	remaining: number,
	amount: number,
	per: PaceUnit,
	today: IsoDate
): IsoDate | undefined {
	if (remaining <= 0) return today;
	if (amount <= 0) return undefined;
	const perDay = per === 'day' ? amount : amount / 7;
	return addDays(today, Math.ceil(remaining / perDay) - 1);
}
