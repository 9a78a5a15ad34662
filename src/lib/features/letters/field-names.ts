/** The merge fields' names in the owner's language, for the template editor and its picker. */
import { CAMPAIGN_FIELDS, CUSTOMER_FIELDS, SHOP_FIELDS } from '$lib/domain/letters';
import type { FieldNames } from '$lib/domain/letters-fields';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

export function fieldNames(locale: Locale): FieldNames {
	const o = { locale };
	return {
		greeting: m.letters_field_greeting({}, o),
		salutation: m.letters_field_salutation({}, o),
		firstName: m.letters_field_firstName({}, o),
		lastName: m.letters_field_lastName({}, o),
		fullName: m.letters_field_fullName({}, o),
		address: m.letters_field_address({}, o),
		points: m.letters_field_points({}, o),
		pointsValue: m.letters_field_pointsValue({}, o),
		lastPurchase: m.letters_field_lastPurchase({}, o),
		voucherCode: m.letters_field_voucherCode({}, o),
		group: m.letters_field_group({}, o),
		shopName: m.letters_field_shopName({}, o),
		shopAddress: m.letters_field_shopAddress({}, o),
		shopPhone: m.letters_field_shopPhone({}, o),
		signature: m.letters_field_signature({}, o),
		offer: m.letters_field_offer({}, o),
		eventDate: m.letters_field_eventDate({}, o),
		today: m.letters_field_today({}, o)
	};
}

/** The picker's groups, in the order an owner writes a letter. */
export const FIELD_GROUPS = [
	{ fields: CUSTOMER_FIELDS, label: () => m.letters_fields_group_customer() },
	{ fields: SHOP_FIELDS, label: () => m.letters_fields_group_shop() },
	{ fields: CAMPAIGN_FIELDS, label: () => m.letters_fields_group_campaign() }
] as const;
