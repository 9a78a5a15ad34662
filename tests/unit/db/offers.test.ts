/**
 * Offers at the counter: a letter's code bound to its recipient, redeemed with its sale in one
 * transaction and undone with it; and the vouchers letters printed before offers, upgraded.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import {
	campaignOffers,
	issueOfferVouchers,
	recordSaleWithOffer,
	undoOfferSale
} from '../../../src/lib/db/offers';
import { restoreBackup } from '../../../src/lib/db/io';
import { recordLetterBatch } from '../../../src/lib/db/letters';
import {
	issueVouchersTo,
	lookUpVoucher,
	redeemVoucher,
	ReferralError,
	saveReferralSettings,
	trackingData,
	undoRedemption,
	vouchersOf
} from '../../../src/lib/db/referrals';
import { salesOf } from '../../../src/lib/db/sales';
import { CardFileDb, declareVersions } from '../../../src/lib/db/schema';
import type { LetterOffer } from '../../../src/lib/domain/offers';
import { DEFAULT_REFERRAL_SETTINGS } from '../../../src/lib/domain/referrals';
import { customerFields, freshDb } from './helpers';

let db: CardFileDb;
const today = '2026-12-03';
const birthday: LetterOffer = {
	terms: { kind: 'percent', percent: 15, minPurchase: 0 },
	validityDays: 30,
	currency: 'EUR'
};

beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function rejection(promise: Promise<unknown>): Promise<string | undefined> {
	try {
		await promise;
		return undefined;
	} catch (e) {
		return e instanceof ReferralError ? e.reason : String(e);
	}
}

describe('an offer at the counter', () => {
	it('records the discounted sale and uses the code, on the recipient’s card only', async () => {
		const sarah = await addCustomer(db, customerFields({ firstName: 'Sarah', lastName: 'Burke' }));
		const other = await addCustomer(db, customerFields({ firstName: 'Ann' }));
		const { issued } = await issueOfferVouchers(db, [sarah.id], birthday, 'birthday', today);
		const code = issued[0].code;
		const customersBefore = await db.customers.count();

		const check = await lookUpVoucher(db, code, today);
		expect(check.status).toBe('valid');

		const sale = { code, amountBefore: 8000, date: today, category: 'Scarves', currency: 'EUR' };
		expect(await rejection(recordSaleWithOffer(db, { ...sale, customerId: other.id }, today))).toBe(
			'not-holder'
		);
		const result = await recordSaleWithOffer(db, { ...sale, customerId: sarah.id }, today);
		expect(result.sale).toMatchObject({ customerId: sarah.id, amount: 6800, category: 'Scarves' });
		expect(result.redemption).toMatchObject({
			kind: 'redeem',
			customerId: sarah.id,
			saleId: result.sale?.id,
			amountBefore: 8000,
			discount: 1200
		});
		expect((await salesOf(db, sarah.id)).map((s) => s.amount)).toEqual([6800]);
		expect((await db.customers.get(sarah.id))?.totalSpent).toBe(6800);
		// No card, no referral, no reward: an offer is not a referral.
		expect(await db.customers.count()).toBe(customersBefore);
		expect(await db.redemptions.count()).toBe(0);
		expect(await db.referralRewards.count()).toBe(0);
		expect(await rejection(recordSaleWithOffer(db, { ...sale, customerId: sarah.id }, today))).toBe(
			'used'
		);
		expect(await lookUpVoucher(db, code, today)).toMatchObject({
			status: 'used',
			friendId: sarah.id
		});
	});

	it('undoes the sale and the redemption together, and the code works again', async () => {
		const sarah = await addCustomer(db, customerFields({ firstName: 'Sarah' }));
		const { issued } = await issueOfferVouchers(db, [sarah.id], birthday, 'birthday', today);
		const input = {
			code: issued[0].code,
			customerId: sarah.id,
			amountBefore: 10000,
			date: today,
			category: '',
			currency: 'EUR'
		};
		const { redemption } = await recordSaleWithOffer(db, input, today);
		await undoOfferSale(db, redemption.id, 'Wrong card');
		expect(await salesOf(db, sarah.id)).toEqual([]);
		expect((await db.customers.get(sarah.id))?.totalSpent).toBe(0);
		expect((await lookUpVoucher(db, input.code, today)).status).toBe('valid');
		const lines = await db.offerRedemptions.toArray();
		expect(lines.map((l) => l.kind).sort()).toEqual(['redeem', 'undo']);
		expect(await rejection(undoOfferSale(db, redemption.id, 'again'))).toBe('not-standing');
		expect((await recordSaleWithOffer(db, input, today)).sale?.amount).toBe(8500);
	});

	it('refuses a purchase below the minimum, a missing amount, and an expired code', async () => {
		const sarah = await addCustomer(db, customerFields());
		const offer = {
			...birthday,
			terms: { kind: 'amount', amount: 1000, minPurchase: 5000 } as const
		};
		const { issued } = await issueOfferVouchers(db, [sarah.id], offer, 'we-miss-you', today);
		const base = {
			code: issued[0].code,
			customerId: sarah.id,
			date: today,
			category: '',
			currency: 'EUR'
		};
		expect(await rejection(recordSaleWithOffer(db, { ...base, amountBefore: 4000 }, today))).toBe(
			'below-minimum'
		);
		expect(await rejection(recordSaleWithOffer(db, { ...base, amountBefore: 0 }, today))).toBe(
			'amount-required'
		);
		expect(
			await rejection(recordSaleWithOffer(db, { ...base, amountBefore: 6000 }, '2027-01-02'))
		).toBe('expired');
		expect(await db.sales.count()).toBe(0);
	});

	it('hands over a gift without a purchase', async () => {
		const sarah = await addCustomer(db, customerFields());
		const gift = {
			...birthday,
			terms: { kind: 'gift', gift: 'A silk scarf', minPurchase: 0 } as const
		};
		const { issued } = await issueOfferVouchers(db, [sarah.id], gift, 'birthday', today);
		const result = await recordSaleWithOffer(
			db,
			{
				code: issued[0].code,
				customerId: sarah.id,
				amountBefore: 0,
				date: today,
				category: '',
				currency: 'EUR'
			},
			today
		);
		expect(result.sale).toBeUndefined();
		expect(result.redemption.gift).toBe('A silk scarf');
	});

	it('is refused where a referral is redeemed, and a referral code is refused as an offer', async () => {
		const sarah = await addCustomer(db, customerFields({ firstName: 'Sarah' }));
		const { issued } = await issueOfferVouchers(db, [sarah.id], birthday, 'birthday', today);
		expect(
			await rejection(
				redeemVoucher(db, issued[0].code, { fields: customerFields({ firstName: 'New' }) }, today)
			)
		).toBe('offer-code');
		const referral = await issueVouchersTo(db, [sarah.id], 1, today);
		expect(
			await rejection(
				recordSaleWithOffer(
					db,
					{
						code: referral.issued[0].code,
						customerId: sarah.id,
						amountBefore: 1000,
						date: today,
						category: '',
						currency: 'EUR'
					},
					today
				)
			)
		).toBe('not-offer');
		// Offers are not referral vouchers: they do not count in the referral program.
		expect((await vouchersOf(db, sarah.id)).map((v) => v.id)).toEqual([referral.issued[0].id]);
		expect((await trackingData(db)).vouchers).toHaveLength(1);
	});

	it('counts a campaign’s redemptions once its letters are marked as sent', async () => {
		const sarah = await addCustomer(db, customerFields());
		const { issued } = await issueOfferVouchers(db, [sarah.id], birthday, 'birthday', today);
		const campaign = await recordLetterBatch(db, {
			name: 'Birthdays',
			templateKey: 'birthday',
			language: 'en',
			date: today,
			recipientIds: [sarah.id],
			optedOutCount: 0,
			currency: 'EUR',
			audience: 'birthdays',
			offerTerms: birthday.terms,
			summary: 'Birthday',
			offerVoucherIds: issued.map((v) => v.id)
		});
		await recordSaleWithOffer(
			db,
			{
				code: issued[0].code,
				customerId: sarah.id,
				amountBefore: 2000,
				date: today,
				category: '',
				currency: 'EUR'
			},
			today
		);
		const response = await campaignOffers(db, campaign.id);
		expect(response.issued).toBe(1);
		expect(response.redemptions).toHaveLength(1);
		expect(response.redemptions[0].discount).toBe(300);
	});
});

describe('a referral voucher redeemed by its own referrer', () => {
	it('is refused when the referrer is typed in again as a new friend', async () => {
		const sarah = await addCustomer(
			db,
			customerFields({ firstName: 'Sarah', lastName: 'Burke', phone: '+44 7700 900123' })
		);
		const { issued } = await issueVouchersTo(db, [sarah.id], 1, today);
		const before = await db.customers.count();
		expect(
			await rejection(
				redeemVoucher(
					db,
					issued[0].code,
					{ fields: customerFields({ firstName: 'Sarah', lastName: 'Burke' }) },
					today
				)
			)
		).toBe('self-referral');
		expect(
			await rejection(redeemVoucher(db, issued[0].code, { existingId: sarah.id }, today))
		).toBe('self-referral');
		expect(await db.customers.count()).toBe(before);
		expect(await db.referralRewards.count()).toBe(0);
		expect((await lookUpVoucher(db, issued[0].code, today)).status).toBe('valid');
	});
});

describe('upgrading letters’ vouchers to offers (schema 8)', () => {
	it('turns each letter’s code into an offer for its recipient, and leaves the rest', async () => {
		const name = `offers-upgrade-${Math.random()}`;
		const old = new Dexie(name);
		declareVersions(old, 7);
		await old.open();
		const terms = { ...DEFAULT_REFERRAL_SETTINGS, currency: 'EUR' };
		const voucher = (
			id: string,
			code: string,
			referrerId: string,
			issuedOn: string,
			extra = {}
		) => ({
			id,
			code,
			referrerId,
			issuedOn,
			expiresOn: '2027-03-01',
			terms,
			createdAt: 1,
			updatedAt: 1,
			...extra
		});
		const campaign = (
			id: string,
			templateKey: string,
			date: string,
			recipientIds: string[],
			offer?: string
		) => ({
			id,
			name: id,
			templateKey,
			language: 'en',
			date,
			recipientIds,
			optedOutCount: 0,
			currency: 'EUR',
			audience: 'all',
			...(offer ? { offer } : {}),
			createdAt: 2,
			updatedAt: 2
		});
		await old
			.table('campaigns')
			.bulkAdd([
				campaign('birthdays', 'birthday', '2026-11-02', ['sarah', 'tom'], '15% off anything'),
				campaign('invites', 'referral', '2026-11-02', ['ann']),
				campaign('thanks', 'thank-you', '2026-11-05', ['sarah'])
			]);
		await old.table('vouchers').bulkAdd([
			voucher('v-sarah', '11111111A', 'sarah', '2026-11-02'),
			voucher('v-tom', '22222222B', 'tom', '2026-11-02'),
			// Redeemed already: its history stands as it is.
			voucher('v-tom-used', '33333333C', 'tom', '2026-11-02', { redeemedAt: 5, redemptionId: 'r' }),
			// A referral letter's code is for a friend: it stays a referral voucher.
			voucher('v-ann', '44444444D', 'ann', '2026-11-02'),
			// Given at the counter another day, or on the day of a letter without a code.
			voucher('v-sarah-counter', '55555555E', 'sarah', '2026-10-01'),
			voucher('v-sarah-thanks-day', '66666666F', 'sarah', '2026-11-05')
		]);
		old.close();

		const current = new CardFileDb(name);
		await current.open();
		const rows = new Map((await current.vouchers.toArray()).map((v) => [v.id, v]));
		expect(rows.get('v-sarah')).toMatchObject({
			kind: 'offer',
			holderId: 'sarah',
			code: '11111111A',
			expiresOn: '2027-03-01',
			terms: { kind: 'as-written', text: '15% off anything' },
			campaignId: 'birthdays',
			templateKey: 'birthday'
		});
		expect(rows.get('v-sarah')).not.toHaveProperty('referrerId');
		expect(rows.get('v-tom')).toMatchObject({ kind: 'offer', holderId: 'tom' });
		for (const kept of ['v-tom-used', 'v-ann', 'v-sarah-counter', 'v-sarah-thanks-day'])
			expect(rows.get(kept)).not.toHaveProperty('kind');
		expect(rows.size).toBe(6);
		expect(
			(await current.vouchers.where('holderId').equals('sarah').toArray()).map((v) => v.id)
		).toEqual(['v-sarah']);
		current.close();
		await Dexie.delete(name);
	});
});

describe('restoring a backup from before offers', () => {
	it('upgrades its letters’ codes as the database upgrade does', async () => {
		const sarah = await addCustomer(db, customerFields({ firstName: 'Sarah' }));
		await restoreBackup(
			db,
			{
				schemaVersion: 7,
				createdAt: 1,
				tables: {
					customers: [sarah as unknown as Record<string, unknown>],
					campaigns: [
						{
							id: 'c',
							name: 'Birthdays',
							templateKey: 'birthday',
							language: 'en',
							date: '2026-11-02',
							recipientIds: [sarah.id],
							optedOutCount: 0,
							currency: 'EUR',
							audience: 'all',
							offer: 'A silk scarf',
							createdAt: 2,
							updatedAt: 2
						}
					],
					vouchers: [
						{
							id: 'v',
							code: '11111111A',
							referrerId: sarah.id,
							issuedOn: '2026-11-02',
							expiresOn: '2027-01-30',
							terms: DEFAULT_REFERRAL_SETTINGS,
							createdAt: 1,
							updatedAt: 1
						}
					]
				}
			},
			'replace'
		);
		expect(await db.vouchers.get('v')).toMatchObject({
			kind: 'offer',
			holderId: sarah.id,
			terms: { kind: 'as-written', text: 'A silk scarf' }
		});
	});
});

describe('a referral redeemed with the friend’s first sale', () => {
	it('records the discounted sale in the same step, and an undo voids it with the redemption', async () => {
		const sarah = await addCustomer(db, customerFields({ firstName: 'Sarah', lastName: 'Burke' }));
		const { issued } = await issueVouchersTo(db, [sarah.id], 1, today);
		const result = await redeemVoucher(
			db,
			issued[0].code,
			{ fields: customerFields({ firstName: 'Nora', lastName: 'Quinn' }) },
			today,
			Date.now(),
			{ amountBefore: 5000, date: today, category: 'Roses', currency: 'EUR' }
		);
		expect(result.sale).toMatchObject({ customerId: result.friend.id, amount: 4500 });
		expect(result.redemption).toMatchObject({ saleId: result.sale?.id, discount: 500 });
		expect((await db.customers.get(result.friend.id))?.totalSpent).toBe(4500);
		await undoRedemption(db, result.redemption.id, 'Typed the wrong code');
		expect(await salesOf(db, result.friend.id)).toEqual([]);
		expect((await lookUpVoucher(db, issued[0].code, today)).status).toBe('valid');
	});

	it('refuses a first sale below the minimum, and writes nothing', async () => {
		await saveReferralSettings(db, {
			...DEFAULT_REFERRAL_SETTINGS,
			friend: { kind: 'amount', amount: 1000, minPurchase: 3000 }
		});
		const sarah = await addCustomer(db, customerFields({ firstName: 'Sarah' }));
		const { issued } = await issueVouchersTo(db, [sarah.id], 1, today);
		const before = await db.customers.count();
		expect(
			await rejection(
				redeemVoucher(
					db,
					issued[0].code,
					{ fields: customerFields({ firstName: 'Nora', lastName: 'Quinn' }) },
					today,
					Date.now(),
					{ amountBefore: 2000, date: today, category: '', currency: 'EUR' }
				)
			)
		).toBe('below-minimum');
		expect(await db.customers.count()).toBe(before);
		expect(await db.sales.count()).toBe(0);
	});
});
