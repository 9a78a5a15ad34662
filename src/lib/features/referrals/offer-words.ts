/** A letter's offer in words, in the letter's or the counter's language, and its refusals. */
import type { OfferTerms } from '$lib/domain/offers';
import type { IsoDate } from '$lib/domain/types';
import { formatMoney } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { locales, type Locale } from '$lib/paraglide/runtime';

function asLocale(code: string): Locale | undefined {
	return locales.find((l) => l === code);
}

/**
 * "15% off your purchase, valid until 3 March 2027": what the letter prints for {{offer}} and
 * what the counter shows, from the same terms. `formatDate` is the letter's own date form.
 */
export function offerTermsWords(
	terms: OfferTerms,
	currency: string,
	languageCode: string,
	validUntil?: { day: IsoDate; format: (day: IsoDate) => string }
): string {
	const options = { locale: asLocale(languageCode) };
	const money = (minor: number) => formatMoney(minor, currency, languageCode);
	let words: string;
	switch (terms.kind) {
		case 'percent':
			words = m.offers_percent({ percent: terms.percent }, options);
			break;
		case 'amount':
			words = m.offers_amount({ amount: money(terms.amount) }, options);
			break;
		case 'gift':
			words = m.offers_gift({ gift: terms.gift.trim() }, options);
			break;
		case 'as-written':
			words = terms.text.trim();
			break;
	}
	if (terms.minPurchase > 0)
		words = m.offers_minimum({ offer: words, minimum: money(terms.minPurchase) }, options);
	if (validUntil)
		words = m.offers_valid_until(
			{ offer: words, date: validUntil.format(validUntil.day) },
			options
		);
	return words;
}
