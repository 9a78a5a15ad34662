/**
 * Frequent-shopper points: every change is a signed ledger line, the balance is the ledger's sum
 * and never goes below zero, and the rules for earning, redeeming and expiry are pure.
 */
import { daysBetween } from './dates';
import { minorUnitsPerMajor } from './money';
import type { Id, IsoDate, Minor, Tracked } from './types';

export interface GiftThreshold {
	points: number;
	gift: string;
}

export interface PointsSettings {
	enabled: boolean;
	/** Points for each whole unit of the currency spent (1 per euro, say). */
	pointsPerUnit: number;
	/** What one point is worth in minor units when redeemed as money off. */
	pointValue: Minor;
	giftThresholds: GiftThreshold[];
	/** Earned points lapse after this many days; undefined when they never do. */
	expiryDays?: number;
}

export const DEFAULT_POINTS_SETTINGS: PointsSettings = {
	enabled: true,
	pointsPerUnit: 1,
	pointValue: 5,
	giftThresholds: []
};

export type PointsKind =
	'earn' | 'earn-reversal' | 'redeem' | 'adjust' | 'referral' | 'referral-reversal' | 'expire';

export interface PointsLine extends Tracked {
	customerId: Id;
	date: IsoDate;
	kind: PointsKind;
	/** Signed whole points. */
	points: number;
	reason?: string;
	saleId?: Id;
	redemptionId?: Id;
}

export type PointsSettingsError =
	'rate-range' | 'value-range' | 'threshold-invalid' | 'expiry-range';

export function validatePointsSettings(s: PointsSettings): PointsSettingsError[] {
	const errors: PointsSettingsError[] = [];
	if (!(Number.isFinite(s.pointsPerUnit) && s.pointsPerUnit >= 0 && s.pointsPerUnit <= 1000))
		errors.push('rate-range');
	if (!(Number.isSafeInteger(s.pointValue) && s.pointValue >= 0)) errors.push('value-range');
	if (
		s.giftThresholds.some(
			(t) => !Number.isSafeInteger(t.points) || t.points <= 0 || t.gift.trim().length === 0
		)
	)
		errors.push('threshold-invalid');
	if (
		s.expiryDays !== undefined &&
		!(Number.isInteger(s.expiryDays) && s.expiryDays >= 1 && s.expiryDays <= 3650)
	)
		errors.push('expiry-range');
	return errors;
}

/** Points for a sale: whole points only, rounded down, so a refund never gives back more. */
export function pointsForSale(amount: Minor, currency: string, settings: PointsSettings): number {
	if (!settings.enabled || amount <= 0) return 0;
	const perMajor = minorUnitsPerMajor(currency);
	// Integer arithmetic first: 19.99 at 1 point a unit is 19, never 19.99999 rounded to 20.
	return Math.floor((amount * Math.round(settings.pointsPerUnit * 1000)) / (perMajor * 1000));
}

export function balanceOf(lines: readonly Pick<PointsLine, 'points' | 'deletedAt'>[]): number {
	return lines.reduce((sum, line) => (line.deletedAt === undefined ? sum + line.points : sum), 0);
}

export function moneyForPoints(points: number, settings: PointsSettings): Minor {
	return points * settings.pointValue;
}

export type RedeemError = 'not-whole' | 'not-positive' | 'over-balance';

/** Can `points` be taken off a balance? Redeeming more than there is is refused, never clipped. */
export function checkRedeem(points: number, balance: number): RedeemError | undefined {
	if (!Number.isInteger(points)) return 'not-whole';
	if (points <= 0) return 'not-positive';
	if (points > balance) return 'over-balance';
	return undefined;
}

export type AdjustError = 'not-whole' | 'zero' | 'reason-required' | 'below-zero';

export function checkAdjust(
	points: number,
	reason: string,
	balance: number
): AdjustError | undefined {
	if (!Number.isInteger(points)) return 'not-whole';
	if (points === 0) return 'zero';
	if (reason.trim().length === 0) return 'reason-required';
	if (balance + points < 0) return 'below-zero';
	return undefined;
}

/**
 * A reversal (a voided sale, an undone reward) takes back what it gave, but never more than the
 * balance holds: points already spent stay spent, and the ledger line says how many came back.
 */
export function reversalPoints(given: number, balance: number): number {
	return -Math.min(Math.max(given, 0), Math.max(balance, 0));
}

/** The next gift above the balance, and how many points are still missing. */
export function nextThreshold(
	balance: number,
	thresholds: readonly GiftThreshold[]
): { threshold: GiftThreshold; missing: number } | undefined {
	const next = [...thresholds].sort((a, b) => a.points - b.points).find((t) => t.points > balance);
	return next ? { threshold: next, missing: next.points - balance } : undefined;
}

/** Gifts the balance already reaches. */
export function reachedThresholds(
	balance: number,
	thresholds: readonly GiftThreshold[]
): GiftThreshold[] {
	return thresholds.filter((t) => t.points <= balance).sort((a, b) => a.points - b.points);
}

/**
 * Points that have lapsed by `today` and are not yet written off: earned points are spent first
 * in, first out, so only what is left of lines older than the expiry period lapses.
 */
export function pointsToExpire(
	lines: readonly PointsLine[],
	today: IsoDate,
	expiryDays: number | undefined
): number {
	if (expiryDays === undefined) return 0;
	const live = lines
		.filter((l) => l.deletedAt === undefined)
		.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
	let spent = -live.filter((l) => l.points < 0).reduce((sum, l) => sum + l.points, 0);
	let lapsed = 0;
	for (const line of live) {
		if (line.points <= 0) continue;
		const used = Math.min(spent, line.points);
		spent -= used;
		if (daysBetween(line.date, today) > expiryDays) lapsed += line.points - used;
	}
	return Math.min(lapsed, balanceOf(live));
}
