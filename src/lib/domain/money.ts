/** Reading amounts typed at the counter into integer minor units, and back. */
import type { Minor } from './types';

export type AmountError = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large';

export type AmountResult = { ok: true; minor: Minor } | { ok: false; error: AmountError };

/** Above this a typing slip is far likelier than a real sale at a small shop's counter. */
export const MAX_SALE_MINOR = 100_000_000;

/** Minor units per major unit for a currency: 100 for EUR, 1 for JPY, 1000 for KWD. */
export function minorUnitsPerMajor(currency: string): number {
	const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
		.maximumFractionDigits;
	return 10 ** (digits ?? 2);
}

/**
 * Accepts what an owner types: "12", "12.5", "12,50", "1 234,50", "1,234.50", "€ 12".
 * The last separator followed by one or two (or the currency's count of) digits is the decimal one.
 */
export function parseAmount(input: string, currency: string): AmountResult {
	const trimmed = input.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,\-+]/g, (ch) => {
		return /\p{Sc}/u.test(ch) ? '' : ch;
	});
	if (trimmed.length === 0) return { ok: false, error: 'empty' };
	if (!/^[+-]?[\d.,]+$/.test(trimmed) || !/\d/.test(trimmed)) {
		return { ok: false, error: 'not-a-number' };
	}
	const negative = trimmed.startsWith('-');
	const unsigned = trimmed.replace(/^[+-]/, '');
	const perMajor = minorUnitsPerMajor(currency);
	const fractionDigits = Math.round(Math.log10(perMajor));
	const lastSeparator = Math.max(unsigned.lastIndexOf('.'), unsigned.lastIndexOf(','));
	let whole = unsigned;
	let fraction = '';
	if (lastSeparator >= 0) {
		const tail = unsigned.slice(lastSeparator + 1);
		const isDecimal =
			tail.length > 0 && tail.length <= Math.max(2, fractionDigits) && tail.length !== 3;
		if (isDecimal || (tail.length === 3 && fractionDigits === 3)) {
			whole = unsigned.slice(0, lastSeparator);
			fraction = tail;
		}
	}
	const wholeDigits = whole.replace(/[.,]/g, '');
	if (fraction.length > fractionDigits) return { ok: false, error: 'not-a-number' };
	const minor =
		Number(wholeDigits || '0') * perMajor + Number(fraction.padEnd(fractionDigits, '0') || '0');
	if (!Number.isSafeInteger(minor)) return { ok: false, error: 'too-large' };
	if (negative && minor > 0) return { ok: false, error: 'negative' };
	if (minor === 0) return { ok: false, error: 'zero' };
	if (minor > MAX_SALE_MINOR * (perMajor / 100)) return { ok: false, error: 'too-large' };
	return { ok: true, minor };
}

/** Minor units as a plain decimal string for editing, e.g. 1250 EUR -> "12.50". */
export function minorToDecimalString(minor: Minor, currency: string): string {
	const perMajor = minorUnitsPerMajor(currency);
	const digits = Math.round(Math.log10(perMajor));
	return (minor / perMajor).toFixed(digits);
}
