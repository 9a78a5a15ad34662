/** The owner's and the customer's words for offers, rewards and refusals, in the shop's language. */
import type { RedemptionRefusal } from '$lib/db/referrals';
import type { FriendIncentive, ReferrerReward } from '$lib/domain/referrals';
import { formatMoney } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/paraglide/runtime';

/** The words in `locale` itself (the shop's language on paper), not only its numbers. */
function inLocale(locale: string) {
	return isLocale(locale) ? { locale } : {};
}

/** What the friend gets, as printed on the voucher: "10% off your first purchase". */
export function offerWords(incentive: FriendIncentive, currency: string, locale: string): string {
	const o = inLocale(locale);
	const off =
		incentive.kind === 'percent'
			? m.referrals_offer_percent({ percent: incentive.percent }, o)
			: m.referrals_offer_amount({ amount: formatMoney(incentive.amount, currency, locale) }, o);
	return incentive.minPurchase > 0
		? m.referrals_offer_minimum(
				{ offer: off, minimum: formatMoney(incentive.minPurchase, currency, locale) },
				o
			)
		: off;
}

export function rewardWords(reward: ReferrerReward, currency: string, locale: string): string {
	const o = inLocale(locale);
	switch (reward.kind) {
		case 'credit':
			return m.referrals_reward_credit({ amount: formatMoney(reward.amount, currency, locale) }, o);
		case 'points':
			return m.referrals_reward_points({ points: reward.points }, o);
		case 'gift':
			return m.referrals_reward_gift({ gift: reward.gift }, o);
	}
}

export function refusalWords(reason: RedemptionRefusal): string {
	switch (reason) {
		case 'typo':
			return m.referrals_check_typo();
		case 'malformed':
			return m.referrals_check_malformed();
		case 'unknown':
			return m.referrals_check_unknown();
		case 'expired':
			return m.referrals_refused_expired();
		case 'used':
			return m.referrals_refused_used();
		case 'self-referral':
			return m.referrals_refused_self();
		case 'no-friend':
			return m.referrals_refused_no_friend();
		case 'not-standing':
			return m.referrals_refused_not_standing();
		case 'reason-required':
			return m.referrals_reason_required();
		case 'limit-reached':
			return m.referrals_refused_limit();
		case 'no-referrer':
			return m.referrals_refused_no_referrer();
		case 'offer-code':
			return m.offers_refused_offer_code();
		case 'not-offer':
			return m.offers_refused_not_offer();
		case 'not-holder':
			return m.offers_refused_not_holder();
		case 'below-minimum':
			return m.offers_refused_below_minimum();
		case 'amount-required':
			return m.offers_refused_amount_required();
	}
}
