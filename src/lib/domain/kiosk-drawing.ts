/** The monthly prize drawing among counter sign-ups: who is in, a fair pick, and redraw rules. */
import type { EpochMs, Id, IsoDate, Tracked } from './types';

/** A calendar month in the shop, `YYYY-MM`. */
export type IsoMonth = string;

/** One line per counter sign-up; never rewritten. */
export interface DrawingEntry extends Tracked {
	month: IsoMonth;
	customerId: Id;
	date: IsoDate;
	/** Lower-case email or phone digits at sign-up, so one person signing up twice counts once. */
	contactKey: string;
}

/** One draw, append-only: a redraw is a new row naming the draw it replaces and why. */
export interface DrawingRecord extends Tracked {
	month: IsoMonth;
	date: IsoDate;
	drawnAt: EpochMs;
	/** Every card that was in the draw, in the order the pick indexed them. */
	entrants: Id[];
	winnerId: Id;
	/** The draw this one replaces, with the owner's reason; absent on the month's first draw. */
	replaces?: Id;
	reason?: string;
}

/** A source of uniformly random 32-bit unsigned integers. */
export type Uint32Source = () => number;

export const MIN_REASON_LENGTH = 3;

export function monthOf(date: IsoDate): IsoMonth {
	return date.slice(0, 7);
}

export function contactKeyOf(email: string, phone: string): string {
	const mail = email.trim().toLowerCase();
	if (mail) return `e:${mail}`;
	const digits = phone.replace(/\D/g, '');
	return digits ? `p:${digits}` : '';
}

/**
 * The month's entrants, one per card and one per contact, in sign-up order. Entries of other
 * months and of cards no longer in the file (erased, deleted) are left out.
 */
export function uniqueEntrants(
	entries: readonly DrawingEntry[],
	month: IsoMonth,
	isLiveCard: (id: Id) => boolean = () => true
): Id[] {
	const ordered = entries
		.filter((entry) => entry.month === month && entry.deletedAt === undefined)
		.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const cards = new Set<Id>();
	const contacts = new Set<string>();
	const entrants: Id[] = [];
	for (const entry of ordered) {
		if (!isLiveCard(entry.customerId)) continue;
		if (cards.has(entry.customerId)) continue;
		if (entry.contactKey && contacts.has(entry.contactKey)) continue;
		cards.add(entry.customerId);
		if (entry.contactKey) contacts.add(entry.contactKey);
		entrants.push(entry.customerId);
	}
	return entrants;
}

const TWO_POW_32 = 2 ** 32;

/**
 * A uniform index in [0, n): values at or above the largest multiple of n below 2^32 are
 * rejected and drawn again, so no index is favoured the way `x % n` would favour low ones.
 */
export function fairIndex(n: number, next: Uint32Source): number {
	if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32)
		throw new RangeError(`Cannot pick from ${n}`);
	const limit = TWO_POW_32 - (TWO_POW_32 % n);
	for (;;) {
		const value = next();
		if (value < limit) return value % n;
	}
}

export const cryptoUint32: Uint32Source = () => crypto.getRandomValues(new Uint32Array(1))[0];

export type DrawProblem = 'no-entrants' | 'reason-needed';

/** The draws of one month, latest last, and what a new draw would need. */
export function latestDraw(
	history: readonly DrawingRecord[],
	month: IsoMonth
): DrawingRecord | undefined {
	return history
		.filter((draw) => draw.month === month)
		.sort((a, b) => a.drawnAt - b.drawnAt || (a.id < b.id ? -1 : 1))
		.at(-1);
}

/** A first draw needs entrants; a redraw also needs a reason of a few characters. */
export function drawProblem(
	entrants: readonly Id[],
	previous: DrawingRecord | undefined,
	reason: string
): DrawProblem | undefined {
	if (entrants.length === 0) return 'no-entrants';
	if (previous && reason.trim().length < MIN_REASON_LENGTH) return 'reason-needed';
	return undefined;
}

export function pickWinner(entrants: readonly Id[], next: Uint32Source): Id {
	return entrants[fairIndex(entrants.length, next)];
}
