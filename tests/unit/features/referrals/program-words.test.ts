import { describe, expect, it } from 'vitest';
import { programMaterials } from '../../../../src/lib/domain/program-materials';
import type { ReferralSettings } from '../../../../src/lib/domain/referrals';
import { m } from '../../../../src/lib/paraglide/messages';
import {
	contactLines,
	shopLocale,
	signWords,
	staffWords
} from '../../../../src/lib/features/referrals/program-words';

const shop = {
	shopName: 'Rosa Flowers',
	address: '12 Market Street',
	phone: '555-0100',
	email: '',
	hours: 'Mon–Sat 9–18'
};

const settings: ReferralSettings = {
	friend: { kind: 'percent', percent: 15, minPurchase: 2000 },
	referrer: { kind: 'credit', amount: 750 },
	validityDays: 45,
	maxHeldPerCustomer: 3,
	currency: 'EUR'
};

const materials = programMaterials(settings, shop);

describe('shopLocale', () => {
	it("is the shop's language, or English for one the UI does not speak", () => {
		expect(shopLocale('he')).toBe('he');
		expect(shopLocale('xx')).toBe('en');
	});
});

describe('signWords', () => {
	it('says both sides of the offer from the settings, in English', () => {
		const words = signWords(materials, 'en');
		expect(words.friendOffer).toBe('15% off your first purchase of €20.00 or more');
		expect(words.reward).toBe('€7.50 credit');
		expect(words.steps).toHaveLength(4);
		expect(words.steps[2]).toContain('45 days');
	});

	it("is in the shop's language whatever the UI's", () => {
		const words = signWords(materials, 'he');
		expect(words.headline).toBe(m.referrals_sign_headline({}, { locale: 'he' }));
		expect(words.friendOffer).toContain('15%');
		expect(words.friendOffer).not.toContain('off your');
		expect(words.reward).toContain('7.50');
	});
});

describe('staffWords', () => {
	it("names the app's own buttons in the redeem steps, in the same language", () => {
		for (const locale of ['en', 'ru'] as const) {
			const steps = staffWords(materials, locale).sections[2];
			expect(steps.ordered).toBe(true);
			expect(steps.lines).toHaveLength(5);
			expect(steps.lines[0]).toContain(m.offers_redeem_link({}, { locale }));
			expect(steps.lines[1]).toContain(m.referrals_code_label({}, { locale }));
			expect(steps.lines[2]).toContain(m.referrals_check_button({}, { locale }));
			expect(steps.lines[4]).toContain(m.referrals_redeem_button({}, { locale }));
		}
	});

	it('states the offer, the scripts and the rules with the settings values', () => {
		const sections = staffWords(materials, 'en').sections;
		expect(sections.map((s) => s.heading)).toEqual([
			'The offer',
			'Who can take part',
			'Redeeming a code, step by step',
			'What to say',
			'Rules'
		]);
		expect(sections[0].lines.join(' ')).toContain('€7.50 credit');
		expect(sections[3].lines[0]).toContain('15% off your first purchase');
		const rules = sections[4].lines.join(' ');
		expect(rules).toContain('cannot use their own referral card');
		expect(rules).toContain('45 days');
		expect(rules).toContain('€20.00 or more');
		expect(rules).toContain('up to 3 unused');
	});
});

describe('contactLines', () => {
	it('labels the filled-in contacts in the given language', () => {
		expect(contactLines(materials, 'en')).toEqual([
			{ label: 'Address', value: '12 Market Street' },
			{ label: 'Phone', value: '555-0100' },
			{ label: 'Opening hours', value: 'Mon–Sat 9–18' }
		]);
		expect(contactLines(materials, 'el')[0].label).toBe('Διεύθυνση');
	});
});
