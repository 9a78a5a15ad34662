import { describe, expect, it } from 'vitest';
import {
	minorToDecimalString,
	minorUnitsPerMajor,
	parseAmount,
	parseAmountOrZero
} from '../../../src/lib/domain/money';

describe('parseAmount', () => {
	it.each([
		['12', 1200],
		['12.5', 1250],
		['12,50', 1250],
		['1 234,50', 123450],
		['1,234.50', 123450],
		['1.234,50', 123450],
		['€ 12', 1200],
		['0.99', 99],
		['1,234', 123400],
		// A lone separator before three digits groups thousands, as on a printed price list.
		['12.345', 1234500]
	])('reads %s as %i cents', (input, minor) => {
		expect(parseAmount(input, 'EUR')).toEqual({ ok: true, minor });
	});

	it('knows currencies without cents', () => {
		expect(parseAmount('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
		expect(minorUnitsPerMajor('JPY')).toBe(1);
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'not-a-number'],
		['12abc', 'not-a-number'],
		['-5', 'negative'],
		['0', 'zero'],
		['12.3456', 'not-a-number'],
		['12..5', 'not-a-number'],
		['99999999999', 'too-large']
	])('rejects %j as %s', (input, error) => {
		expect(parseAmount(input, 'EUR')).toEqual({ ok: false, error });
	});
});

describe('minorToDecimalString', () => {
	it('writes minor units back as a decimal', () => {
		expect(minorToDecimalString(1250, 'EUR')).toBe('12.50');
		expect(minorToDecimalString(1500, 'JPY')).toBe('1500');
	});
});

describe('parseAmountOrZero', () => {
	it('reads nothing and zero as 0, and everything else as parseAmount does', () => {
		expect(parseAmountOrZero('', 'EUR')).toEqual({ ok: true, minor: 0 });
		expect(parseAmountOrZero(' 0,00 ', 'EUR')).toEqual({ ok: true, minor: 0 });
		expect(parseAmountOrZero('12,50', 'EUR')).toEqual({ ok: true, minor: 1250 });
		expect(parseAmountOrZero('-3', 'EUR')).toEqual({ ok: false, error: 'negative' });
		expect(parseAmountOrZero('abc', 'EUR')).toEqual({ ok: false, error: 'not-a-number' });
	});
});
