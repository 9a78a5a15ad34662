/** A letter's offer: its terms checked, applied to a sale, and old letter vouchers turned into offers. */
import { describe, expect, it } from 'vitest';
import {
	applyOffer,
	isOfferVoucher,
	offerExpiry,
	offerFromLetterVoucher,
	standingOfferRedemptions,
	validateLetterOffer,
	type OfferRedemption
} from '../../../src/lib/domain/offers';
import { isReferralVoucher, isReferrerThemselves } from '../../../src/lib/domain/referrals';

describe('validateLetterOffer', () => {
	it('accepts each kind of offer with sensible terms', () => {
		for (const terms of [
			{ kind: 'percent', percent: 15, minPurchase: 0 },
			{ kind: 'amount', amount: 1000, minPurchase: 5000 },
			{ kind: 'gift', gift: 'A silk scarf', minPurchase: 0 }
		] as const)
			expect(validateLetterOffer({ terms, validityDays: 30, currency: 'EUR' })).toEqual([]);
	});

	it('names every term that is wrong', () => {
		expect(
			validateLetterOffer({
				terms: { kind: 'percent', percent: 150, minPurchase: -1 },
				validityDays: 0,
				currency: 'EUR'
			})
		).toEqual(['percent-range', 'min-purchase-negative', 'validity-range']);
		expect(
			validateLetterOffer({
				terms: { kind: 'amount', amount: Number.NaN, minPurchase: 0 },
				validityDays: 30,
				currency: 'EUR'
			})
		).toEqual(['amount-positive']);
		expect(
			validateLetterOffer({
				terms: { kind: 'gift', gift: '  ', minPurchase: 0 },
				validityDays: 30,
				currency: 'EUR'
			})
		).toEqual(['gift-required']);
	});
});

describe('applyOffer', () => {
	it('takes a percent off, rounded to the minor unit', () => {
		expect(applyOffer({ kind: 'percent', percent: 15, minPurchase: 0 }, 8450)).toEqual({
			ok: true,
			sale: { amountBefore: 8450, discount: 1268, amountAfter: 7182 }
		});
	});

	it('takes an amount off, never more than the purchase', () => {
		const terms = { kind: 'amount', amount: 1000, minPurchase: 0 } as const;
		expect(applyOffer(terms, 4000)).toMatchObject({ ok: true, sale: { amountAfter: 3000 } });
		expect(applyOffer(terms, 600)).toMatchObject({
			ok: true,
			sale: { discount: 600, amountAfter: 0 }
		});
	});

	it('refuses a purchase below the minimum, and a discount without a purchase', () => {
		expect(applyOffer({ kind: 'percent', percent: 10, minPurchase: 5000 }, 4999)).toEqual({
			ok: false,
			problem: 'below-minimum'
		});
		expect(applyOffer({ kind: 'percent', percent: 10, minPurchase: 0 }, 0)).toEqual({
			ok: false,
			problem: 'amount-required'
		});
	});

	it('names the gift, with or without a purchase', () => {
		const gift = { kind: 'gift', gift: 'A silk scarf', minPurchase: 0 } as const;
		expect(applyOffer(gift, 0)).toEqual({
			ok: true,
			sale: { amountBefore: 0, discount: 0, amountAfter: 0, gift: 'A silk scarf' }
		});
		expect(applyOffer(gift, 2500)).toMatchObject({ ok: true, sale: { amountAfter: 2500 } });
	});
});

describe('offers and referral vouchers side by side', () => {
	it('tells the two kinds apart; rows without a kind are referral vouchers', () => {
		expect(isOfferVoucher({ kind: 'offer' })).toBe(true);
		expect(isOfferVoucher({})).toBe(false);
		expect(isReferralVoucher({})).toBe(true);
		expect(isReferralVoucher({ kind: 'offer' })).toBe(false);
	});

	it('counts the last valid day from the day of printing', () => {
		expect(offerExpiry('2026-12-03', 1)).toBe('2026-12-03');
		expect(offerExpiry('2026-12-03', 30)).toBe('2027-01-01');
	});

	it('keeps only redemptions not undone', () => {
		const base = {
			voucherId: 'v',
			code: 'C',
			customerId: 'c',
			amountBefore: 100,
			discount: 10,
			currency: 'EUR',
			updatedAt: 1
		};
		const events: OfferRedemption[] = [
			{ ...base, id: 'r1', kind: 'redeem', createdAt: 1 },
			{ ...base, id: 'u1', kind: 'undo', undoes: 'r1', createdAt: 2 },
			{ ...base, id: 'r2', kind: 'redeem', createdAt: 3 }
		];
		expect(standingOfferRedemptions(events).map((e) => e.id)).toEqual(['r2']);
	});

	it('turns a letter voucher into an offer for its recipient with the letter’s words', () => {
		const offer = offerFromLetterVoucher(
			{
				id: 'v1',
				code: 'K7QM4XRTB',
				referrerId: 'sarah',
				issuedOn: '2026-11-02',
				expiresOn: '2027-01-30',
				createdAt: 5,
				terms: { currency: 'EUR' }
			},
			{ id: 'c1', templateKey: 'birthday', offer: '15% off anything', currency: 'EUR' },
			9
		);
		expect(offer).toEqual({
			id: 'v1',
			kind: 'offer',
			code: 'K7QM4XRTB',
			holderId: 'sarah',
			issuedOn: '2026-11-02',
			expiresOn: '2027-01-30',
			terms: { kind: 'as-written', text: '15% off anything', minPurchase: 0 },
			currency: 'EUR',
			templateKey: 'birthday',
			campaignId: 'c1',
			createdAt: 5,
			updatedAt: 9
		});
	});
});

describe('isReferrerThemselves', () => {
	const sarah = {
		firstName: 'Sarah',
		lastName: 'Burke',
		phone: '+44 7700 900123',
		email: 'sb@example.com'
	};
	const blank = { firstName: '', lastName: '', phone: '', email: '' };

	it('recognises the referrer typed in again as a new friend', () => {
		expect(isReferrerThemselves(sarah, { ...blank, firstName: 'sarah', lastName: 'BURKE' })).toBe(
			true
		);
		expect(isReferrerThemselves(sarah, { ...blank, firstName: 'S', phone: '07700 900123 ' })).toBe(
			false
		);
		expect(
			isReferrerThemselves(sarah, { ...blank, firstName: 'S', phone: '+44 7700 900123' })
		).toBe(true);
		expect(isReferrerThemselves(sarah, { ...blank, email: ' SB@example.com' })).toBe(true);
	});

	it('lets a real friend through', () => {
		expect(isReferrerThemselves(sarah, { ...blank, firstName: 'Sarah', lastName: 'Jones' })).toBe(
			false
		);
		expect(isReferrerThemselves(sarah, { ...blank, firstName: 'Burke' })).toBe(false);
	});
});
