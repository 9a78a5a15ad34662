/**
 * What the referral program's printed materials say (the counter sign and the staff sheet), as
 * data from the program's settings and the shop's details: the words come from the UI's
 * messages, in the shop's language, so an amount on paper is always the one the counter gives.
 */
import type { FriendIncentive, ReferralSettings, ReferrerReward } from './referrals';
import type { ShopSettings } from './types';

export type ShopContactKind = 'address' | 'phone' | 'hours' | 'email';

export interface ShopContact {
	kind: ShopContactKind;
	value: string;
}

/** The order contacts print in: where, how to call, when open, then email. */
const CONTACT_ORDER: readonly ShopContactKind[] = ['address', 'phone', 'hours', 'email'];

/** The shop's contact lines the owner filled in, in print order; empty ones are left out. */
export function shopContacts(
	shop: Pick<ShopSettings, ShopContactKind>,
	kinds: readonly ShopContactKind[] = CONTACT_ORDER
): ShopContact[] {
	return kinds
		.map((kind) => ({ kind, value: shop[kind].trim().replace(/\s*\n\s*/g, ', ') }))
		.filter((c) => c.value !== '');
}

/** The contact lines small enough for a referral card or slip: address, phone, hours. */
export function voucherContactLines(shop: Pick<ShopSettings, ShopContactKind>): string[] {
	return shopContacts(shop, ['address', 'phone', 'hours']).map((c) => c.value);
}

/** A rule of the program as the staff sheet states it; some apply only with some settings. */
export type ProgramRule =
	| { kind: 'own-voucher' }
	| { kind: 'once' }
	| { kind: 'validity'; days: number }
	| { kind: 'minimum'; incentive: FriendIncentive }
	| { kind: 'held'; max: number }
	| { kind: 'refused' };

/** What to say, and when. */
export type ScriptMoment = 'ask' | 'hand-over' | 'welcome' | 'thank';

/** The steps of redeeming a code in the app, in order. */
export type RedeemStep = 'open' | 'code' | 'check' | 'friend' | 'sale';

export interface ProgramMaterials {
	friend: FriendIncentive;
	referrer: ReferrerReward;
	currency: string;
	validityDays: number;
	shopName: string;
	contacts: ShopContact[];
	/** The sign's "how to take part", in order. */
	takePart: readonly ('ask' | 'give' | 'friend-visits' | 'reward')[];
	redeemSteps: readonly RedeemStep[];
	scripts: readonly ScriptMoment[];
	rules: ProgramRule[];
}

export const REDEEM_STEPS: readonly RedeemStep[] = ['open', 'code', 'check', 'friend', 'sale'];

export function programMaterials(
	settings: ReferralSettings,
	shop: Pick<ShopSettings, 'shopName' | ShopContactKind>
): ProgramMaterials {
	const rules: ProgramRule[] = [
		{ kind: 'own-voucher' },
		{ kind: 'once' },
		{ kind: 'validity', days: settings.validityDays }
	];
	if (settings.friend.minPurchase > 0) rules.push({ kind: 'minimum', incentive: settings.friend });
	rules.push({ kind: 'held', max: settings.maxHeldPerCustomer }, { kind: 'refused' });
	return {
		friend: settings.friend,
		referrer: settings.referrer,
		currency: settings.currency,
		validityDays: settings.validityDays,
		shopName: shop.shopName.trim(),
		contacts: shopContacts(shop),
		takePart: ['ask', 'give', 'friend-visits', 'reward'],
		redeemSteps: REDEEM_STEPS,
		scripts: ['ask', 'hand-over', 'welcome', 'thank'],
		rules
	};
}
