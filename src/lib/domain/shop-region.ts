/**
 * What a new shop starts with, from the language the owner chose and the region the browser
 * names: the currency offered first and the paper size for letters.
 */
import type { LetterPaperId } from './letters-paper';

/** Languages with one obvious currency; English depends on the region. */
const LANGUAGE_CURRENCY: Readonly<Record<string, string>> = {
	he: 'ILS',
	el: 'EUR',
	ru: 'RUB',
	hy: 'AMD'
};

/** Regions whose currency is not the euro, for English (and any language without its own). */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
	US: 'USD',
	GB: 'GBP',
	CA: 'CAD',
	AU: 'AUD',
	NZ: 'NZD',
	IE: 'EUR',
	IN: 'INR',
	ZA: 'ZAR',
	SG: 'SGD',
	HK: 'HKD',
	PH: 'PHP',
	NG: 'NGN',
	KE: 'KES',
	IL: 'ILS',
	RU: 'RUB',
	AM: 'AMD',
	GR: 'EUR',
	CY: 'EUR',
	CH: 'CHF',
	MX: 'MXN',
	JP: 'JPY'
};

/** Every currency the list offers, after the default; the owner picks, never types a code. */
export const CURRENCY_CHOICES: readonly string[] = [
	'EUR',
	'USD',
	'GBP',
	'ILS',
	'RUB',
	'AMD',
	'CHF',
	'CAD',
	'AUD',
	'NZD',
	'GEL',
	'UAH',
	'KZT',
	'BYN',
	'TRY',
	'PLN',
	'CZK',
	'SEK',
	'NOK',
	'DKK',
	'HUF',
	'RON',
	'BGN',
	'INR',
	'ZAR',
	'SGD',
	'HKD',
	'PHP',
	'MXN',
	'JPY'
];

/**
 * Where US Letter is the usual paper: the United States, Canada, Mexico and the countries of
 * the Americas that follow them, and the Philippines.
 */
const LETTER_REGIONS = new Set([
	'US',
	'CA',
	'MX',
	'PH',
	'CL',
	'CO',
	'VE',
	'GT',
	'CR',
	'PA',
	'DO',
	'PR',
	'SV',
	'NI',
	'BZ'
]);

/** The region (ISO 3166 alpha-2, upper case) of a language tag such as "en-US", if it names one. */
export function regionOf(tag: string | undefined): string | undefined {
	if (!tag) return undefined;
	try {
		const region = new Intl.Locale(tag).region;
		return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The browser's region for a UI language: the first of the browser's languages in that language
 * that names a region ("en-GB" for English), else the first that names any region.
 */
export function browserRegion(
	language: string,
	browserLanguages: readonly string[]
): string | undefined {
	const same = browserLanguages.find(
		(tag) => tag.toLowerCase().split('-')[0] === language && regionOf(tag)
	);
	return regionOf(same ?? browserLanguages.find((tag) => regionOf(tag)));
}

/**
 * The currency offered first: the language's own (Hebrew ILS, Greek EUR, Russian RUB, Armenian
 * AMD); for English the region's (USD in the US, GBP in the UK), the euro otherwise.
 */
export function defaultCurrency(language: string, region?: string): string {
	const own = LANGUAGE_CURRENCY[language.split('-')[0]];
	if (own) return own;
	return (region && REGION_CURRENCY[region]) ?? 'EUR';
}

/** The list to choose from: the default first, then the others in their usual order. */
export function currencyChoices(language: string, region?: string, current?: string): string[] {
	const first = defaultCurrency(language, region);
	const list = [first, ...CURRENCY_CHOICES.filter((code) => code !== first)];
	// A currency saved earlier (or by an import) stays choosable even when the list lacks it.
	if (current && /^[A-Z]{3}$/.test(current) && !list.includes(current)) list.push(current);
	return list;
}

/** US Letter where it is the usual paper, A4 everywhere else. */
export function defaultPaper(region?: string): LetterPaperId {
	return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
