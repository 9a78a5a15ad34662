/**
 * Offers: what a letter promises its one recipient (15% off, 10 EUR off, a gift), printed as a
 * code bound to that customer's card. The counter gives exactly these terms, on that card only,
 * once. Referral vouchers (referrals.ts) are another kind: a customer hands them to a friend.
 * Both live in the vouchers table, so a code is unique across the two and the counter checks one
 * place.
 */
import { addDays } from './referrals';
import type { EpochMs, Id, IsoDate, Minor, Tracked } from './types';

/** What the offer gives. `as-written` is a letter's own words, from before offers had terms. */
export type OfferTerms =
	| { kind: 'percent'; percent: number; minPurchase: Minor }
	| { kind: 'amount'; amount: Minor; minPurchase: Minor }
	| { kind: 'gift'; gift: string; minPurchase: Minor }
	| { kind: 'as-written'; text: string; minPurchase: Minor };

export type OfferKind = OfferTerms['kind'];

/** The offer set on a batch of letters: the terms, how long each code is good for, the money. */
export interface LetterOffer {
	terms: OfferTerms;
	validityDays: number;
	currency: string;
}

export const DEFAULT_LETTER_OFFER: LetterOffer = {
	terms: { kind: 'percent', percent: 10, minPurchase: 0 },
	validityDays: 60,
	currency: 'EUR'
};

/** A code printed on one customer's letter, good for that customer only. */
export interface OfferVoucher extends Tracked {
	kind: 'offer';
	/** Canonical form, no dash (the same alphabet and check letter as referral codes). */
	code: string;
	/** The customer the letter was addressed to: the only card that may redeem it. */
	holderId: Id;
	issuedOn: IsoDate;
	/** Last day it can be redeemed. */
	expiresOn: IsoDate;
	/** A copy of the batch's offer at printing: a later change never changes a printed letter. */
	terms: OfferTerms;
	currency: string;
	/** The template the letter was printed from, for the counter's words ("birthday letter"). */
	templateKey: string;
	/** Set when the batch is marked as sent and saved as a campaign. */
	campaignId?: Id;
	redeemedAt?: EpochMs;
	redemptionId?: Id;
}

/** Append-only: an offer used at the counter with the sale it was taken off, or its undoing. */
export interface OfferRedemption extends Tracked {
	kind: 'redeem' | 'undo';
	voucherId: Id;
	code: string;
	customerId: Id;
	/** The sale recorded with the offer; absent for a gift handed over without a purchase. */
	saleId?: Id;
	campaignId?: Id;
	/** The purchase before the offer, and what the offer took off it. */
	amountBefore: Minor;
	discount: Minor;
	currency: string;
	gift?: string;
	undoes?: Id;
	reason?: string;
}

export type OfferError =
	| 'percent-range'
	| 'amount-positive'
	| 'gift-required'
	| 'min-purchase-negative'
	| 'validity-range';

export function validateLetterOffer(offer: LetterOffer): OfferError[] {
	const errors: OfferError[] = [];
	const { terms } = offer;
	if (terms.kind === 'percent') {
		if (!Number.isInteger(terms.percent) || terms.percent < 1 || terms.percent > 100)
			errors.push('percent-range');
	} else if (terms.kind === 'amount') {
		if (!Number.isSafeInteger(terms.amount) || terms.amount <= 0) errors.push('amount-positive');
	} else if (terms.kind === 'gift') {
		if (terms.gift.trim().length === 0) errors.push('gift-required');
	} else if (terms.text.trim().length === 0) errors.push('gift-required');
	if (!Number.isSafeInteger(terms.minPurchase) || terms.minPurchase < 0)
		errors.push('min-purchase-negative');
	if (!Number.isInteger(offer.validityDays) || offer.validityDays < 1 || offer.validityDays > 3650)
		errors.push('validity-range');
	return errors;
}

/** The last day a code printed on `issuedOn` can be used. */
export function offerExpiry(issuedOn: IsoDate, validityDays: number): IsoDate {
	return addDays(issuedOn, validityDays - 1);
}

export type OfferSaleProblem = 'below-minimum' | 'amount-required';

export interface OfferSale {
	amountBefore: Minor;
	discount: Minor;
	/** What the customer pays, and what the sales ledger records. */
	amountAfter: Minor;
	gift?: string;
}

/**
 * The sale with the offer applied. A percent or amount offer needs the purchase to take it off;
 * a gift needs none (0 records the gift alone). Below the minimum purchase the offer does not
 * apply, and the counter says so rather than recording a sale without it.
 */
export function applyOffer(
	terms: OfferTerms,
	amountBefore: Minor
): { ok: true; sale: OfferSale } | { ok: false; problem: OfferSaleProblem } {
	const needsPurchase = terms.kind === 'percent' || terms.kind === 'amount';
	if (needsPurchase && amountBefore <= 0) return { ok: false, problem: 'amount-required' };
	if (amountBefore < terms.minPurchase) return { ok: false, problem: 'below-minimum' };
	let discount = 0;
	if (terms.kind === 'percent') discount = Math.round((amountBefore * terms.percent) / 100);
	else if (terms.kind === 'amount') discount = Math.min(terms.amount, amountBefore);
	const sale: OfferSale = { amountBefore, discount, amountAfter: amountBefore - discount };
	if (terms.kind === 'gift') sale.gift = terms.gift;
	return { ok: true, sale };
}

/** A stored voucher row is an offer when it says so; rows without a kind are referral vouchers. */
export function isOfferVoucher(row: { kind?: string }): row is OfferVoucher {
	return row.kind === 'offer';
}

/** Redemptions of offers that stand (not undone), for a campaign's response. */
export function standingOfferRedemptions(events: readonly OfferRedemption[]): OfferRedemption[] {
	const undone = new Set(events.filter((e) => e.kind === 'undo').map((e) => e.undoes));
	return events.filter((e) => e.kind === 'redeem' && !undone.has(e.id));
}

export interface OfferResponse {
	issued: number;
	redeemed: number;
	/** What the standing redemptions took off their sales, in minor units. */
	discount: Minor;
}

/** Per campaign: its letters' codes, how many were used at the counter, and what they gave. */
export function offerResponses(
	offers: readonly Pick<OfferVoucher, 'campaignId' | 'deletedAt'>[],
	redemptions: readonly OfferRedemption[]
): Map<Id, OfferResponse> {
	const byCampaign = new Map<Id, OfferResponse>();
	const row = (id: Id) => {
		let found = byCampaign.get(id);
		if (!found) byCampaign.set(id, (found = { issued: 0, redeemed: 0, discount: 0 }));
		return found;
	};
	for (const offer of offers)
		if (offer.campaignId && offer.deletedAt === undefined) row(offer.campaignId).issued++;
	for (const r of standingOfferRedemptions(redemptions)) {
		if (!r.campaignId) continue;
		const found = row(r.campaignId);
		found.redeemed++;
		found.discount += r.discount;
	}
	return byCampaign;
}

/**
 * What a voucher printed by a letter before offers existed becomes: an offer bound to the letter's
 * recipient with the campaign's words as its terms, keeping its code and its dates. The letter
 * promised those words, not the referral program's friend discount the code checked as.
 */
export function offerFromLetterVoucher(
	voucher: {
		id: Id;
		code: string;
		referrerId: Id;
		issuedOn: IsoDate;
		expiresOn: IsoDate;
		createdAt: EpochMs;
		deletedAt?: EpochMs;
		terms: { currency: string };
	},
	campaign: { id: Id; templateKey: string; offer?: string; currency: string },
	now: EpochMs
): OfferVoucher {
	const text = campaign.offer?.trim();
	const offer: OfferVoucher = {
		id: voucher.id,
		kind: 'offer',
		code: voucher.code,
		holderId: voucher.referrerId,
		issuedOn: voucher.issuedOn,
		expiresOn: voucher.expiresOn,
		terms: text
			? { kind: 'as-written', text, minPurchase: 0 }
			: { kind: 'as-written', text: '—', minPurchase: 0 },
		currency: campaign.currency || voucher.terms.currency,
		templateKey: campaign.templateKey,
		campaignId: campaign.id,
		createdAt: voucher.createdAt,
		updatedAt: now
	};
	if (voucher.deletedAt !== undefined) offer.deletedAt = voucher.deletedAt;
	return offer;
}
