import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import {
	adjustPoints,
	expirePoints,
	loadPointsSettings,
	pointsBalance,
	pointsOf,
	PointsError,
	redeemPoints,
	savePointsSettings
} from '../../../src/lib/db/points';
import { recordSale, voidSale } from '../../../src/lib/db/sales';
import { CardFileDb } from '../../../src/lib/db/schema';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { balanceOf, DEFAULT_POINTS_SETTINGS } from '../../../src/lib/domain/points';

let db: CardFileDb;

beforeEach(async () => {
	db = new CardFileDb(`points-${Math.random()}`);
	await db.open();
	await savePointsSettings(db, { ...DEFAULT_POINTS_SETTINGS, pointsPerUnit: 2 });
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function card() {
	return addCustomer(db, { ...emptyCustomerFields(), firstName: 'Ann' });
}

describe('points with sales', () => {
	it('earns the configured points with each recorded sale, in the same transaction', async () => {
		const ann = await card();
		const sale = await recordSale(db, {
			customerId: ann.id,
			amount: 1250,
			date: '2026-02-01',
			category: '',
			currency: 'EUR'
		});
		await recordSale(db, {
			customerId: ann.id,
			amount: 999,
			date: '2026-02-02',
			category: '',
			currency: 'EUR'
		});
		expect(await pointsBalance(db, ann.id)).toBe(25 + 19);
		const lines = await pointsOf(db, ann.id);
		expect(lines.find((l) => l.saleId === sale.id)).toMatchObject({
			kind: 'earn',
			points: 25,
			date: '2026-02-01'
		});
	});

	it('appends a reversing line when a sale is voided', async () => {
		const ann = await card();
		const sale = await recordSale(db, {
			customerId: ann.id,
			amount: 1000,
			date: '2026-02-01',
			category: '',
			currency: 'EUR'
		});
		await voidSale(db, sale.id);
		const lines = await pointsOf(db, ann.id);
		expect(lines.map((l) => [l.kind, l.points])).toEqual([
			['earn-reversal', -20],
			['earn', 20]
		]);
		expect(await pointsBalance(db, ann.id)).toBe(0);
	});

	it('never goes negative when spent points are reversed', async () => {
		const ann = await card();
		const sale = await recordSale(db, {
			customerId: ann.id,
			amount: 1000,
			date: '2026-02-01',
			category: '',
			currency: 'EUR'
		});
		await redeemPoints(db, ann.id, 15);
		await voidSale(db, sale.id);
		expect(await pointsBalance(db, ann.id)).toBe(0);
	});

	it('earns nothing when points are switched off', async () => {
		await savePointsSettings(db, { ...DEFAULT_POINTS_SETTINGS, enabled: false });
		const ann = await card();
		await recordSale(db, {
			customerId: ann.id,
			amount: 1000,
			date: '2026-02-01',
			category: '',
			currency: 'EUR'
		});
		expect(await pointsOf(db, ann.id)).toEqual([]);
	});
});

describe('redeeming and adjusting', () => {
	it('refuses a redemption larger than the balance, writing nothing', async () => {
		const ann = await card();
		await adjustPoints(db, ann.id, 30, 'Welcome');
		const refusal = await redeemPoints(db, ann.id, 31).catch((e: unknown) => e);
		expect(refusal).toBeInstanceOf(PointsError);
		expect(refusal).toMatchObject({ reason: 'over-balance', balance: 30 });
		expect(await pointsBalance(db, ann.id)).toBe(30);
		await redeemPoints(db, ann.id, 30, 'Gift');
		expect(await pointsBalance(db, ann.id)).toBe(0);
	});

	it('lets only as many simultaneous redemptions through as the balance covers', async () => {
		const ann = await card();
		await adjustPoints(db, ann.id, 10, 'Start');
		const attempts = await Promise.allSettled([1, 2, 3].map(() => redeemPoints(db, ann.id, 6)));
		expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
		expect(await pointsBalance(db, ann.id)).toBe(4);
	});

	it('needs a reason for an adjustment and keeps the balance at zero or more', async () => {
		const ann = await card();
		await expect(adjustPoints(db, ann.id, 5, '')).rejects.toMatchObject({
			reason: 'reason-required'
		});
		await expect(adjustPoints(db, ann.id, -1, 'x')).rejects.toMatchObject({ reason: 'below-zero' });
		await adjustPoints(db, ann.id, 5, 'Goodwill');
		expect((await pointsOf(db, ann.id))[0]).toMatchObject({ kind: 'adjust', reason: 'Goodwill' });
	});

	it('keeps every balance equal to the sum of its ledger', async () => {
		const ann = await card();
		const bob = await card();
		for (const [who, amount] of [
			[ann, 1000],
			[bob, 2500],
			[ann, 333]
		] as const)
			await recordSale(db, {
				customerId: who.id,
				amount,
				date: '2026-02-01',
				category: '',
				currency: 'EUR'
			});
		await redeemPoints(db, ann.id, 10);
		for (const c of [ann, bob]) {
			const lines = await db.pointsLedger.where('customerId').equals(c.id).toArray();
			expect(await pointsBalance(db, c.id)).toBe(balanceOf(lines));
			expect(balanceOf(lines)).toBeGreaterThanOrEqual(0);
		}
	});
});

describe('expiry', () => {
	it('writes off lapsed points as a ledger line', async () => {
		await savePointsSettings(db, { ...DEFAULT_POINTS_SETTINGS, pointsPerUnit: 1, expiryDays: 30 });
		expect((await loadPointsSettings(db)).expiryDays).toBe(30);
		const ann = await card();
		await recordSale(db, {
			customerId: ann.id,
			amount: 1000,
			date: '2026-01-01',
			category: '',
			currency: 'EUR'
		});
		await expirePoints(db, ann.id, '2026-01-20');
		expect(await pointsBalance(db, ann.id)).toBe(10);
		await expirePoints(db, ann.id, '2026-02-15');
		expect(await pointsBalance(db, ann.id)).toBe(0);
		expect((await pointsOf(db, ann.id))[0]).toMatchObject({ kind: 'expire', points: -10 });
	});
});
