import { describe, expect, it } from 'vitest';
import {
	addDays,
	checkVoucher,
	DEFAULT_REFERRAL_SETTINGS,
	discountFor,
	expiryFor,
	issuableCount,
	readiness,
	recentFirstTimeBuyers,
	referralStats,
	validateReferralSettings,
	type RedemptionEvent,
	type ReferralSettings,
	type Voucher
} from '../../../src/lib/domain/referrals';
import { formatCode, generateCode } from '../../../src/lib/domain/referrals-code';

function voucher(over: Partial<Voucher> = {}): Voucher {
	return {
		id: over.id ?? `v-${Math.random()}`,
		code: generateCode(),
		referrerId: 'ref',
		issuedOn: '2026-01-01',
		expiresOn: '2026-03-31',
		terms: DEFAULT_REFERRAL_SETTINGS,
		createdAt: 0,
		updatedAt: 0,
		...over
	};
}

describe('referral settings', () => {
	it('accepts the defaults and each kind of incentive and reward', () => {
		expect(validateReferralSettings(DEFAULT_REFERRAL_SETTINGS)).toEqual([]);
		const s: ReferralSettings = {
			...DEFAULT_REFERRAL_SETTINGS,
			friend: { kind: 'amount', amount: 500, minPurchase: 2000 },
			referrer: { kind: 'gift', gift: 'A rose' }
		};
		expect(validateReferralSettings(s)).toEqual([]);
		expect(validateReferralSettings({ ...s, referrer: { kind: 'points', points: 50 } })).toEqual(
			[]
		);
	});

	it('names what is wrong', () => {
		const bad: ReferralSettings = {
			friend: { kind: 'percent', percent: 0, minPurchase: -1 },
			referrer: { kind: 'gift', gift: '  ' },
			validityDays: 0,
			maxHeldPerCustomer: 0,
			currency: 'EUR'
		};
		expect(validateReferralSettings(bad)).toEqual([
			'percent-range',
			'min-purchase-negative',
			'gift-required',
			'validity-range',
			'max-held-range'
		]);
		expect(
			validateReferralSettings({
				...DEFAULT_REFERRAL_SETTINGS,
				friend: { kind: 'amount', amount: 0, minPurchase: 0 },
				referrer: { kind: 'credit', amount: -5 }
			})
		).toEqual(['amount-positive', 'reward-positive']);
	});
});

describe('validity', () => {
	const today = '2026-02-10';
	const v = voucher();
	const find = (code: string) => (code === v.code ? v : undefined);

	it('is valid until the end of the expiry day', () => {
		expect(checkVoucher(formatCode(v.code).toLowerCase(), find, today)).toEqual({
			status: 'valid',
			voucher: v
		});
		expect(checkVoucher(v.code, find, '2026-03-31').status).toBe('valid');
		expect(checkVoucher(v.code, find, '2026-04-01').status).toBe('expired');
	});

	it('says already used, with when and by whom', () => {
		const used = { ...v, redeemedAt: 123, redemptionId: 'r1' };
		expect(
			checkVoucher(
				v.code,
				() => used,
				today,
				() => 'friend'
			)
		).toEqual({
			status: 'used',
			voucher: used,
			redeemedAt: 123,
			friendId: 'friend'
		});
		// A used voucher that has also expired is still reported as used: that is the news.
		expect(checkVoucher(v.code, () => used, '2027-01-01').status).toBe('used');
	});

	it('tells unknown codes from typos and from junk', () => {
		const other = generateCode();
		expect(checkVoucher(other, () => undefined, today)).toEqual({ status: 'unknown', code: other });
		const typo = v.code.slice(0, 3) + (v.code[3] === 'A' ? 'B' : 'A') + v.code.slice(4);
		expect(checkVoucher(typo, find, today)).toEqual({ status: 'typo' });
		expect(checkVoucher('hello', find, today)).toEqual({ status: 'malformed' });
		expect(checkVoucher(v.code, () => ({ ...v, deletedAt: 1 }), today).status).toBe('unknown');
	});

	it('expires validityDays after issue, counting the issue day', () => {
		expect(expiryFor('2026-01-01', 1)).toBe('2026-01-01');
		expect(expiryFor('2026-01-01', 90)).toBe('2026-03-31');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});
});

describe('friend incentive', () => {
	it('gives a fixed amount, never more than the purchase, above the minimum', () => {
		const inc = { kind: 'amount', amount: 1000, minPurchase: 5000 } as const;
		expect(discountFor(inc, 4999)).toBe(0);
		expect(discountFor(inc, 5000)).toBe(1000);
		expect(discountFor({ ...inc, minPurchase: 0 }, 600)).toBe(600);
	});

	it('gives a percentage, rounded to the minor unit', () => {
		expect(discountFor({ kind: 'percent', percent: 15, minPurchase: 0 }, 1999)).toBe(300);
	});
});

describe('vouchers held', () => {
	it('counts only unused, unexpired vouchers against the limit', () => {
		const today = '2026-02-10';
		const vs = [
			voucher(),
			voucher(),
			voucher({ redeemedAt: 1 }),
			voucher({ expiresOn: '2026-02-09' }),
			voucher({ deletedAt: 1 })
		];
		expect(issuableCount(vs, { maxHeldPerCustomer: 3 }, today)).toBe(1);
		expect(issuableCount(vs, { maxHeldPerCustomer: 1 }, today)).toBe(0);
	});
});

describe('first-time buyers', () => {
	it('suggests cards with one visit, bought within the last two weeks', () => {
		const today = '2026-02-15';
		const cards = [
			{ id: 'a', visits: 1, lastPurchase: '2026-02-14' },
			{ id: 'b', visits: 2, lastPurchase: '2026-02-14' },
			{ id: 'c', visits: 1, lastPurchase: '2026-01-01' },
			{ id: 'd', visits: 0 },
			{ id: 'e', visits: 1, lastPurchase: '2026-02-01', deletedAt: 5 },
			{ id: 'f', visits: 1, lastPurchase: '2026-02-01' }
		];
		expect(recentFirstTimeBuyers(cards, today).map((c) => c.id)).toEqual(['a', 'f']);
	});
});

describe('tracking', () => {
	it('counts issued, redeemed, expired, conversion, time to redeem, top referrers and revenue', () => {
		const today = '2026-03-01';
		const day = (iso: string) => Date.parse(`${iso}T12:00:00`);
		const vs = [
			voucher({
				id: 'v1',
				referrerId: 'ann',
				issuedOn: '2026-01-01',
				redeemedAt: day('2026-01-05')
			}),
			voucher({
				id: 'v2',
				referrerId: 'ann',
				issuedOn: '2026-01-01',
				redeemedAt: day('2026-01-11')
			}),
			voucher({
				id: 'v3',
				referrerId: 'bob',
				issuedOn: '2026-01-01',
				redeemedAt: day('2026-01-21')
			}),
			voucher({ id: 'v4', referrerId: 'bob', expiresOn: '2026-02-01' }),
			voucher({ id: 'v5', referrerId: 'cy' }),
			voucher({ id: 'v6', referrerId: 'cy', deletedAt: 1 })
		];
		const ev = (
			id: string,
			friendId: string,
			at: string,
			kind: 'redeem' | 'undo' = 'redeem',
			undoes?: string
		): RedemptionEvent => ({
			id,
			kind,
			voucherId: 'x',
			code: 'x',
			referrerId: 'ann',
			friendId,
			createdAt: day(at),
			updatedAt: day(at),
			undoes
		});
		const redemptions = [
			ev('r1', 'f1', '2026-01-05'),
			ev('r2', 'f2', '2026-01-11'),
			ev('r3', 'f3', '2026-01-21'),
			ev('r0', 'f4', '2026-01-02'),
			ev('u0', 'f4', '2026-01-03', 'undo', 'r0')
		];
		const sales = [
			{ customerId: 'f1', date: '2026-01-05', amount: 1000 },
			{ customerId: 'f1', date: '2026-01-04', amount: 999 },
			{ customerId: 'f2', date: '2026-02-01', amount: 500 },
			{ customerId: 'f2', date: '2026-02-02', amount: 700, deletedAt: 3 },
			{ customerId: 'f4', date: '2026-02-02', amount: 700 },
			{ customerId: 'ann', date: '2026-02-02', amount: 900 }
		];
		const stats = referralStats(vs, redemptions, sales, today);
		expect(stats).toMatchObject({ issued: 5, redeemed: 3, expired: 1, open: 1, conversion: 0.6 });
		expect(stats.medianDaysToRedeem).toBe(10);
		expect(stats.topReferrers).toEqual([
			{ customerId: 'ann', redeemed: 2, issued: 2 },
			{ customerId: 'bob', redeemed: 1, issued: 2 }
		]);
		expect(stats.referredRevenue).toBe(1500);
		expect(stats.referredCustomers).toBe(3);
	});

	it('has no conversion before anything is issued', () => {
		expect(referralStats([], [], [], '2026-01-01').conversion).toBeUndefined();
	});
});

describe('readiness', () => {
	it('averages the orders of the last three whole months against 100 to 200', () => {
		const sales = [
			...Array.from({ length: 90 }, () => ({ date: '2025-11-03' })),
			...Array.from({ length: 120 }, () => ({ date: '2025-12-24' })),
			...Array.from({ length: 150 }, () => ({ date: '2026-01-31' })),
			...Array.from({ length: 500 }, () => ({ date: '2026-02-01' })),
			{ date: '2026-01-02', deletedAt: 1 }
		];
		const r = readiness(sales, '2026-02-15');
		expect(r.months).toEqual([
			{ month: '2025-11', orders: 90 },
			{ month: '2025-12', orders: 120 },
			{ month: '2026-01', orders: 150 }
		]);
		expect(r.averagePerMonth).toBe(120);
		expect(r.level).toBe('within');
		expect(readiness([], '2026-02-15').level).toBe('below');
		expect(
			readiness(
				Array.from({ length: 700 }, () => ({ date: '2026-01-01' })),
				'2026-02-15'
			).level
		).toBe('above');
	});
});
