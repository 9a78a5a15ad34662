import { describe, expect, it } from 'vitest';
import {
	programMaterials,
	REDEEM_STEPS,
	shopContacts,
	voucherContactLines
} from '../../../src/lib/domain/program-materials';
import {
	DEFAULT_REFERRAL_SETTINGS,
	type ReferralSettings
} from '../../../src/lib/domain/referrals';

const shop = {
	shopName: ' Rosa Flowers ',
	address: '12 Market Street\nSpringfield',
	phone: '555-0100',
	email: 'hello@rosa.example',
	hours: 'Mon–Sat 9–18'
};

const settings: ReferralSettings = {
	friend: { kind: 'amount', amount: 1500, minPurchase: 5000 },
	referrer: { kind: 'points', points: 200 },
	validityDays: 45,
	maxHeldPerCustomer: 3,
	currency: 'GBP'
};

describe('shopContacts', () => {
	it('lists address, phone, hours and email in that order, one line each', () => {
		expect(shopContacts(shop)).toEqual([
			{ kind: 'address', value: '12 Market Street, Springfield' },
			{ kind: 'phone', value: '555-0100' },
			{ kind: 'hours', value: 'Mon–Sat 9–18' },
			{ kind: 'email', value: 'hello@rosa.example' }
		]);
	});

	it('leaves out what the owner did not fill in', () => {
		expect(shopContacts({ ...shop, phone: '  ', email: '' }).map((c) => c.kind)).toEqual([
			'address',
			'hours'
		]);
	});

	it('puts address, phone and hours (no email) on referral cards and slips', () => {
		expect(voucherContactLines(shop)).toEqual([
			'12 Market Street, Springfield',
			'555-0100',
			'Mon–Sat 9–18'
		]);
		expect(voucherContactLines({ ...shop, address: '', phone: '', hours: '' })).toEqual([]);
	});
});

describe('programMaterials', () => {
	it('takes both sides of the offer and the validity from the settings, never fixed values', () => {
		const materials = programMaterials(settings, shop);
		expect(materials.friend).toEqual(settings.friend);
		expect(materials.referrer).toEqual(settings.referrer);
		expect(materials.currency).toBe('GBP');
		expect(materials.validityDays).toBe(45);
		expect(materials.shopName).toBe('Rosa Flowers');
		expect(materials.contacts).toHaveLength(4);
	});

	it('states the rules, with the minimum purchase only when there is one', () => {
		const withMinimum = programMaterials(settings, shop).rules;
		expect(withMinimum).toEqual([
			{ kind: 'own-voucher' },
			{ kind: 'once' },
			{ kind: 'validity', days: 45 },
			{ kind: 'minimum', incentive: settings.friend },
			{ kind: 'held', max: 3 },
			{ kind: 'refused' }
		]);
		const without = programMaterials(DEFAULT_REFERRAL_SETTINGS, shop).rules;
		expect(without.some((r) => r.kind === 'minimum')).toBe(false);
		expect(without).toContainEqual({ kind: 'validity', days: 90 });
		expect(without).toContainEqual({ kind: 'held', max: 5 });
	});

	it('walks the redemption in the order the app asks for it', () => {
		expect(programMaterials(settings, shop).redeemSteps).toEqual(REDEEM_STEPS);
		expect(REDEEM_STEPS).toEqual(['open', 'code', 'check', 'friend', 'sale']);
	});
});
