/**
 * The counter sign's and the staff sheet's words, in the shop's language, from the program's
 * materials (see program-materials.ts). The redeem steps name the app's own buttons in the same
 * language, so the sheet matches what the assistant sees.
 */
import type {
	ProgramMaterials,
	ProgramRule,
	RedeemStep,
	ScriptMoment,
	ShopContactKind
} from '$lib/domain/program-materials';
import { formatMoney, formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale, type Locale } from '$lib/paraglide/runtime';
import { offerWords, rewardWords } from './referral-words';

/** The shop's language as a UI locale (the UI speaks all the languages a shop can choose). */
export function shopLocale(language: string): Locale {
	return isLocale(language) ? language : baseLocale;
}

export interface LabelledLine {
	label: string;
	value: string;
}

export function contactLines(materials: ProgramMaterials, locale: Locale): LabelledLine[] {
	const o = { locale };
	const labels: Record<ShopContactKind, () => string> = {
		address: () => m.referrals_contact_address({}, o),
		phone: () => m.referrals_contact_phone({}, o),
		hours: () => m.referrals_contact_hours({}, o),
		email: () => m.referrals_contact_email({}, o)
	};
	return materials.contacts.map((c) => ({ label: labels[c.kind](), value: c.value }));
}

export interface SignWords {
	headline: string;
	friendGets: string;
	friendOffer: string;
	youGet: string;
	reward: string;
	rewardWhen: string;
	how: string;
	steps: string[];
}

export function signWords(materials: ProgramMaterials, locale: Locale): SignWords {
	const o = { locale };
	const days = formatNumber(materials.validityDays, locale);
	const steps = {
		ask: () => m.referrals_sign_step_ask({}, o),
		give: () => m.referrals_sign_step_give({}, o),
		'friend-visits': () => m.referrals_sign_step_friend({ days }, o),
		reward: () => m.referrals_sign_step_reward({}, o)
	};
	return {
		headline: m.referrals_sign_headline({}, o),
		friendGets: m.referrals_sign_friend_gets({}, o),
		friendOffer: offerWords(materials.friend, materials.currency, locale),
		youGet: m.referrals_sign_you_get({}, o),
		reward: rewardWords(materials.referrer, materials.currency, locale),
		rewardWhen: m.referrals_sign_you_get_when({}, o),
		how: m.referrals_sign_how({}, o),
		steps: materials.takePart.map((step) => steps[step]())
	};
}

export interface StaffSection {
	heading: string;
	lines: string[];
	/** Steps are numbered; other lines are not. */
	ordered: boolean;
}

export interface StaffWords {
	headline: string;
	sections: StaffSection[];
}

export function staffWords(materials: ProgramMaterials, locale: Locale): StaffWords {
	const o = { locale };
	const offer = offerWords(materials.friend, materials.currency, locale);
	const reward = rewardWords(materials.referrer, materials.currency, locale);
	const days = formatNumber(materials.validityDays, locale);
	const steps: Record<RedeemStep, () => string> = {
		open: () => m.referrals_staff_step_open({ link: m.offers_redeem_link({}, o) }, o),
		code: () =>
			m.referrals_staff_step_code(
				{ scan: m.referrals_scan_button({}, o), field: m.referrals_code_label({}, o) },
				o
			),
		check: () => m.referrals_staff_step_check({ check: m.referrals_check_button({}, o) }, o),
		friend: () => m.referrals_staff_step_friend({ who: m.referrals_friend_heading({}, o) }, o),
		sale: () => m.referrals_staff_step_sale({ redeem: m.referrals_redeem_button({}, o) }, o)
	};
	const scripts: Record<ScriptMoment, () => string> = {
		ask: () => m.referrals_staff_say_ask({ offer, reward }, o),
		'hand-over': () => m.referrals_staff_say_hand_over({ days }, o),
		welcome: () => m.referrals_staff_say_welcome({ offer }, o),
		thank: () => m.referrals_staff_say_thank({}, o)
	};
	const rule = (r: ProgramRule): string => {
		switch (r.kind) {
			case 'own-voucher':
				return m.referrals_staff_rule_own({}, o);
			case 'once':
				return m.referrals_staff_rule_once({}, o);
			case 'validity':
				return m.referrals_staff_rule_validity({ days: formatNumber(r.days, locale) }, o);
			case 'minimum':
				return m.referrals_staff_rule_minimum(
					{ minimum: formatMoney(r.incentive.minPurchase, materials.currency, locale) },
					o
				);
			case 'held':
				return m.referrals_staff_rule_held({ max: formatNumber(r.max, locale) }, o);
			case 'refused':
				return m.referrals_staff_rule_refused({}, o);
		}
	};
	return {
		headline: m.referrals_staff_headline({}, o),
		sections: [
			{
				heading: m.referrals_staff_offer({}, o),
				lines: [
					m.referrals_staff_friend_gets({ offer }, o),
					m.referrals_staff_referrer_gets({ reward }, o)
				],
				ordered: false
			},
			{
				heading: m.referrals_staff_who({}, o),
				lines: [
					m.referrals_staff_who_referrer({ issue: m.referrals_issue_button({}, o) }, o),
					m.referrals_staff_who_friend({}, o)
				],
				ordered: false
			},
			{
				heading: m.referrals_staff_redeem({}, o),
				lines: materials.redeemSteps.map((s) => steps[s]()),
				ordered: true
			},
			{
				heading: m.referrals_staff_say({}, o),
				lines: materials.scripts.map((s) => scripts[s]()),
				ordered: false
			},
			{
				heading: m.referrals_staff_rules({}, o),
				lines: materials.rules.map(rule),
				ordered: false
			}
		]
	};
}
