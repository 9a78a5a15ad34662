/** A sales file repeats its customers: each row still gets its own report lines and row numbers. */
import { expect, it } from 'vitest';
import { readRows } from '../../../src/lib/domain/io-import';

const options = {
	kind: 'sales' as const,
	mapping: ['saleRef', 'saleDate', 'externalId', 'email', 'amount'] as const,
	dateOrder: 'dmy' as const,
	decimalMark: '.' as const,
	perMajor: 100,
	currency: 'EUR',
	today: '2026-11-23',
	firstRowNumber: 2
};

it('reports a repeated customer problem on every row that has it, with that row number', () => {
	const read = readRows(
		[
			['A1', '01/02/2024', '17', 'not-an-email', '5.00'],
			['A2', '02/02/2024', '18', 'dana@example.com', '6.00'],
			['A3', '01/02/2024', '17', 'not-an-email', '7.00'],
			['A4', '31/02/2024', '18', 'dana@example.com', '8.00']
		],
		{ ...options, mapping: [...options.mapping] }
	);
	expect(read.errors.map((e) => [e.row, e.code])).toEqual([
		[2, 'email-invalid'],
		[4, 'email-invalid'],
		[5, 'date-invalid']
	]);
	expect(read.sales.map((s) => [s.row, s.date, s.ref.externalId, s.fields.email])).toEqual([
		[3, '2024-02-02', '18', 'dana@example.com']
	]);
});

it('reads the same customer the same way on every row', () => {
	const read = readRows(
		[
			['B1', '01/02/2024', '17', '', '5.00'],
			['B2', '01/02/2024', '17', '', '6.00']
		],
		{ ...options, mapping: [...options.mapping] }
	);
	expect(read.sales).toHaveLength(2);
	expect(read.sales[0].fields).toEqual(read.sales[1].fields);
	expect(read.sales.map((s) => s.date)).toEqual(['2024-02-01', '2024-02-01']);
});
