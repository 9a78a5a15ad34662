/** Choices offered in the shop settings. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'ILS', 'RUB', 'AMD', 'CHF', 'CAD', 'AUD'];

export function isKnownCurrency(code: string): boolean {
	if (!/^[A-Z]{3}$/.test(code)) return false;
	try {
		new Intl.NumberFormat('en', { style: 'currency', currency: code });
		return Intl.supportedValuesOf ? Intl.supportedValuesOf('currency').includes(code) : true;
	} catch {
		return false;
	}
}

/** Each language named in itself, so an owner finds their own whatever the UI shows now. */
export function languageName(locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
	} catch {
		return locale;
	}
}
