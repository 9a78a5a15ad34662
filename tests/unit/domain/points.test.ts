import { describe, expect, it } from 'vitest';
import {
	balanceOf,
	checkAdjust,
	checkRedeem,
	DEFAULT_POINTS_SETTINGS,
	moneyForPoints,
	nextThreshold,
	pointsForSale,
	pointsToExpire,
	reachedThresholds,
	reversalPoints,
	validatePointsSettings,
	type PointsLine
} from '../../../src/lib/domain/points';

let n = 0;
function line(points: number, date: string, over: Partial<PointsLine> = {}): PointsLine {
	n++;
	return {
		id: `l${n}`,
		customerId: 'c',
		date,
		kind: points >= 0 ? 'earn' : 'redeem',
		points,
		createdAt: n,
		updatedAt: n,
		...over
	};
}

describe('earning', () => {
	it('gives whole points per currency unit, rounded down', () => {
		const s = { ...DEFAULT_POINTS_SETTINGS, pointsPerUnit: 1 };
		expect(pointsForSale(1999, 'EUR', s)).toBe(19);
		expect(pointsForSale(2000, 'EUR', s)).toBe(20);
		expect(pointsForSale(2000, 'EUR', { ...s, pointsPerUnit: 2.5 })).toBe(50);
		expect(pointsForSale(2000, 'EUR', { ...s, pointsPerUnit: 0.1 })).toBe(2);
		expect(pointsForSale(500, 'JPY', s)).toBe(500);
		expect(pointsForSale(2000, 'EUR', { ...s, enabled: false })).toBe(0);
		expect(pointsForSale(0, 'EUR', s)).toBe(0);
	});
});

describe('the ledger', () => {
	it('has the sum of its live lines as balance', () => {
		expect(
			balanceOf([
				line(10, '2026-01-01'),
				line(-4, '2026-01-02'),
				line(100, '2026-01-03', { deletedAt: 1 })
			])
		).toBe(6);
		expect(balanceOf([])).toBe(0);
	});

	it('refuses to redeem more than the balance, never clips', () => {
		expect(checkRedeem(10, 10)).toBeUndefined();
		expect(checkRedeem(11, 10)).toBe('over-balance');
		expect(checkRedeem(0, 10)).toBe('not-positive');
		expect(checkRedeem(1.5, 10)).toBe('not-whole');
	});

	it('needs a reason for an adjustment and keeps the balance at zero or above', () => {
		expect(checkAdjust(5, 'Birthday', 0)).toBeUndefined();
		expect(checkAdjust(-5, 'Mistake', 5)).toBeUndefined();
		expect(checkAdjust(-6, 'Mistake', 5)).toBe('below-zero');
		expect(checkAdjust(5, '  ', 0)).toBe('reason-required');
		expect(checkAdjust(0, 'x', 0)).toBe('zero');
		expect(checkAdjust(0.5, 'x', 0)).toBe('not-whole');
	});

	it('takes back at most what the balance holds when reversing', () => {
		expect(reversalPoints(20, 50)).toBe(-20);
		expect(reversalPoints(20, 5)).toBe(-5);
		expect(reversalPoints(20, 0)).toBe(-0);
	});

	it('values points as money off', () => {
		expect(moneyForPoints(40, { ...DEFAULT_POINTS_SETTINGS, pointValue: 5 })).toBe(200);
	});
});

describe('gift thresholds', () => {
	const thresholds = [
		{ points: 500, gift: 'Bouquet' },
		{ points: 100, gift: 'Rose' }
	];
	it('names the next gift and the points missing', () => {
		expect(nextThreshold(40, thresholds)).toEqual({
			threshold: { points: 100, gift: 'Rose' },
			missing: 60
		});
		expect(nextThreshold(100, thresholds)).toEqual({
			threshold: { points: 500, gift: 'Bouquet' },
			missing: 400
		});
		expect(nextThreshold(500, thresholds)).toBeUndefined();
		expect(reachedThresholds(120, thresholds)).toEqual([{ points: 100, gift: 'Rose' }]);
	});
});

describe('expiry', () => {
	it('lapses what is left of old earnings, spending the oldest first', () => {
		const lines = [line(100, '2025-01-01'), line(50, '2025-12-01'), line(-30, '2025-12-15')];
		expect(pointsToExpire(lines, '2026-01-10', 365)).toBe(70);
		expect(pointsToExpire(lines, '2026-01-10', undefined)).toBe(0);
		expect(pointsToExpire(lines, '2025-06-01', 365)).toBe(0);
		// Once written off, nothing lapses twice.
		const after = [...lines, line(-70, '2026-01-10', { kind: 'expire' })];
		expect(pointsToExpire(after, '2026-01-10', 365)).toBe(0);
		expect(pointsToExpire(after, '2027-01-10', 365)).toBe(50);
	});
});

describe('points settings', () => {
	it('accepts the defaults and names errors', () => {
		expect(validatePointsSettings(DEFAULT_POINTS_SETTINGS)).toEqual([]);
		expect(
			validatePointsSettings({
				enabled: true,
				pointsPerUnit: -1,
				pointValue: 1.5,
				giftThresholds: [{ points: 0, gift: 'x' }],
				expiryDays: 0
			})
		).toEqual(['rate-range', 'value-range', 'threshold-invalid', 'expiry-range']);
	});
});
