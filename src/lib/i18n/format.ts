/** Money, dates and numbers in the shop's language, through Intl. */
import { minorUnitsPerMajor } from '$lib/domain/money';
import type { IsoDate, Minor } from '$lib/domain/types';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) {
		formatter = make();
		cache.set(key, formatter);
	}
	return formatter;
}

export function formatMoney(minor: Minor, currency: string, locale: string): string {
	const formatter = cached(
		`money|${locale}|${currency}`,
		() => new Intl.NumberFormat(locale, { style: 'currency', currency })
	);
	return formatter.format(minor / minorUnitsPerMajor(currency));
}

/** A calendar day; parsed at noon UTC and shown in UTC so no time zone shifts the day. */
export function formatDay(day: IsoDate, locale: string): string {
	const formatter = cached(
		`day|${locale}`,
		() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
	);
	return formatter.format(new Date(`${day}T12:00:00Z`));
}

export function formatTimestamp(ms: number, locale: string): string {
	const formatter = cached(
		`ts|${locale}`,
		() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
	);
	return formatter.format(new Date(ms));
}

export function formatNumber(value: number, locale: string): string {
	return cached(`num|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}
