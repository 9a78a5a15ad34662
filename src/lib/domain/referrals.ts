/** The referral program's rules: settings, vouchers and what they give, validity, and tracking. */
import { daysBetween, isoDateOf } from './dates';
import { parseCode } from './referrals-code';
import { digitsOf, foldText } from './search';
import type { EpochMs, Id, IsoDate, Minor, Tracked } from './types';

/** What the friend gets off their first purchase. */
export type FriendIncentive =
	| { kind: 'amount'; amount: Minor; minPurchase: Minor }
	| { kind: 'percent'; percent: number; minPurchase: Minor };

/** What the customer who referred them gets once the friend redeems. */
export type ReferrerReward =
	| { kind: 'credit'; amount: Minor }
	| { kind: 'points'; points: number }
	| { kind: 'gift'; gift: string };

export interface ReferralSettings {
	friend: FriendIncentive;
	referrer: ReferrerReward;
	validityDays: number;
	/** How many unredeemed, unexpired vouchers one customer may hold at once. */
	maxHeldPerCustomer: number;
	currency: string;
}

export const DEFAULT_REFERRAL_SETTINGS: ReferralSettings = {
	friend: { kind: 'percent', percent: 10, minPurchase: 0 },
	referrer: { kind: 'credit', amount: 1000 },
	validityDays: 90,
	maxHeldPerCustomer: 5,
	currency: 'EUR'
};

export type ReferralSettingsError =
	| 'percent-range'
	| 'amount-positive'
	| 'min-purchase-negative'
	| 'reward-positive'
	| 'gift-required'
	| 'validity-range'
	| 'max-held-range';

export function validateReferralSettings(s: ReferralSettings): ReferralSettingsError[] {
	const errors: ReferralSettingsError[] = [];
	if (s.friend.kind === 'percent') {
		if (!Number.isInteger(s.friend.percent) || s.friend.percent < 1 || s.friend.percent > 100)
			errors.push('percent-range');
	} else if (!Number.isSafeInteger(s.friend.amount) || s.friend.amount <= 0)
		errors.push('amount-positive');
	if (!Number.isSafeInteger(s.friend.minPurchase) || s.friend.minPurchase < 0)
		errors.push('min-purchase-negative');
	if (
		s.referrer.kind === 'credit' &&
		!(Number.isSafeInteger(s.referrer.amount) && s.referrer.amount > 0)
	)
		errors.push('reward-positive');
	if (
		s.referrer.kind === 'points' &&
		!(Number.isSafeInteger(s.referrer.points) && s.referrer.points > 0)
	)
		errors.push('reward-positive');
	if (s.referrer.kind === 'gift' && s.referrer.gift.trim().length === 0)
		errors.push('gift-required');
	if (!Number.isInteger(s.validityDays) || s.validityDays < 1 || s.validityDays > 3650)
		errors.push('validity-range');
	if (
		!Number.isInteger(s.maxHeldPerCustomer) ||
		s.maxHeldPerCustomer < 1 ||
		s.maxHeldPerCustomer > 100
	)
		errors.push('max-held-range');
	return errors;
}

/**
 * A voucher handed by a customer (the referrer) to a friend. `terms` is a copy of the settings at
 * issue, so changing the program never changes a voucher already printed.
 */
export interface Voucher extends Tracked {
	/** Absent on referral vouchers; `offer` marks a letter's offer (offers.ts) in the same table. */
	kind?: 'referral';
	/** Canonical form, no dash. */
	code: string;
	referrerId: Id;
	issuedOn: IsoDate;
	/** Last day it can be redeemed. */
	expiresOn: IsoDate;
	terms: ReferralSettings;
	/** Set while a redemption stands; cleared (with the undo recorded) when it is undone. */
	redeemedAt?: EpochMs;
	redemptionId?: Id;
}

/** Append-only: a redemption, or the undoing of one (with the owner's reason). */
export interface RedemptionEvent extends Tracked {
	kind: 'redeem' | 'undo';
	voucherId: Id;
	code: string;
	referrerId: Id;
	friendId: Id;
	/** For an undo: the redemption it undoes, and why. */
	undoes?: Id;
	reason?: string;
	/** The friend's first sale, recorded with the discount in the same step; voided by an undo. */
	saleId?: Id;
	amountBefore?: Minor;
	discount?: Minor;
}

/** A reward credited to a referrer: money on account or a gift to hand over. Append-only. */
export interface ReferralReward extends Tracked {
	customerId: Id;
	/** The redemption that earned it; absent when credit is spent at the counter. */
	redemptionId?: Id;
	kind: 'credit' | 'gift';
	/** Signed: an undo or a purchase paid with credit appends a negative line. */
	amount: Minor;
	gift?: string;
	currency: string;
	/** The line this one takes back (an undone redemption, a gift handed over). */
	reverses?: Id;
	reason?: string;
}

/** Credit on account: the sum of the credit lines. */
export function creditBalance(rewards: readonly ReferralReward[]): Minor {
	return rewards
		.filter((r) => r.kind === 'credit' && r.deletedAt === undefined)
		.reduce((sum, r) => sum + r.amount, 0);
}

/** Gifts earned and not yet handed over or taken back. */
export function giftsOwed(rewards: readonly ReferralReward[]): ReferralReward[] {
	const closed = new Set(rewards.map((r) => r.reverses).filter((id) => id !== undefined));
	return rewards.filter(
		(r) =>
			r.kind === 'gift' &&
			r.reverses === undefined &&
			!closed.has(r.id) &&
			r.deletedAt === undefined
	);
}

/** The owner's mark on a customer who praises the shop. */
export interface PromoterFlag {
	customerId: Id;
	promoter: boolean;
	updatedAt: EpochMs;
}

export function addDays(day: IsoDate, days: number): IsoDate {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

export function expiryFor(issuedOn: IsoDate, validityDays: number): IsoDate {
	return addDays(issuedOn, validityDays - 1);
}

/** What the counter's check reads of a voucher of either kind. */
export interface CheckableVoucher {
	deletedAt?: EpochMs;
	redeemedAt?: EpochMs;
	expiresOn: IsoDate;
}

export type VoucherCheck<V extends CheckableVoucher = Voucher> =
	| { status: 'valid'; voucher: V }
	| { status: 'expired'; voucher: V }
	| { status: 'used'; voucher: V; redeemedAt: EpochMs; friendId?: Id }
	| { status: 'unknown'; code: string }
	| { status: 'typo' }
	| { status: 'malformed' };

/**
 * What the counter says about a typed code. `find` looks a canonical code up; `friendOf` names
 * who used it, when it was used.
 */
export function checkVoucher<V extends CheckableVoucher = Voucher>(
	input: string,
	find: (code: string) => V | undefined,
	today: IsoDate,
	friendOf: (voucher: V) => Id | undefined = () => undefined
): VoucherCheck<V> {
	const parsed = parseCode(input);
	if (!parsed.ok) return parsed.reason === 'typo' ? { status: 'typo' } : { status: 'malformed' };
	const voucher = find(parsed.code);
	if (!voucher || voucher.deletedAt !== undefined) return { status: 'unknown', code: parsed.code };
	if (voucher.redeemedAt !== undefined)
		return { status: 'used', voucher, redeemedAt: voucher.redeemedAt, friendId: friendOf(voucher) };
	if (today > voucher.expiresOn) return { status: 'expired', voucher };
	return { status: 'valid', voucher };
}

/** The friend's discount on a purchase of `amount`, or 0 below the minimum purchase. */
export function discountFor(incentive: FriendIncentive, amount: Minor): Minor {
	if (amount < incentive.minPurchase) return 0;
	if (incentive.kind === 'amount') return Math.min(incentive.amount, amount);
	return Math.round((amount * incentive.percent) / 100);
}

/** Referral vouchers only, out of rows of the vouchers table (which holds offers too). */
export function isReferralVoucher(row: { kind?: string }): row is Voucher {
	return row.kind === undefined || row.kind === 'referral';
}

/** Vouchers a customer holds that still count against the limit: unused and not expired. */
export function heldCount(vouchers: readonly Voucher[], today: IsoDate): number {
	return vouchers.filter(
		(v) => v.deletedAt === undefined && v.redeemedAt === undefined && v.expiresOn >= today
	).length;
}

/** How many more a customer may be given now. */
export function issuableCount(
	vouchers: readonly Voucher[],
	settings: Pick<ReferralSettings, 'maxHeldPerCustomer'>,
	today: IsoDate
): number {
	return Math.max(0, settings.maxHeldPerCustomer - heldCount(vouchers, today));
}

/** First-time buyers right after their first purchase: a good moment to ask for a referral. */
export function recentFirstTimeBuyers<
	T extends { id: Id; visits: number; lastPurchase?: IsoDate; deletedAt?: EpochMs }
>(customers: readonly T[], today: IsoDate, withinDays = 14): T[] {
	return customers.filter(
		(c) =>
			c.deletedAt === undefined &&
			c.visits === 1 &&
			c.lastPurchase !== undefined &&
			daysBetween(c.lastPurchase, today) >= 0 &&
			daysBetween(c.lastPurchase, today) <= withinDays
	);
}

export interface ReferralStats {
	issued: number;
	redeemed: number;
	expired: number;
	open: number;
	/** Redeemed out of issued, 0..1; undefined when nothing was issued. */
	conversion?: number;
	/** Median whole days from issue to redemption; undefined when none was redeemed. */
	medianDaysToRedeem?: number;
	topReferrers: { customerId: Id; redeemed: number; issued: number }[];
	/** Sales of customers who came through a redemption, from the redemption day on. */
	referredRevenue: Minor;
	referredCustomers: number;
}

export interface SaleLike {
	customerId: Id;
	date: IsoDate;
	amount: Minor;
	deletedAt?: EpochMs;
}

/** The tracking page's numbers, from the vouchers, the standing redemptions and the sales. */
export function referralStats(
	vouchers: readonly Voucher[],
	redemptions: readonly RedemptionEvent[],
	sales: readonly SaleLike[],
	today: IsoDate,
	topCount = 5
): ReferralStats {
	const live = vouchers.filter((v) => v.deletedAt === undefined);
	const redeemed = live.filter((v) => v.redeemedAt !== undefined);
	const expired = live.filter((v) => v.redeemedAt === undefined && v.expiresOn < today);
	const standing = new Map(
		redemptions.filter((r) => r.kind === 'redeem').map((r) => [r.id, r] as const)
	);
	for (const r of redemptions) if (r.kind === 'undo' && r.undoes) standing.delete(r.undoes);
	const days = redeemed
		.map((v) => daysBetween(v.issuedOn, isoDateOf(new Date(v.redeemedAt as number))))
		.sort((a, b) => a - b);
	const byReferrer = new Map<Id, { customerId: Id; redeemed: number; issued: number }>();
	for (const v of live) {
		const row = byReferrer.get(v.referrerId) ?? {
			customerId: v.referrerId,
			redeemed: 0,
			issued: 0
		};
		row.issued++;
		if (v.redeemedAt !== undefined) row.redeemed++;
		byReferrer.set(v.referrerId, row);
	}
	const since = new Map<Id, IsoDate>();
	for (const r of standing.values()) {
		const day = isoDateOf(new Date(r.createdAt));
		const known = since.get(r.friendId);
		if (!known || day < known) since.set(r.friendId, day);
	}
	let referredRevenue = 0;
	for (const s of sales) {
		const from = since.get(s.customerId);
		if (s.deletedAt === undefined && from !== undefined && s.date >= from)
			referredRevenue += s.amount;
	}
	return {
		issued: live.length,
		redeemed: redeemed.length,
		expired: expired.length,
		open: live.length - redeemed.length - expired.length,
		conversion: live.length === 0 ? undefined : redeemed.length / live.length,
		medianDaysToRedeem: days.length === 0 ? undefined : median(days),
		topReferrers: [...byReferrer.values()]
			.filter((r) => r.redeemed > 0)
			.sort((a, b) => b.redeemed - a.redeemed || b.issued - a.issued)
			.slice(0, topCount),
		referredRevenue,
		referredCustomers: since.size
	};
}

function median(sorted: readonly number[]): number {
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Below this many orders a month a referral program rarely pays; above the upper one it does. */
export const READINESS_LOW = 100;
export const READINESS_HIGH = 200;

export interface Readiness {
	/** The last three whole months, oldest first, `YYYY-MM`. */
	months: { month: string; orders: number }[];
	averagePerMonth: number;
	level: 'below' | 'within' | 'above';
}

/** Orders per month over the three whole months before `today`'s month. */
export function readiness(
	sales: readonly Pick<SaleLike, 'date' | 'deletedAt'>[],
	today: IsoDate
): Readiness {
	const [y, m] = today.split('-').map(Number);
	const months: string[] = [];
	for (let back = 3; back >= 1; back--) {
		const date = new Date(Date.UTC(y, m - 1 - back, 1));
		months.push(date.toISOString().slice(0, 7));
	}
	const counts = new Map(months.map((month) => [month, 0]));
	for (const s of sales) {
		if (s.deletedAt !== undefined) continue;
		const month = s.date.slice(0, 7);
		if (counts.has(month)) counts.set(month, (counts.get(month) ?? 0) + 1);
	}
	const rows = months.map((month) => ({ month, orders: counts.get(month) ?? 0 }));
	const averagePerMonth = Math.round(rows.reduce((sum, r) => sum + r.orders, 0) / rows.length);
	const level =
		averagePerMonth < READINESS_LOW
			? 'below'
			: averagePerMonth <= READINESS_HIGH
				? 'within'
				: 'above';
	return { months: rows, averagePerMonth, level };
}

/**
 * Whether the details typed for a new friend are the referrer's own: the same phone number, the
 * same email, or the same full name. A referrer cannot become their own friend by being typed in
 * again as a new card.
 */
export function isReferrerThemselves(
	referrer: { firstName: string; lastName: string; phone: string; email: string },
	friend: { firstName: string; lastName: string; phone: string; email: string }
): boolean {
	const phone = digitsOf(friend.phone);
	if (phone.length >= 6 && phone === digitsOf(referrer.phone)) return true;
	const email = friend.email.trim().toLowerCase();
	if (email && email === referrer.email.trim().toLowerCase()) return true;
	const name = (c: { firstName: string; lastName: string }) =>
		foldText(`${c.firstName} ${c.lastName}`).split(/\s+/).filter(Boolean).join(' ');
	const friendName = name(friend);
	return friendName.includes(' ') && friendName === name(referrer);
}
