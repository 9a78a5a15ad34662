import { describe, expect, it } from 'vitest';
import {
	answerFeedback,
	counterFormOf,
	counterFormOverview,
	CounterFormError,
	deleteFeedback,
	linkNamedFriend,
	signUpWithCounterForm
} from '../../../src/lib/db/counter-form';
import {
	addCustomer,
	CustomerValidationError,
	deleteCustomer
} from '../../../src/lib/db/customers';
import { eraseCustomer } from '../../../src/lib/db/io';
import { monthEntrants } from '../../../src/lib/db/kiosk';
import { issueVouchersTo, redeemVoucher, redemptionsOf } from '../../../src/lib/db/referrals';
import { formatCode } from '../../../src/lib/domain/referrals-code';
import { customerFields, freshDb } from './helpers';

const today = '2026-11-03';
const NOV_3 = new Date(2026, 10, 3, 10).getTime();
const address = { street: '5 Rose Lane', postalCode: '12345', city: 'Springfield', country: '' };

async function shopWithVoucher() {
	const db = freshDb();
	const referrer = await addCustomer(
		db,
		customerFields({ firstName: 'Rita', lastName: 'Referrer', phone: '050 111 2222' }),
		NOV_3
	);
	const [voucher] = (await issueVouchersTo(db, [referrer.id], 1, today, NOV_3)).issued;
	return { db, referrer, voucher };
}

describe('sign-up with the complete counter form', () => {
	it("links a new prospect with an address to the referrer of a friend's voucher", async () => {
		const { db, referrer, voucher } = await shopWithVoucher();
		const result = await signUpWithCounterForm(
			db,
			{
				fields: customerFields({
					firstName: 'Fay',
					lastName: 'Friend',
					email: 'fay@x.org',
					address
				}),
				source: 'passing-by',
				voucherCode: formatCode(voucher.code).toLowerCase(),
				rating: 5,
				suggestion: ' More tulips '
			},
			today,
			NOV_3 + 1
		);
		expect(result.codeOutcome).toBe('linked');
		expect(result.customer).toMatchObject({ address, visits: 0 });
		const [redemption] = await redemptionsOf(db, result.customer.id);
		expect(redemption).toMatchObject({ referrerId: referrer.id, friendId: result.customer.id });
		expect((await db.vouchers.get(voucher.id))?.redemptionId).toBe(redemption.id);
		expect(await monthEntrants(db, '2026-11')).toEqual([result.customer.id]);
		const form = await counterFormOf(db, result.customer.id);
		// A code given means a friend sent them, whatever else was ticked.
		expect(form.sources).toEqual([
			expect.objectContaining({
				source: 'friend',
				voucherCode: voucher.code,
				codeOutcome: 'linked',
				referrerId: referrer.id,
				redemptionId: redemption.id
			})
		]);
		expect(form.feedback).toEqual([
			expect.objectContaining({ rating: 5, suggestion: 'More tulips', createdAt: NOV_3 + 1 })
		]);
		expect(typeof form.feedback[0].id).toBe('string');
	});

	it('asks to correct a code with a typo and writes nothing', async () => {
		const { db, voucher } = await shopWithVoucher();
		const typo = voucher.code.slice(0, -1) + (voucher.code.endsWith('2') ? '3' : '2');
		await expect(
			signUpWithCounterForm(db, { fields: customerFields({ firstName: 'Fay' }), voucherCode: typo })
		).rejects.toEqual(new CounterFormError('code-typo'));
		expect(await db.customers.count()).toBe(1);
		expect(await db.drawingEntries.count()).toBe(0);
	});

	it('signs up without the link when the code is used, and keeps the code for the owner', async () => {
		const { db, referrer, voucher } = await shopWithVoucher();
		await redeemVoucher(
			db,
			voucher.code,
			{ fields: customerFields({ firstName: 'First' }) },
			today
		);
		const result = await signUpWithCounterForm(
			db,
			{ fields: customerFields({ firstName: 'Second' }), voucherCode: voucher.code },
			today
		);
		expect(result.codeOutcome).toBe('used');
		expect(await redemptionsOf(db, result.customer.id)).toEqual([]);
		const { sources } = await counterFormOf(db, result.customer.id);
		expect(sources[0]).toMatchObject({ source: 'friend', codeOutcome: 'used' });
		expect(sources[0].referrerId).toBeUndefined();
		expect(referrer.id).toBeTruthy();
	});

	it('does not let the referrer use their own voucher, and refuses an unknown one gently', async () => {
		const { db, voucher } = await shopWithVoucher();
		const self = await signUpWithCounterForm(
			db,
			{
				fields: customerFields({ firstName: 'Rita', lastName: 'Referrer', phone: '0501112222' }),
				voucherCode: voucher.code
			},
			today
		);
		expect(self.codeOutcome).toBe('self-referral');
		expect((await db.vouchers.get(voucher.id))?.redeemedAt).toBeUndefined();
		const { db: other, voucher: elsewhere } = await shopWithVoucher();
		await other.vouchers.delete(elsewhere.id);
		const unknown = await signUpWithCounterForm(
			other,
			{ fields: customerFields({ firstName: 'Uma' }), voucherCode: elsewhere.code },
			today
		);
		expect(unknown.codeOutcome).toBe('unknown');
	});

	it('refuses an expired code without blocking the sign-up', async () => {
		const { db, voucher } = await shopWithVoucher();
		const result = await signUpWithCounterForm(
			db,
			{ fields: customerFields({ firstName: 'Late' }), voucherCode: voucher.code },
			'2099-01-01'
		);
		expect(result.codeOutcome).toBe('expired');
		expect(await db.customers.count()).toBe(2);
	});

	it("keeps a friend's name as text only, and writes no source or feedback when none is given", async () => {
		const db = freshDb();
		const named = await signUpWithCounterForm(db, {
			fields: customerFields({ firstName: 'Nia' }),
			friendName: ' Ann Levi '
		});
		expect((await counterFormOf(db, named.customer.id)).sources[0]).toMatchObject({
			source: 'friend',
			friendName: 'Ann Levi'
		});
		expect(named.source?.referrerId).toBeUndefined();
		const bare = await signUpWithCounterForm(db, { fields: customerFields({ firstName: 'Ola' }) });
		expect(await counterFormOf(db, bare.customer.id)).toEqual({ sources: [], feedback: [] });
	});

	it('writes nothing when the card is refused or the suggestion is too long', async () => {
		const { db, voucher } = await shopWithVoucher();
		await expect(
			signUpWithCounterForm(db, {
				fields: customerFields({ firstName: '', lastName: '' }),
				voucherCode: voucher.code,
				rating: 3
			})
		).rejects.toBeInstanceOf(CustomerValidationError);
		await expect(
			signUpWithCounterForm(db, { fields: customerFields(), suggestion: 'x'.repeat(1001) })
		).rejects.toEqual(new CounterFormError('suggestion-long'));
		expect(await db.customers.count()).toBe(1);
		expect((await db.vouchers.get(voucher.id))?.redeemedAt).toBeUndefined();
		expect(await db.feedback.count()).toBe(0);
		expect(await db.signUpSources.count()).toBe(0);
	});
});

describe("the owner's side", () => {
	it('answers feedback, links a named friend, and summarises live cards only', async () => {
		const db = freshDb();
		const ann = await addCustomer(db, customerFields({ firstName: 'Ann', lastName: 'Levi' }));
		const a = await signUpWithCounterForm(db, {
			fields: customerFields({ firstName: 'Nia' }),
			friendName: 'Ann Levi',
			rating: 4,
			suggestion: 'Longer hours'
		});
		const b = await signUpWithCounterForm(db, {
			fields: customerFields({ firstName: 'Ola' }),
			source: 'newspaper',
			rating: 2
		});
		const answered = await answerFeedback(db, a.feedback!.id, ' Thank you! ', 99);
		expect(answered).toMatchObject({ answer: 'Thank you!', answeredAt: 99, updatedAt: 99 });
		await expect(answerFeedback(db, a.feedback!.id, '  ')).rejects.toEqual(
			new CounterFormError('answer-empty')
		);
		await expect(linkNamedFriend(db, a.source!.id, a.customer.id)).rejects.toThrow();
		const linked = await linkNamedFriend(db, a.source!.id, ann.id, 100);
		expect(linked).toMatchObject({ referrerId: ann.id, linkedAt: 100, friendName: 'Ann Levi' });

		let overview = await counterFormOverview(db);
		expect(overview.feedback).toHaveLength(2);
		expect(overview.names.get(ann.id)).toBe('Ann Levi');
		await deleteCustomer(db, b.customer.id);
		overview = await counterFormOverview(db);
		expect(overview.feedback.map((f) => f.id)).toEqual([a.feedback!.id]);
		expect(overview.sources.map((s) => s.id)).toEqual([a.source!.id]);

		await deleteFeedback(db, a.feedback!.id, 200);
		expect((await db.feedback.get(a.feedback!.id))?.deletedAt).toBe(200);
		expect((await counterFormOf(db, a.customer.id)).feedback).toEqual([]);
	});

	it('erasing a customer on request removes their feedback and how they heard of the shop', async () => {
		const db = freshDb();
		const { customer } = await signUpWithCounterForm(db, {
			fields: customerFields({ firstName: 'Eve' }),
			source: 'social-media',
			rating: 5,
			suggestion: 'Nice'
		});
		const keep = await signUpWithCounterForm(db, {
			fields: customerFields({ firstName: 'Kim' }),
			rating: 3
		});
		await eraseCustomer(db, customer.id);
		expect(await db.feedback.where('customerId').equals(customer.id).count()).toBe(0);
		expect(await db.signUpSources.where('customerId').equals(customer.id).count()).toBe(0);
		expect(await db.feedback.count()).toBe(1);
		expect(keep.feedback).toBeDefined();
	});
});
