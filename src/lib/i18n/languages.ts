/** Names of languages and the week's first day, with fixed tables where the browser has no data. */

/** Each UI language in itself; Chromium cannot name Armenian in Armenian ("Armenian"). */
const ENDONYMS: Readonly<Record<string, string>> = {
	en: 'English',
	he: 'עברית',
	el: 'Ελληνικά',
	ru: 'Русский',
	hy: 'Հայերեն'
};

function displayNames(locale: string): Intl.DisplayNames | undefined {
	try {
		// A locale the browser lacks would silently answer in English.
		if (Intl.DisplayNames.supportedLocalesOf(locale).length === 0) return undefined;
		return new Intl.DisplayNames([locale], { type: 'language' });
	} catch {
		return undefined;
	}
}

/** The language named in itself, so an owner finds their own whatever the UI shows now. */
export function languageEndonym(code: string): string {
	const base = code.split('-')[0];
	if (ENDONYMS[base]) return ENDONYMS[base];
	const name = displayNames(code)?.of(code);
	return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
}

/** The language named in the UI's language, or in itself when the UI's language has no names. */
export function languageNameIn(code: string, uiLocale: string): string {
	return displayNames(uiLocale)?.of(code) ?? languageEndonym(code);
}

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// CLDR's firstDay for the regions our languages default to, for browsers without weekInfo.
const FIRST_DAY_BY_LANGUAGE: Readonly<Record<string, Weekday>> = {
	en: 7,
	he: 7,
	el: 1,
	ru: 1,
	hy: 1
};

type WeekInfoLocale = Intl.Locale & {
	getWeekInfo?: () => { firstDay: number };
	weekInfo?: { firstDay: number };
};

/** The first day of the week in calendars, from Intl where the browser knows it. */
export function firstDayOfWeek(locale: string): Weekday {
	try {
		const intlLocale = new Intl.Locale(locale) as WeekInfoLocale;
		const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
		const day = info?.firstDay;
		if (day && day >= 1 && day <= 7) return day as Weekday;
	} catch {
		// An odd tag falls through to the table.
	}
	return FIRST_DAY_BY_LANGUAGE[locale.split('-')[0]] ?? 1;
}
