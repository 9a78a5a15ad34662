/**
 * Dates, numbers and money in a letter's language. Each Intl object is made when first used and
 * made again if `Intl` itself was replaced since: a browser without the language's data (Chromium
 * has no Armenian) gets it from a polyfill that loads later than this module, and a formatter
 * made before that would speak English for good.
 */
import { minorUnitsPerMajor } from './money';
import type { IsoDate, Minor } from './types';

export interface LetterFormats {
	formatDate(day: IsoDate): string;
	formatNumber(value: number): string;
	formatMoney(minor: Minor, currency: string): string;
}

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat;

interface Made<T> {
	/** The Intl constructor the formatter came from, to notice a polyfill installed since. */
	from: unknown;
	formatter: T;
}

export function letterFormats(locale: string): LetterFormats {
	const made = new Map<string, Made<Formatter>>();
	function lazily<T extends Formatter>(key: string, current: unknown, make: () => T): T {
		const found = made.get(key);
		if (found && found.from === current) return found.formatter as T;
		const formatter = make();
		made.set(key, { from: current, formatter });
		return formatter;
	}
	return {
		// A calendar day, read at noon UTC and shown in UTC so no time zone moves it.
		formatDate: (day) =>
			lazily(
				'date',
				Intl.DateTimeFormat,
				() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
			).format(new Date(`${day}T12:00:00Z`)),
		formatNumber: (value) =>
			lazily('number', Intl.NumberFormat, () => new Intl.NumberFormat(locale)).format(value),
		formatMoney: (minor, currency) =>
			lazily(
				`money|${currency}`,
				Intl.NumberFormat,
				() => new Intl.NumberFormat(locale, { style: 'currency', currency })
			).format(minor / minorUnitsPerMajor(currency))
	};
}
