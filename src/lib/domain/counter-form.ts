/**
 * The counter form's rules: how a customer heard of the shop, their short feedback, and what the
 * owner reads of them (counts by source, the average rating, the latest suggestions).
 */
import { MAX_TEXT_LENGTH } from './customer';
import type { EpochMs, Id, Tracked } from './types';

/** The choices of "How did you hear of us?", in the order the form shows them. */
export const HEARD_FROM_SOURCES = [
	'friend',
	'passing-by',
	'social-media',
	'newspaper',
	'other'
] as const;
export type HeardFrom = (typeof HEARD_FROM_SOURCES)[number];

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** A suggestion is a few sentences, not a letter. */
export const MAX_SUGGESTION_LENGTH = 1000;
export const MAX_ANSWER_LENGTH = 2000;

/**
 * What happened to a friend's voucher code typed at sign-up: `linked` when it was redeemed and
 * the new card linked to its referrer, otherwise why it could not be used (kept for the owner).
 */
export type CodeOutcome =
	'linked' | 'unknown' | 'expired' | 'used' | 'self-referral' | 'offer-code' | 'no-referrer';

/** How one customer heard of the shop, as given on the counter form. One per sign-up. */
export interface SignUpSource extends Tracked {
	customerId: Id;
	source: HeardFrom;
	/** The friend's name as typed, never matched in the kiosk: the owner links it later. */
	friendName?: string;
	/** The friend's voucher code as typed, canonical when it could be read. */
	voucherCode?: string;
	codeOutcome?: CodeOutcome;
	/** The referral the code made, when it was linked. */
	redemptionId?: Id;
	/** The referrer: the voucher's, or the card the owner picked for the friend's name. */
	referrerId?: Id;
	/** When the owner linked the friend's name to a card (absent for a voucher's link). */
	linkedAt?: EpochMs;
}

/** A customer's rating and suggestion, kept on their card; the shop's answer is added later. */
export interface Feedback extends Tracked {
	customerId: Id;
	rating?: Rating;
	suggestion: string;
	answer?: string;
	answeredAt?: EpochMs;
}

export function isRating(value: unknown): value is Rating {
	return RATINGS.includes(value as Rating);
}

export function isHeardFrom(value: unknown): value is HeardFrom {
	return HEARD_FROM_SOURCES.includes(value as HeardFrom);
}

export type CounterFormProblem = 'friend-name-long' | 'suggestion-long' | 'rating';

/** The feedback step is optional: nothing given means no feedback record at all. */
export function hasFeedback(input: { rating?: Rating; suggestion: string }): boolean {
	return input.rating !== undefined || input.suggestion.trim() !== '';
}

export function counterFormProblems(input: {
	friendName?: string;
	rating?: number;
	suggestion: string;
}): CounterFormProblem[] {
	const problems: CounterFormProblem[] = [];
	if ((input.friendName ?? '').trim().length > MAX_TEXT_LENGTH) problems.push('friend-name-long');
	if (input.suggestion.trim().length > MAX_SUGGESTION_LENGTH) problems.push('suggestion-long');
	if (input.rating !== undefined && !isRating(input.rating)) problems.push('rating');
	return problems;
}

export interface FeedbackSummary {
	/** Feedback records given, with or without a rating. */
	count: number;
	rated: number;
	/** Mean of the ratings given, rounded to one decimal; undefined when none. */
	average?: number;
	/** How many of each rating, 1 to 5. */
	byRating: Record<Rating, number>;
	/** The latest feedback with a suggestion, newest first. */
	latestSuggestions: Feedback[];
	unanswered: number;
}

const live = <T extends { deletedAt?: EpochMs }>(rows: readonly T[]) =>
	rows.filter((r) => r.deletedAt === undefined);

const newestFirst = (a: Tracked, b: Tracked) => b.createdAt - a.createdAt || (b.id < a.id ? -1 : 1);

export function feedbackSummary(rows: readonly Feedback[], latest: number = 5): FeedbackSummary {
	const given = live(rows);
	const ratings = given.map((f) => f.rating).filter((r) => r !== undefined);
	const byRating = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } satisfies Record<Rating, number>;
	for (const r of ratings) byRating[r] += 1;
	const sum = ratings.reduce<number>((s, r) => s + r, 0);
	return {
		count: given.length,
		rated: ratings.length,
		average: ratings.length ? Math.round((sum / ratings.length) * 10) / 10 : undefined,
		byRating,
		latestSuggestions: given
			.filter((f) => f.suggestion.trim() !== '')
			.sort(newestFirst)
			.slice(0, latest),
		unanswered: given.filter((f) => f.suggestion.trim() !== '' && f.answeredAt === undefined).length
	};
}

/** Sign-ups per source, every source listed (zero included), in the form's order. */
export function sourceCounts(
	rows: readonly SignUpSource[]
): { source: HeardFrom; count: number }[] {
	const given = live(rows);
	return HEARD_FROM_SOURCES.map((source) => ({
		source,
		count: given.filter((r) => r.source === source).length
	}));
}

/** Friends named at sign-up that the owner has not linked to a card yet, newest first. */
export function friendsToLink(rows: readonly SignUpSource[]): SignUpSource[] {
	return live(rows)
		.filter((r) => (r.friendName ?? '').trim() !== '' && r.referrerId === undefined)
		.sort(newestFirst);
}

/** Codes typed at sign-up that could not be used, newest first, for the owner to look at. */
export function unusableCodes(rows: readonly SignUpSource[]): SignUpSource[] {
	return live(rows)
		.filter((r) => r.voucherCode && r.codeOutcome !== undefined && r.codeOutcome !== 'linked')
		.sort(newestFirst);
}
