/** Whole files through parsing, reading and planning: the real invoices, Russian, Hebrew, broken. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvBytes, type ParsedCsv } from '../../../src/lib/domain/io-csv';
import {
	emptyIndex,
	indexExisting,
	planImport,
	readRows,
	splitFullName,
	summariesAfter,
	type ReadOptions
} from '../../../src/lib/domain/io-import';
import { guessKind, guessMapping } from '../../../src/lib/domain/io-mapping';
import { detectDateOrder, detectDecimalMark } from '../../../src/lib/domain/io-values';
import type { CustomerFields } from '../../../src/lib/domain/types';

const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const fixture = (name: string) => bytesOf(`../../fixtures/io/${name}`);
const INVOICES = '../../fixtures/io/online-retail-invoices.csv';

function parsed(bytes: Uint8Array): ParsedCsv {
	const result = parseCsvBytes(bytes);
	if (!result.ok) throw new Error(result.failure);
	return result.csv;
}

/** What the UI does: guesses from the whole columns, as the owner would confirm them. */
function optionsFor(csv: ParsedCsv): ReadOptions {
	const mapping = guessMapping(csv.header);
	const column = (field: string) => csv.rows.map((r) => r[mapping.indexOf(field as never)] ?? '');
	return {
		kind: guessKind(mapping),
		mapping,
		dateOrder: detectDateOrder([...column('saleDate'), ...column('birthday')]).value,
		decimalMark: detectDecimalMark(column('amount')).value,
		perMajor: 100,
		currency: 'EUR',
		today: '2026-11-23',
		rowLines: csv.rowLines
	};
}

const unnamed = (ref: string) => `Customer ${ref}`;
const noFields = () => undefined;

describe('the real online retail invoices file', () => {
	const csv = parsed(bytesOf(INVOICES));
	const read = readRows(csv.rows, optionsFor(csv));

	it('reads every row as a sale, with no errors', () => {
		expect(csv.delimiter).toBe(',');
		expect(csv.rows).toHaveLength(18532);
		expect(read.errors).toEqual([]);
		expect(read.sales).toHaveLength(18532);
	});

	it('plans one card per CustomerID and one sale per row, to the cent', () => {
		const plan = planImport(read, emptyIndex(), noFields, unnamed);
		expect(plan.newCustomers).toHaveLength(4338);
		expect(plan.sales).toHaveLength(18532);
		// The sum of the file's TotalPrice column, each rounded to the cent.
		const expected = csv.rows.reduce((sum, r) => sum + Math.round(Number(r[3]) * 100), 0);
		expect(plan.sales.reduce((sum, s) => sum + s.amount, 0)).toBe(expected);
		const first = plan.newCustomers.find((c) => c.fields.externalId === '17850');
		expect(first?.fields.lastName).toBe('Customer 17850');
		const summaries = summariesAfter(plan, () => undefined);
		const summary = summaries.get(first!.key)!;
		const rows17850 = csv.rows.filter((r) => r[2] === '17850');
		expect(summary.visits).toBe(rows17850.length);
		expect(summary.firstPurchase).toBe('2010-12-01');
	});

	it('plans nothing the second time', () => {
		const first = planImport(read, emptyIndex(), noFields, unnamed);
		const customers = first.newCustomers.map((c, i) => ({
			id: `c${i}`,
			...c.fields,
			externalId: c.fields.externalId
		}));
		const refs = first.sales.map((s) => s.externalRef!);
		const again = planImport(read, indexExisting(customers, refs), noFields, unnamed);
		expect(again.newCustomers).toHaveLength(0);
		expect(again.sales).toHaveLength(0);
		expect(again.alreadyImported).toBe(18532);
	});
});

describe('a Russian semicolon file with decimal commas and day-first dates', () => {
	for (const name of ['ru-sales-utf8-bom.csv', 'ru-sales-windows-1251.csv']) {
		it(`imports ${name} correctly`, () => {
			const csv = parsed(fixture(name));
			expect(csv.delimiter).toBe(';');
			const options = optionsFor(csv);
			// Names beside the purchase: each row a customer with a purchase, matched by customer code.
			expect(options.kind).toBe('customers-with-sales');
			expect(options.dateOrder).toBe('dmy');
			expect(options.decimalMark).toBe(',');
			const read = readRows(csv.rows, options);
			expect(read.errors).toEqual([]);
			expect(read.sales.map((s) => [s.date, s.amount])).toEqual([
				['2024-01-05', 123450],
				['2024-02-13', 9990],
				['2024-03-01', 1200000],
				['2023-12-28', 56000],
				['2024-01-02', 200005]
			]);
			const plan = planImport(read, emptyIndex(), noFields, unnamed);
			expect(plan.newCustomers.map((c) => `${c.fields.firstName} ${c.fields.lastName}`)).toEqual([
				'Мария Иванова',
				'Сергей Петров',
				'Ольга Смирнова'
			]);
			expect(plan.sales.map((s) => s.customer)).toEqual([
				'new:0',
				'new:0',
				'new:1',
				'new:2',
				'new:1'
			]);
		});
	}
});

describe('a Hebrew customer list', () => {
	it('reads names, phones, emails and day-first birthdays', () => {
		const csv = parsed(fixture('he-customers.csv'));
		const options = optionsFor(csv);
		expect(options.kind).toBe('customers');
		const read = readRows(csv.rows, options);
		expect(read.errors).toEqual([]);
		expect(read.customers.map((c) => c.fields.firstName)).toEqual(['דנה', 'יוסי', 'מרים']);
		expect(read.customers[0].fields.birthday).toBe('1985-03-14');
		expect(read.customers[0].fields.notes).toBe('אוהבת ורדים, לבנים');
		expect(read.customers[0].fields.email).toBe('dana@example.co.il');
	});

	it('matches existing cards by email or phone instead of doubling them', () => {
		const csv = parsed(fixture('he-customers.csv'));
		const read = readRows(csv.rows, optionsFor(csv));
		const stored = {
			id: 'old',
			externalId: undefined,
			email: '',
			phone: '052-765-4321',
			firstName: 'Yossi',
			lastName: 'Levi',
			address: { street: '', postalCode: '', city: '', country: '' },
			tags: [],
			salutation: '',
			birthday: '',
			notes: ''
		} as unknown as CustomerFields & { id: string };
		const plan = planImport(
			read,
			indexExisting([stored], []),
			(id) => (id === 'old' ? stored : undefined),
			unnamed
		);
		expect(plan.newCustomers).toHaveLength(2);
		expect(plan.matchedRows).toBe(1);
		// The typed name stays; the blank city is filled from the file.
		expect(plan.fills.get('old')).toEqual({
			address: { street: '', postalCode: '', city: 'חיפה', country: '' }
		});
	});
});

describe('broken files', () => {
	it('empty and binary files are refused with a reason', () => {
		expect(parseCsvBytes(fixture('empty.csv'))).toEqual({ ok: false, failure: 'empty' });
		expect(parseCsvBytes(fixture('binary.csv'))).toEqual({ ok: false, failure: 'binary' });
		expect(parseCsvBytes(new TextEncoder().encode('only,a,header\n'))).toEqual({
			ok: false,
			failure: 'no-rows'
		});
	});

	it('10,000 rows with some broken: each broken row reported with its number and reason', () => {
		const csv = parsed(fixture('sales-10000-some-broken.csv'));
		expect(csv.delimiter).toBe(';');
		expect(csv.rowLines[0]).toBe(3);
		const read = readRows(csv.rows, optionsFor(csv));
		expect(read.total).toBe(10000);
		expect(read.errors).toHaveLength(80);
		expect(read.sales).toHaveLength(10000 - 80);
		// Data row i sits on file line i + 3 (sep= line, header).
		expect(read.errors[0]).toEqual({
			row: 20,
			field: 'amount',
			code: 'amount-invalid',
			value: 'abc'
		});
		const codes = new Set(read.errors.map((e) => e.code));
		expect(codes).toEqual(
			new Set(['amount-invalid', 'date-invalid', 'customer-missing', 'amount-refund'])
		);
	});

	it('a sale without amount, date or customer is an error, a repeated invoice too', () => {
		const read = readRows(
			[
				['A1', '2024-01-01', 'x', '5'],
				['A1', '2024-01-02', 'x', '6'],
				['A2', '', 'x', '7'],
				['A3', '2024-01-01', '', '7'],
				['A4', '2024-01-01', 'x', '0'],
				['C5', '2024-01-01', 'x', '3']
			],
			{
				kind: 'sales',
				mapping: ['saleRef', 'saleDate', 'externalId', 'amount'],
				dateOrder: 'ymd',
				decimalMark: '.',
				perMajor: 100,
				currency: 'EUR',
				today: '2026-11-23',
				firstRowNumber: 2
			}
		);
		expect(read.errors.map((e) => [e.row, e.code])).toEqual([
			[3, 'ref-repeated'],
			[4, 'date-missing'],
			[5, 'customer-missing'],
			[6, 'amount-zero'],
			[7, 'amount-refund']
		]);
	});
});

describe('splitFullName', () => {
	it('reads "First Last" and "Last, First"', () => {
		expect(splitFullName('Dana  Cohen')).toEqual({ firstName: 'Dana', lastName: 'Cohen' });
		expect(splitFullName('Cohen, Dana')).toEqual({ firstName: 'Dana', lastName: 'Cohen' });
		expect(splitFullName('Madonna')).toEqual({ firstName: 'Madonna', lastName: '' });
	});
});
