/** Choices offered in the shop settings and at setup. */
import { browserRegion } from '$lib/domain/shop-region';

export function isKnownCurrency(code: string): boolean {
	if (!/^[A-Z]{3}$/.test(code)) return false;
	try {
		// Any locale works here: this only asks whether Intl knows the currency code.
		new Intl.NumberFormat('en', { style: 'currency', currency: code });
		return Intl.supportedValuesOf ? Intl.supportedValuesOf('currency').includes(code) : true;
	} catch {
		return false;
	}
}

/** "Israeli New Shekel (ILS)" in the UI's language, or the bare code where the name is unknown. */
export function currencyLabel(code: string, locale: string): string {
	try {
		const name = new Intl.DisplayNames([locale], { type: 'currency' }).of(code);
		return name && name !== code ? `${name} (${code})` : code;
	} catch {
		return code;
	}
}

/** The region the browser names for this language (en-US: US), for the defaults offered. */
export function regionFor(language: string): string | undefined {
	return typeof navigator === 'undefined'
		? undefined
		: browserRegion(language, navigator.languages ?? [navigator.language]);
}

/** Each language named in itself, so an owner finds their own whatever the UI shows now. */
export { languageEndonym as languageName } from '$lib/i18n/languages';
