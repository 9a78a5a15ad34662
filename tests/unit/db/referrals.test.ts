import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { pointsBalance, pointsOf } from '../../../src/lib/db/points';
import {
	issueVouchersTo,
	lookUpVoucher,
	redeemVoucher,
	redemptionsOf,
	ReferralError,
	rewardsOf,
	saveReferralSettings,
	loadReferralSettings,
	setPromoter,
	isPromoter,
	undoRedemption,
	useCredit,
	handOverGift,
	trackingData
} from '../../../src/lib/db/referrals';
import { CardFileDb } from '../../../src/lib/db/schema';
import { DEFAULT_SETTINGS, saveShopSettings } from '../../../src/lib/db/settings';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import {
	creditBalance,
	DEFAULT_REFERRAL_SETTINGS,
	giftsOwed,
	referralStats
} from '../../../src/lib/domain/referrals';
import { formatCode } from '../../../src/lib/domain/referrals-code';
import type { CustomerFields } from '../../../src/lib/domain/types';

let db: CardFileDb;
const today = '2026-02-10';

function person(firstName: string, lastName = 'Levi'): CustomerFields {
	return { ...emptyCustomerFields(), firstName, lastName };
}

beforeEach(async () => {
	db = new CardFileDb(`referrals-${Math.random()}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('issuing vouchers', () => {
	it('issues to a list of ids within each customer’s limit, with the settings copied on', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const bob = await addCustomer(db, person('Bob'));
		await saveReferralSettings(db, {
			...DEFAULT_REFERRAL_SETTINGS,
			maxHeldPerCustomer: 3,
			validityDays: 30
		});
		const first = await issueVouchersTo(db, [ann.id, bob.id, ann.id, 'gone'], 2, today);
		expect(first.issued).toHaveLength(4);
		expect(first.skipped).toEqual([{ customerId: 'gone', reason: 'no-referrer' }]);
		expect(first.issued[0]).toMatchObject({
			issuedOn: today,
			expiresOn: '2026-03-11',
			referrerId: ann.id
		});
		const second = await issueVouchersTo(db, [ann.id], 2, today);
		expect(second.issued).toHaveLength(1);
		expect(second.skipped).toEqual([{ customerId: ann.id, reason: 'limit-reached' }]);
		expect(new Set((await db.vouchers.toArray()).map((v) => v.code)).size).toBe(5);
	});

	it('never changes an issued voucher when the settings change', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		const changed = {
			...DEFAULT_REFERRAL_SETTINGS,
			friend: { kind: 'amount', amount: 99, minPurchase: 0 }
		} as const;
		await saveReferralSettings(db, changed);
		expect(await loadReferralSettings(db)).toEqual(changed);
		expect((await db.vouchers.get(v.id))?.terms).toEqual(DEFAULT_REFERRAL_SETTINGS);
	});

	it("prices a program never saved in the shop's currency, and a saved one in its own", async () => {
		await saveShopSettings(db, { ...DEFAULT_SETTINGS, currency: 'ILS', language: 'he' });
		expect((await loadReferralSettings(db)).currency).toBe('ILS');
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		expect(v.terms.currency).toBe('ILS');
		await saveReferralSettings(db, { ...DEFAULT_REFERRAL_SETTINGS, currency: 'USD' });
		expect((await loadReferralSettings(db)).currency).toBe('USD');
	});
});

describe('redeeming', () => {
	it('creates the friend’s card, links it to the referrer and credits the reward once', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		expect((await lookUpVoucher(db, formatCode(v.code).toLowerCase(), today)).status).toBe('valid');
		const result = await redeemVoucher(db, v.code, { fields: person('Friend', 'New') }, today);
		expect(result.friend.firstName).toBe('Friend');
		expect(result.redemption).toMatchObject({
			referrerId: ann.id,
			friendId: result.friend.id,
			kind: 'redeem'
		});
		expect(creditBalance(await rewardsOf(db, ann.id))).toBe(1000);
		const used = await lookUpVoucher(db, v.code, today);
		expect(used).toMatchObject({ status: 'used', friendId: result.friend.id });
		await expect(
			redeemVoucher(db, v.code, { fields: person('Other') }, today)
		).rejects.toMatchObject({
			reason: 'used',
			detail: { friendId: result.friend.id }
		});
		// The refused attempt created no card.
		expect(await db.customers.count()).toBe(2);
	});

	it('lets exactly one of many simultaneous redemptions succeed', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const friend = await addCustomer(db, person('Fay'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		const attempts = await Promise.allSettled(
			Array.from({ length: 5 }, () => redeemVoucher(db, v.code, { existingId: friend.id }, today))
		);
		expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
		const refused = attempts.filter((a) => a.status === 'rejected');
		expect(refused).toHaveLength(4);
		for (const r of refused)
			expect((r as PromiseRejectedResult).reason).toMatchObject({ reason: 'used' });
		expect(await rewardsOf(db, ann.id)).toHaveLength(1);
		expect(await db.redemptions.count()).toBe(1);
	});

	it('refuses expired, unknown, typo and self-referral, writing nothing', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		await expect(redeemVoucher(db, v.code, { existingId: ann.id }, today)).rejects.toMatchObject({
			reason: 'self-referral'
		});
		await expect(
			redeemVoucher(db, v.code, { existingId: ann.id }, '2027-01-01')
		).rejects.toMatchObject({ reason: 'expired' });
		const typo = v.code.slice(0, 8) + (v.code[8] === '0' ? '1' : '0');
		await expect(redeemVoucher(db, typo, { existingId: ann.id }, today)).rejects.toMatchObject({
			reason: 'typo'
		});
		await expect(
			redeemVoucher(db, '22222222X', { existingId: ann.id }, today)
		).rejects.toBeInstanceOf(ReferralError);
		expect(await db.redemptions.count()).toBe(0);
		expect(await db.referralRewards.count()).toBe(0);
	});

	it('refuses an invalid new friend card and leaves the voucher unused', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		await expect(redeemVoucher(db, v.code, { fields: person('', '') }, today)).rejects.toThrow();
		expect((await lookUpVoucher(db, v.code, today)).status).toBe('valid');
	});

	it('gives points or a gift when the program says so', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const fay = await addCustomer(db, person('Fay'));
		await saveReferralSettings(db, {
			...DEFAULT_REFERRAL_SETTINGS,
			referrer: { kind: 'points', points: 50 }
		});
		const [p] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		await saveReferralSettings(db, {
			...DEFAULT_REFERRAL_SETTINGS,
			referrer: { kind: 'gift', gift: 'Rose' }
		});
		const [g] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		await redeemVoucher(db, p.code, { existingId: fay.id }, today);
		await redeemVoucher(db, g.code, { fields: person('Gil') }, today);
		expect(await pointsBalance(db, ann.id)).toBe(50);
		const owed = giftsOwed(await rewardsOf(db, ann.id));
		expect(owed.map((r) => r.gift)).toEqual(['Rose']);
		await handOverGift(db, owed[0].id);
		expect(giftsOwed(await rewardsOf(db, ann.id))).toEqual([]);
	});
});

describe('undoing a redemption', () => {
	it('appends an undo with the reason, reopens the voucher and takes the reward back', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		const { redemption, friend } = await redeemVoucher(
			db,
			v.code,
			{ fields: person('Fay') },
			today
		);
		await expect(undoRedemption(db, redemption.id, ' ')).rejects.toMatchObject({
			reason: 'reason-required'
		});
		const undo = await undoRedemption(db, redemption.id, 'Wrong voucher scanned');
		expect(undo).toMatchObject({
			kind: 'undo',
			undoes: redemption.id,
			reason: 'Wrong voucher scanned'
		});
		expect(creditBalance(await rewardsOf(db, ann.id))).toBe(0);
		expect(await rewardsOf(db, ann.id)).toHaveLength(2);
		expect((await lookUpVoucher(db, v.code, today)).status).toBe('valid');
		expect(await redemptionsOf(db, friend.id)).toHaveLength(2);
		await expect(undoRedemption(db, redemption.id, 'again')).rejects.toMatchObject({
			reason: 'not-standing'
		});
	});

	it('takes back referral points as far as the balance allows', async () => {
		const ann = await addCustomer(db, person('Ann'));
		await saveReferralSettings(db, {
			...DEFAULT_REFERRAL_SETTINGS,
			referrer: { kind: 'points', points: 50 }
		});
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		const { redemption } = await redeemVoucher(db, v.code, { fields: person('Fay') }, today);
		await undoRedemption(db, redemption.id, 'Mistake');
		expect(await pointsBalance(db, ann.id)).toBe(0);
		expect((await pointsOf(db, ann.id)).map((l) => l.kind)).toEqual([
			'referral-reversal',
			'referral'
		]);
	});
});

describe('credit, promoters and tracking', () => {
	it('spends credit only up to what is there', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const [v] = (await issueVouchersTo(db, [ann.id], 1, today)).issued;
		await redeemVoucher(db, v.code, { fields: person('Fay') }, today);
		await expect(useCredit(db, ann.id, 1001, 'EUR')).rejects.toBeInstanceOf(ReferralError);
		await useCredit(db, ann.id, 400, 'EUR');
		expect(creditBalance(await rewardsOf(db, ann.id))).toBe(600);
	});

	it('marks promoters', async () => {
		const ann = await addCustomer(db, person('Ann'));
		expect(await isPromoter(db, ann.id)).toBe(false);
		await setPromoter(db, ann.id, true);
		expect(await isPromoter(db, ann.id)).toBe(true);
	});

	it('tracks what is in the database', async () => {
		const ann = await addCustomer(db, person('Ann'));
		const vs = (await issueVouchersTo(db, [ann.id], 3, today)).issued;
		await redeemVoucher(db, vs[0].code, { fields: person('Fay') }, today);
		const data = await trackingData(db);
		const stats = referralStats(data.vouchers, data.redemptions, data.sales, today);
		expect(stats).toMatchObject({ issued: 3, redeemed: 1, conversion: 1 / 3 });
	});
});
