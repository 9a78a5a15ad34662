/** Letters' vouchers and merge data: one voucher per letter, never twice on a re-print. */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { adjustPoints, pointsBalances } from '../../../src/lib/db/points';
import { issueVouchersTo, saveReferralSettings } from '../../../src/lib/db/referrals';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { DEFAULT_REFERRAL_SETTINGS } from '../../../src/lib/domain/referrals';
import { parseCode } from '../../../src/lib/domain/referrals-code';
import {
	fromOfferIssue,
	fromReferralIssue,
	LetterVouchers
} from '../../../src/lib/features/letters/letter-vouchers';
import { issueOfferVouchers } from '../../../src/lib/db/offers';
import type { LetterOffer } from '../../../src/lib/domain/offers';
import { recipientOf } from '../../../src/lib/features/letters/recipients';
import { customerFields, freshDb } from './helpers';

let db: CardFileDb;
const today = '2026-02-10';

beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

describe('LetterVouchers', () => {
	it('issues one valid voucher per recipient, and a re-print issues none', async () => {
		const a = await addCustomer(db, customerFields({ firstName: 'Ada' }));
		const b = await addCustomer(db, customerFields({ firstName: 'Bo' }));
		const vouchers = new LetterVouchers();
		const issue = async (ids: readonly string[]) =>
			fromReferralIssue(await issueVouchersTo(db, ids, 1, today));
		const first = await vouchers.codesFor('referral', [a.id, b.id], issue);
		expect(first.codes.size).toBe(2);
		expect(new Set(first.codes.values()).size).toBe(2);
		for (const code of first.codes.values()) {
			expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
			expect(parseCode(code).ok).toBe(true);
		}
		expect(await db.vouchers.count()).toBe(2);

		const again = await vouchers.codesFor('referral', [a.id, b.id], issue);
		expect(again.codes).toEqual(first.codes);
		expect(await db.vouchers.count()).toBe(2);

		// Once the batch is sent, a new batch is new letters with new vouchers.
		vouchers.sent('referral', [a.id, b.id]);
		const next = await vouchers.codesFor('referral', [a.id], issue);
		expect(next.codes.get(a.id)).not.toBe(first.codes.get(a.id));
		expect(await db.vouchers.count()).toBe(3);
	});

	it('skips and counts customers who hold the most vouchers allowed', async () => {
		await saveReferralSettings(db, { ...DEFAULT_REFERRAL_SETTINGS, maxHeldPerCustomer: 1 });
		const full = await addCustomer(db, customerFields({ firstName: 'Full' }));
		const free = await addCustomer(db, customerFields({ firstName: 'Free' }));
		await issueVouchersTo(db, [full.id], 1, today);
		const vouchers = new LetterVouchers();
		const result = await vouchers.codesFor('referral', [full.id, free.id], async (ids) =>
			fromReferralIssue(await issueVouchersTo(db, ids, 1, today))
		);
		expect([...result.codes.keys()]).toEqual([free.id]);
		expect(result.skipped).toBe(1);
	});
});

describe('LetterVouchers with an offer', () => {
	const offer: LetterOffer = {
		terms: { kind: 'percent', percent: 15, minPurchase: 0 },
		validityDays: 30,
		currency: 'EUR'
	};

	it('issues offers bound to each recipient, none counted against the referral limit', async () => {
		await saveReferralSettings(db, { ...DEFAULT_REFERRAL_SETTINGS, maxHeldPerCustomer: 1 });
		const a = await addCustomer(db, customerFields({ firstName: 'Ada' }));
		await issueVouchersTo(db, [a.id], 1, today);
		const vouchers = new LetterVouchers();
		const issue = async (ids: readonly string[]) =>
			fromOfferIssue(await issueOfferVouchers(db, ids, offer, 'birthday', today));
		const batch = `birthday|${JSON.stringify(offer)}`;
		const first = await vouchers.codesFor(batch, [a.id], issue);
		expect(first.skipped).toBe(0);
		expect(first.voucherIds).toHaveLength(1);
		const stored = await db.vouchers.get(first.voucherIds[0]);
		expect(stored).toMatchObject({
			kind: 'offer',
			holderId: a.id,
			terms: offer.terms,
			expiresOn: '2026-03-11',
			templateKey: 'birthday'
		});
		expect(stored).not.toHaveProperty('referrerId');
		// A re-print of the same batch reuses the code; another offer is another batch.
		expect((await vouchers.codesFor(batch, [a.id], issue)).codes).toEqual(first.codes);
		const other = { ...offer, terms: { ...offer.terms, percent: 20 } };
		const second = await vouchers.codesFor(
			`birthday|${JSON.stringify(other)}`,
			[a.id],
			async (ids) => fromOfferIssue(await issueOfferVouchers(db, ids, other, 'birthday', today))
		);
		expect(second.codes.get(a.id)).not.toBe(first.codes.get(a.id));
	});
});

describe('letter merge data', () => {
	it('reads points balances from the ledger and fills the letter recipient', async () => {
		const a = await addCustomer(db, customerFields({ firstName: 'Ada' }));
		const b = await addCustomer(db, customerFields({ firstName: 'Bo' }));
		await adjustPoints(db, a.id, 40, 'welcome');
		const balances = await pointsBalances(db, [a.id, b.id]);
		expect(balances).toEqual(
			new Map([
				[a.id, 40],
				[b.id, 0]
			])
		);
		const recipient = recipientOf(a, {
			points: balances,
			vouchers: new Map([[a.id, 'K7QM-4XRT-B']]),
			groupOf: (id) => (id === a.id ? 'Regular, heavy' : undefined)
		});
		expect(recipient).toMatchObject({
			points: 40,
			voucherCode: 'K7QM-4XRT-B',
			group: 'Regular, heavy'
		});
		expect(recipientOf(b).points).toBeUndefined();
	});
});
