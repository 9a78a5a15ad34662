/** Reading amounts typed at the counter into integer minor units, and back. */
import type { Minor } from './types';

export type AmountError = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large';

export type AmountResult = { ok: true; minor: Minor } | { ok: false; error: AmountError };

/** Above this a typing slip is far likelier than a real sale at a small shop's counter. */
export const MAX_SALE_MINOR = 100_000_000;

const perMajorByCurrency = new Map<string, number>();

/**
 * Minor units per major unit for a currency: 100 for EUR, 1 for JPY, 1000 for KWD. Memoised:
 * building an Intl.NumberFormat costs far more than the lookup, and lists call this per row.
 */
export function minorUnitsPerMajor(currency: string): number {
	let perMajor = perMajorByCurrency.get(currency);
	if (perMajor === undefined) {
		const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
			.maximumFractionDigits;
		perMajor = 10 ** (digits ?? 2);
		perMajorByCurrency.set(currency, perMajor);
	}
	return perMajor;
}

// Whole part either in groups of three (1,234 / 1.234 / 1 234) or plain digits, then a fraction.
const AMOUNT = /^([+-]?)(?:(\d{1,3}(?:([.,'’])\d{3})+)|(\d+))(?:([.,])(\d+))?$/;

/**
 * Accepts what an owner types: "12", "12.5", "12,50", "1 234,50", "1,234.50", "€ 12".
 * A lone separator before exactly three digits groups thousands ("1,234" is one thousand).
 */
export function parseAmount(input: string, currency: string): AmountResult {
	const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/\p{Sc}/gu, '');
	if (compact.length === 0) return { ok: false, error: 'empty' };
	const match = AMOUNT.exec(compact);
	if (!match) return { ok: false, error: 'not-a-number' };
	const [, sign, grouped, groupSeparator, plain, decimalSeparator, fraction = ''] = match;
	if (groupSeparator && decimalSeparator === groupSeparator) {
		return { ok: false, error: 'not-a-number' };
	}
	const perMajor = minorUnitsPerMajor(currency);
	const fractionDigits = Math.round(Math.log10(perMajor));
	if (fraction.length > fractionDigits) return { ok: false, error: 'not-a-number' };
	const whole = (grouped ?? plain).replace(/[.,'’]/g, '');
	const minor = Number(whole) * perMajor + Number(fraction.padEnd(fractionDigits, '0') || '0');
	if (!Number.isSafeInteger(minor)) return { ok: false, error: 'too-large' };
	if (sign === '-' && minor > 0) return { ok: false, error: 'negative' };
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

/**
 * An amount that may be nothing: empty or zero reads as 0 (a minimum purchase of none, a gift
 * handed over without a purchase); anything else as parseAmount reads it.
 */
export function parseAmountOrZero(input: string, currency: string): AmountResult {
	if (input.trim() === '') return { ok: true, minor: 0 };
	const parsed = parseAmount(input, currency);
	return !parsed.ok && parsed.error === 'zero' ? { ok: true, minor: 0 } : parsed;
}
