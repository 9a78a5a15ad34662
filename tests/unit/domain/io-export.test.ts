/** Exports that Excel opens as text, with numbers and phones intact, and that read back in. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { csvCell, neutralizeFormula, toCsv } from '../../../src/lib/domain/io-csv-write';
import { customerRows, saleRows, statisticsRows } from '../../../src/lib/domain/io-export';
import { guessMapping } from '../../../src/lib/domain/io-mapping';
import type { Customer, Sale } from '../../../src/lib/domain/types';

function customer(overrides: Partial<Customer>): Customer {
	return {
		...emptyCustomerFields(),
		id: 'c1',
		createdAt: 0,
		updatedAt: 0,
		visits: 0,
		totalSpent: 0,
		searchWords: [],
		phoneDigits: '',
		...overrides
	};
}

const OPTIONS = { currency: 'EUR', decimalComma: false, referenceDate: '2026-11-23' };

describe('neutralizeFormula (OWASP CSV injection)', () => {
	it('makes formulas text with a leading quote', () => {
		expect(neutralizeFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
		expect(neutralizeFormula('+cmd|" /C calc"!A0')).toBe(`'+cmd|" /C calc"!A0`);
		expect(neutralizeFormula('-2+3+cmd')).toBe(`'-2+3+cmd`);
		expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
		expect(neutralizeFormula('\t=1+1')).toBe(`'\t=1+1`);
		expect(neutralizeFormula('\r=1+1')).toBe(`'\r=1+1`);
	});
	it('leaves phone numbers, numbers and ordinary text alone', () => {
		expect(neutralizeFormula('+972 50 123 4567')).toBe('+972 50 123 4567');
		expect(neutralizeFormula('+1 (555) 010-2030')).toBe('+1 (555) 010-2030');
		expect(neutralizeFormula('-12.50')).toBe('-12.50');
		expect(neutralizeFormula('Dana = Cohen')).toBe('Dana = Cohen');
		expect(neutralizeFormula('דנה')).toBe('דנה');
	});
});

describe('toCsv', () => {
	it('writes a BOM, CRLF lines, and quotes what needs quoting', () => {
		const text = toCsv([
			['name', 'note'],
			['=HYPERLINK("http://x","y")', 'a, b']
		]);
		expect(text).toBe(`\ufeffname,note\r\n"'=HYPERLINK(""http://x"",""y"")","a, b"\r\n`);
	});
	it('uses semicolons when asked, and reads back to the same cells', () => {
		const rows = [
			['name', 'amount', 'phone'],
			['Cohen; Dana', '12,50', '+972 50 123 4567'],
			['line\nbreak', '7,00', '']
		];
		const text = toCsv(rows, { delimiter: ';', bom: false });
		expect(Papa.parse<string[]>(text.trimEnd(), { delimiter: ';' }).data).toEqual(rows);
	});
	it('quotes cells with leading or trailing spaces', () => {
		expect(csvCell(' x', ',')).toBe('" x"');
		expect(csvCell(12, ',')).toBe('12');
	});
});

describe('exports', () => {
	const dana = customer({
		id: 'c1',
		firstName: '=HYPERLINK("http://x","y")',
		lastName: 'Cohen',
		phone: '+972 50 123 4567',
		externalId: '17850',
		tags: ['roses', 'gifts'],
		visits: 2,
		totalSpent: 1250,
		firstPurchase: '2026-10-01',
		lastPurchase: '2026-11-13'
	});
	const gone = customer({ id: 'c2', firstName: 'Gone', deletedAt: 5 });
	const sales: Sale[] = [
		{
			id: 's2',
			customerId: 'c1',
			date: '2026-11-13',
			amount: 1000,
			currency: 'EUR',
			category: 'roses',
			externalRef: 'INV-2',
			createdAt: 0,
			updatedAt: 0
		},
		{
			id: 's1',
			customerId: 'c1',
			date: '2026-10-01',
			amount: 250,
			currency: 'EUR',
			category: '',
			createdAt: 0,
			updatedAt: 0
		},
		{
			id: 's3',
			customerId: 'c1',
			date: '2026-10-02',
			amount: 999,
			currency: 'EUR',
			category: '',
			createdAt: 0,
			updatedAt: 0,
			deletedAt: 1
		}
	];

	it('customers: live cards only, with headers the import recognises', () => {
		const rows = customerRows([dana, gone]);
		expect(rows).toHaveLength(2);
		expect(rows[1].slice(0, 7)).toEqual([
			'c1',
			'17850',
			'',
			'=HYPERLINK("http://x","y")',
			'Cohen',
			'',
			'+972 50 123 4567'
		]);
		expect(guessMapping(rows[0].map(String))).toEqual([
			'ignore',
			'externalId',
			'salutation',
			'firstName',
			'lastName',
			'email',
			'phone',
			'street',
			'postalCode',
			'city',
			'country',
			'birthday',
			'tags',
			'notes',
			'consent'
		]);
		expect(toCsv(rows)).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
	});

	it('sales: live lines in date order, amounts with the chosen decimal mark', () => {
		const rows = saleRows(sales, [dana], { ...OPTIONS, decimalComma: true });
		expect(rows.slice(1)).toEqual([
			['s1', 'c1', '17850', '2026-10-01', '2,50', 'EUR', '', ''],
			['s2', 'c1', '17850', '2026-11-13', '10,00', 'EUR', 'roses', 'INV-2']
		]);
	});

	it('statistics: visits, spend and recency from the reference date', () => {
		const rows = statisticsRows([dana, gone], OPTIONS);
		expect(rows[0]).toEqual([
			'card_id',
			'external_id',
			'name',
			'email',
			'phone',
			'first_purchase',
			'last_purchase',
			'visits',
			'total_spent',
			'recency_days'
		]);
		expect(rows[1]).toEqual([
			'c1',
			'17850',
			'=HYPERLINK("http://x","y") Cohen',
			'',
			'+972 50 123 4567',
			'2026-10-01',
			'2026-11-13',
			2,
			'12.50',
			10
		]);
		const noSales = statisticsRows([customer({ id: 'c3', firstName: 'New' })], OPTIONS);
		expect(noSales[1].slice(5)).toEqual(['', '', 0, '0.00', '']);
	});
});
