/** Dates and amounts decided from the whole column, and read to the cent. */
import { describe, expect, it } from 'vitest';
import {
	amountScaleWarning,
	detectDateOrder,
	detectDecimalMark,
	parseAmountValue,
	parseDateValue,
	parseYesNo
} from '../../../src/lib/domain/io-values';

describe('detectDateOrder', () => {
	it('one day above 12 settles the column as day-first', () => {
		expect(detectDateOrder(['01/02/2024', '05/06/2024', '13/01/2024'])).toEqual({
			value: 'dmy',
			certain: true,
			mixed: false,
			// The one value that showed it, shown to the owner as the reason.
			votes: 1,
			of: 3,
			example: '13/01/2024'
		});
	});
	it('month-first when the second number goes above 12', () => {
		expect(detectDateOrder(['12/1/2010', '12/13/2010 08:26']).value).toBe('mdy');
	});
	it('ISO dates, with or without times', () => {
		expect(detectDateOrder(['2010-12-01', '2010-12-01 08:26:00', '2011-01-04T10:00'])).toEqual({
			value: 'ymd',
			certain: true,
			mixed: false,
			votes: 3,
			of: 3,
			example: '2010-12-01'
		});
	});
	it('says when the column does not tell, and when it contradicts itself', () => {
		expect(detectDateOrder(['01/02/2024', '03/04/2024']).certain).toBe(false);
		expect(detectDateOrder(['13/01/2024', '01/13/2024']).mixed).toBe(true);
	});
});

describe('parseDateValue', () => {
	it('reads the forms spreadsheets write', () => {
		expect(parseDateValue('05.01.2024', 'dmy')).toBe('2024-01-05');
		expect(parseDateValue('1/12/2010', 'dmy')).toBe('2010-12-01');
		expect(parseDateValue('1/12/2010', 'mdy')).toBe('2010-01-12');
		expect(parseDateValue('12/1/2010 8:26', 'mdy')).toBe('2010-12-01');
		expect(parseDateValue('2010-12-01', 'dmy')).toBe('2010-12-01');
		expect(parseDateValue('2010-12-01T08:26:00Z', 'mdy')).toBe('2010-12-01');
		expect(parseDateValue('05.01.24', 'dmy')).toBe('2024-01-05');
		expect(parseDateValue('2024/3/9', 'dmy')).toBe('2024-03-09');
	});
	it('rejects days that do not exist and text', () => {
		expect(parseDateValue('31/02/2024', 'dmy')).toBeUndefined();
		expect(parseDateValue('2024-13-01', 'ymd')).toBeUndefined();
		expect(parseDateValue('yesterday', 'dmy')).toBeUndefined();
		expect(parseDateValue('', 'dmy')).toBeUndefined();
	});
});

describe('detectDecimalMark', () => {
	it('comma from Russian and German columns', () => {
		expect(detectDecimalMark(['1 234,50', '99,90', '12 000,00']).value).toBe(',');
		expect(detectDecimalMark(['1.234,50', '7,5']).value).toBe(',');
	});
	it('point from English columns, including float noise', () => {
		expect(detectDecimalMark(['139.12', '22.200000000000003', '1,234.50'])).toEqual({
			value: '.',
			certain: true,
			mixed: false,
			votes: 3,
			of: 3,
			example: '139.12'
		});
	});
	it('is uncertain when only whole numbers or ambiguous groups appear', () => {
		expect(detectDecimalMark(['12', '1,234', '7']).certain).toBe(false);
	});
});

describe('parseAmountValue', () => {
	it('reads to the cent without floating point', () => {
		expect(parseAmountValue('1 234,50', ',')).toEqual({ ok: true, minor: 123450 });
		expect(parseAmountValue('12\u00a0000,00', ',')).toEqual({ ok: true, minor: 1200000 });
		expect(parseAmountValue('1.234,5', ',')).toEqual({ ok: true, minor: 123450 });
		expect(parseAmountValue('22.200000000000003', '.')).toEqual({ ok: true, minor: 2220 });
		expect(parseAmountValue('70.05000000000001', '.')).toEqual({ ok: true, minor: 7005 });
		expect(parseAmountValue('1.005', '.')).toEqual({ ok: true, minor: 101 });
		expect(parseAmountValue('€ 1,234.56', '.')).toEqual({ ok: true, minor: 123456 });
		expect(parseAmountValue("1'234.50", '.')).toEqual({ ok: true, minor: 123450 });
		expect(parseAmountValue('7', '.')).toEqual({ ok: true, minor: 700 });
		expect(parseAmountValue('500', '.', 1)).toEqual({ ok: true, minor: 500 });
	});
	it('keeps the sign of refunds', () => {
		expect(parseAmountValue('-5,00', ',')).toEqual({ ok: true, minor: -500 });
		expect(parseAmountValue('(12.00)', '.')).toEqual({ ok: true, minor: -1200 });
	});
	it('reads a separator as thousands only before groups of three digits', () => {
		// Under a decimal point, "1250,50" is not 125,050: it is written with a decimal comma.
		expect(parseAmountValue('1250,50', '.')).toEqual({ ok: false, error: 'decimal-mark' });
		expect(parseAmountValue('1 250,50', '.')).toEqual({ ok: false, error: 'decimal-mark' });
		expect(parseAmountValue('12.5', ',')).toEqual({ ok: false, error: 'decimal-mark' });
		expect(parseAmountValue('1,50.00', '.')).toEqual({ ok: false, error: 'decimal-mark' });
		expect(parseAmountValue('1,250', '.')).toEqual({ ok: true, minor: 125000 });
		expect(parseAmountValue('1.234.567,89', ',')).toEqual({ ok: true, minor: 123456789 });
	});
	it('warns when the chosen mark reads the column 50 times larger than the other', () => {
		expect(amountScaleWarning(['1,250', '2,500', '980'], '.')).toEqual({
			chosen: 125000,
			other: 250
		});
		expect(amountScaleWarning(['12,50', '99,90'], ',')).toBeUndefined();
		expect(amountScaleWarning([], '.')).toBeUndefined();
	});
	it('refuses what is not an amount', () => {
		expect(parseAmountValue('', '.')).toEqual({ ok: false, error: 'empty' });
		expect(parseAmountValue('abc', '.')).toEqual({ ok: false, error: 'invalid' });
		expect(parseAmountValue('1,2,3', ',')).toEqual({ ok: false, error: 'invalid' });
	});
});

describe('parseYesNo', () => {
	it('reads yes and no in the shop languages', () => {
		expect(parseYesNo('כן')).toBe(true);
		expect(parseYesNo('Да')).toBe(true);
		expect(parseYesNo('όχι')).toBe(false);
		expect(parseYesNo('maybe')).toBeUndefined();
	});
});
