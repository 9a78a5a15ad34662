/** Choices offered in the shop settings. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'ILS', 'RUB', 'AMD', 'CHF', 'CAD', 'AUD'];

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

/** Each language named in itself, so an owner finds their own whatever the UI shows now. */
export { languageEndonym as languageName } from '$lib/i18n/languages';
