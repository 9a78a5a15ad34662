/**
 * The contact plan: who is due a letter (none in 90 days), a keep-in-touch call (none in six
 * months, heavy and former buyers first), whose birthday is near, and which complaints are open.
 */
import type { OutboundChannel } from './letters-outbound';
import { daysBetween } from './dates';
import { declinesLetters, type Audience } from './letters-audience';
import type { TemplateKey } from './letters';
import type { BuyerGroup } from './segments';
import type { CardSummary } from './card-summary';
import type { ContactEvent, EpochMs, Id, IsoDate, Note } from './types';

/** What the plan reads of a card: part of its summary (a whole card will do too). */
export type PlanCard = Omit<CardSummary, 'city' | 'email'> & { deletedAt?: EpochMs };

export type CallOutcome = 'reached' | 'no-answer' | 'call-back';
export const CALL_OUTCOMES: readonly CallOutcome[] = ['reached', 'no-answer', 'call-back'];

/** A line of the contact history: letters and calls carry what they were about. */
export interface ContactRecord extends ContactEvent {
	templateKey?: TemplateKey;
	campaignId?: Id;
	language?: string;
	callOutcome?: CallOutcome;
	/** For a "call back" outcome: the day to call again. */
	callBackOn?: IsoDate;
	/** How a letter went out when not on paper: emailed or messaged to the customer. */
	channel?: OutboundChannel;
}

export const LETTER_INTERVAL_DAYS = 90;
export const CALL_INTERVAL_DAYS = 182;
/** A buyer with no purchase for this long is a former customer worth winning back. */
export const FORMER_AFTER_DAYS = 365;

export function addDays(day: IsoDate, days: number): IsoDate {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

function latestBy<T extends ContactRecord>(records: readonly T[]): Map<Id, T> {
	const latest = new Map<Id, T>();
	for (const r of records) {
		if (r.deletedAt !== undefined) continue;
		const seen = latest.get(r.customerId);
		if (!seen || r.date > seen.date || (r.date === seen.date && r.createdAt > seen.createdAt))
			latest.set(r.customerId, r);
	}
	return latest;
}

export interface DueLetter {
	customer: PlanCard;
	lastLetter?: IsoDate;
}

function lettersDue(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate,
	intervalDays = LETTER_INTERVAL_DAYS
): DueLetter[] {
	const last = latestBy(contacts.filter((c) => c.kind === 'letter'));
	const due: DueLetter[] = [];
	for (const customer of customers) {
		if (customer.deletedAt !== undefined || declinesLetters(customer)) continue;
		const lastLetter = last.get(customer.id)?.date;
		if (lastLetter && daysBetween(lastLetter, today) < intervalDays) continue;
		due.push({ customer, lastLetter });
	}
	return due;
}

/** Cards that accept letters and got none in the last 90 days; never-written first. */
export function dueLetters(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate,
	intervalDays = LETTER_INTERVAL_DAYS
): DueLetter[] {
	return lettersDue(customers, contacts, today, intervalDays).sort(
		(a, b) =>
			(a.lastLetter ?? '').localeCompare(b.lastLetter ?? '') ||
			a.customer.lastName.localeCompare(b.customer.lastName)
	);
}

/** The cards due a letter, as an audience for a batch. */
export function dueLetterAudience(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate
): Audience {
	const due = new Set(dueLetters(customers, contacts, today).map((d) => d.customer.id));
	return { id: 'due-letter', includes: (c) => due.has(c.id) };
}

export type CallReason = 'call-back' | 'heavy' | 'former' | 'regular';
const REASON_ORDER: Record<CallReason, number> = {
	'call-back': 0,
	heavy: 1,
	former: 2,
	regular: 3
};

export interface DueCall {
	customer: PlanCard;
	reason: CallReason;
	lastCall?: IsoDate;
	callBackOn?: IsoDate;
}

/** The spend at or above which a buyer counts as heavy: the top quarter of buyers. */
export function heavySpendThreshold(customers: readonly PlanCard[]): number {
	const spends = customers
		.filter((c) => c.deletedAt === undefined && c.visits > 0)
		.map((c) => c.totalSpent)
		.sort((a, b) => a - b);
	if (spends.length === 0) return Infinity;
	return spends[Math.floor(spends.length * 0.75)] ?? spends[spends.length - 1];
}

/**
 * Buyers with a phone who accept contact and had no keep-in-touch call (one that reached them) in
 * six months. A "call back" outcome schedules the next call for its day. With `groupOf` (the
 * segments' buyer groups), heavy means the regular heavy group and former the former group; without
 * it (segments still loading), heavy is approximated as top-quarter spend with three or more
 * visits, and former as two or more visits but nothing for a year.
 */
interface CallCandidate {
	customer: PlanCard;
	latest?: ContactRecord;
}

/** Who is due a call, before the reasons are worked out (a count needs no more). */
function callsDue(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate,
	intervalDays: number
): CallCandidate[] {
	const calls = contacts.filter((c) => c.kind === 'call');
	const lastReached = latestBy(
		calls.filter((c) => c.callOutcome === undefined || c.callOutcome === 'reached')
	);
	const lastAny = latestBy(calls);
	const due: CallCandidate[] = [];
	for (const customer of customers) {
		if (customer.deletedAt !== undefined || customer.visits === 0) continue;
		if (!customer.phone.trim() || declinesLetters(customer)) continue;
		const latest = lastAny.get(customer.id);
		if (latest?.callOutcome === 'call-back' && latest.callBackOn) {
			if (latest.callBackOn <= today) due.push({ customer, latest });
			continue;
		}
		const reached = lastReached.get(customer.id)?.date;
		if (reached && daysBetween(reached, today) < intervalDays) continue;
		due.push({ customer, latest });
	}
	return due;
}

/** The ids of the cards due a keep-in-touch call, unordered: what today's share counts from. */
export function dueCallIds(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate
): Set<Id> {
	return new Set(
		callsDue(customers, contacts, today, CALL_INTERVAL_DAYS).map((c) => c.customer.id)
	);
}

export function dueCalls(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	today: IsoDate,
	intervalDays = CALL_INTERVAL_DAYS,
	groupOf?: (customerId: Id) => BuyerGroup | undefined
): DueCall[] {
	const heavy = heavySpendThreshold(customers);
	const due = callsDue(customers, contacts, today, intervalDays).map(
		({ customer, latest }): DueCall => {
			if (latest?.callOutcome === 'call-back' && latest.callBackOn) {
				return {
					customer,
					reason: 'call-back',
					lastCall: latest.date,
					callBackOn: latest.callBackOn
				};
			}
			const sinceBuy = customer.lastPurchase ? daysBetween(customer.lastPurchase, today) : Infinity;
			let reason: CallReason = 'regular';
			if (groupOf) {
				const group = groupOf(customer.id);
				if (group === 'regular-heavy') reason = 'heavy';
				else if (group === 'former') reason = 'former';
			} else if (customer.visits >= 2 && sinceBuy > FORMER_AFTER_DAYS) reason = 'former';
			else if (customer.visits >= 3 && customer.totalSpent >= heavy) reason = 'heavy';
			return { customer, reason, lastCall: latest?.date };
		}
	);
	return due.sort(
		(a, b) =>
			REASON_ORDER[a.reason] - REASON_ORDER[b.reason] ||
			b.customer.totalSpent - a.customer.totalSpent ||
			a.customer.id.localeCompare(b.customer.id)
	);
}

function isLeap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The next birthday on or after today; a 29 February birthday is kept on 28 February otherwise. */
export function nextBirthday(birthday: IsoDate, today: IsoDate): IsoDate | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday);
	if (!match) return undefined;
	const [month, day] = [match[2], match[3]];
	const onYear = (year: number) =>
		`${year}-${month}-${month === '02' && day === '29' && !isLeap(year) ? '28' : day}`;
	const year = Number(today.slice(0, 4));
	const thisYear = onYear(year);
	return thisYear >= today ? thisYear : onYear(year + 1);
}

export interface UpcomingBirthday {
	customer: PlanCard;
	date: IsoDate;
	inDays: number;
}

export function upcomingBirthdays(
	customers: readonly PlanCard[],
	today: IsoDate,
	withinDays: number
): UpcomingBirthday[] {
	return birthdaysWithin(customers, today, withinDays).sort(
		(a, b) => a.inDays - b.inDays || a.customer.id.localeCompare(b.customer.id)
	);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Each month and day ("MM-DD") of the coming `withinDays` days, with its date and distance: the
 * first time it comes, as nextBirthday would put it (a 29 February birthday on 28 February in
 * other years).
 */
function birthdayWindow(
	today: IsoDate,
	withinDays: number
): Map<string, { date: IsoDate; inDays: number }> {
	const window = new Map<string, { date: IsoDate; inDays: number }>();
	for (let inDays = 0; inDays <= withinDays; inDays++) {
		const date = addDays(today, inDays);
		const monthDay = date.slice(5);
		if (!window.has(monthDay)) window.set(monthDay, { date, inDays });
		if (monthDay === '02-28' && !isLeap(Number(date.slice(0, 4))) && !window.has('02-29')) {
			window.set('02-29', { date, inDays });
		}
	}
	return window;
}

/**
 * Whose birthday comes within `withinDays`: a lookup of each card's month and day in the window,
 * where working out every card's next birthday as a date cost most of the counter's Due panel.
 */
function birthdaysWithin(
	customers: readonly PlanCard[],
	today: IsoDate,
	withinDays: number
): UpcomingBirthday[] {
	const window = birthdayWindow(today, withinDays);
	const found: UpcomingBirthday[] = [];
	for (const customer of customers) {
		if (customer.deletedAt !== undefined || !customer.birthday) continue;
		const hit = window.get(customer.birthday.slice(5));
		if (hit && ISO_DAY.test(customer.birthday)) found.push({ customer, ...hit });
	}
	return found;
}

export interface OpenComplaint {
	customer: PlanCard;
	note: Note;
	/** Days the complaint has waited. */
	waiting: number;
}

export function openComplaintsOf(
	customers: readonly PlanCard[],
	notes: readonly Note[],
	today: IsoDate
): OpenComplaint[] {
	const open = notes.filter((n) => n.deletedAt === undefined && n.status === 'open');
	// Open complaints are few: only their cards are looked up, not every card mapped by id.
	const wanted = new Set(open.map((n) => n.customerId));
	const byId = new Map<Id, PlanCard>();
	for (const c of customers) if (wanted.has(c.id)) byId.set(c.id, c);
	const found: OpenComplaint[] = [];
	for (const note of open) {
		const customer = byId.get(note.customerId);
		if (!customer || customer.deletedAt !== undefined) continue;
		const opened = new Date(note.createdAt).toISOString().slice(0, 10);
		found.push({ customer, note, waiting: Math.max(0, daysBetween(opened, today)) });
	}
	return found.sort((a, b) => a.note.createdAt - b.note.createdAt);
}

export interface ContactPlan {
	letters: DueLetter[];
	calls: DueCall[];
	birthdaysWeek: UpcomingBirthday[];
	birthdaysMonth: UpcomingBirthday[];
	complaints: OpenComplaint[];
}

export function contactPlan(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	notes: readonly Note[],
	today: IsoDate,
	groupOf?: (customerId: Id) => BuyerGroup | undefined
): ContactPlan {
	const birthdaysMonth = upcomingBirthdays(customers, today, 30);
	return {
		letters: dueLetters(customers, contacts, today),
		calls: dueCalls(customers, contacts, today, CALL_INTERVAL_DAYS, groupOf),
		birthdaysWeek: birthdaysMonth.filter((b) => b.inDays <= 7),
		birthdaysMonth,
		complaints: openComplaintsOf(customers, notes, today)
	};
}

export interface ContactCounts {
	letters: number;
	calls: number;
	birthdaysWeek: number;
	complaints: number;
}

/**
 * How many of each the plan holds, without ordering them: the counter's panel shows only the
 * numbers, and sorting tens of thousands of due letters by name is what the plan costs.
 */
export function contactCounts(
	customers: readonly PlanCard[],
	contacts: readonly ContactRecord[],
	notes: readonly Note[],
	today: IsoDate
): ContactCounts {
	return {
		letters: lettersDue(customers, contacts, today).length,
		calls: callsDue(customers, contacts, today, CALL_INTERVAL_DAYS).length,
		birthdaysWeek: birthdaysWithin(customers, today, 7).length,
		complaints: openComplaintsOf(customers, notes, today).length
	};
}
