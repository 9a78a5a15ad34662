/** Excel and LibreOffice workbooks read by content into the import's table, types kept. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CELL_DATE, CELL_NUMBER, CELL_TEXT } from '../../../src/lib/domain/io-parsed';
import {
	cellAddress,
	columnLetters,
	findHeaderRow,
	firstSheetWithData,
	isDateFormat,
	isWorkbookLike,
	plainNumber,
	readWorkbook,
	serialToDay,
	sheetTable,
	type Workbook
} from '../../../src/lib/domain/io-sheet';
import { makeOds, makeXlsx, type TestBook } from '../../fixtures/workbooks';

/** Several sheets: an empty one first, then a title row, a blank row, Cyrillic and Hebrew text. */
function shopBook(date1904 = false): TestBook {
	return {
		date1904,
		sheets: [
			{ name: 'Notes', rows: [] },
			{
				name: 'Клиенты',
				merges: ['A1:E1', 'A5:A6'],
				rows: [
					['Список клиентов магазина, 2024', null, null, null, null],
					[],
					['Имя', 'Телефон', 'Дата покупки', 'Сумма', 'Итого'],
					[
						'Анна Иванова',
						'+7 912 345-67-89',
						{ date: '2024-01-13' },
						1250.5,
						{ formula: 'D4*2', value: 2501 }
					],
					[
						'Борис Петров',
						'89161234567',
						{ date: '1999-12-31' },
						99,
						{ formula: 'D5*2', value: 198 }
					],
					[null, '89161234567', { date: '2024-02-29' }, 10.25, null],
					[
						'דנה כהן',
						'050-1234567',
						{ date: '2024-03-01' },
						22.2,
						{ formula: 'D7&""', value: '22.2' }
					]
				]
			},
			{
				name: 'Sheet3',
				rows: [
					['x', 'y'],
					[1, 2]
				]
			}
		]
	};
}

const read = (bytes: Uint8Array): Workbook => {
	const result = readWorkbook(bytes);
	if (!result.ok) throw new Error(result.failure);
	return result.workbook;
};

for (const [format, make] of [
	['xlsx', makeXlsx],
	['ods', makeOds]
] as const) {
	describe(`reading ${format}`, () => {
		for (const date1904 of format === 'xlsx' ? [false, true] : [false]) {
			it(`finds the sheets, the header under the title, types and merges${date1904 ? ' (1904 dates)' : ''}`, () => {
				const bytes = make(shopBook(date1904));
				expect(isWorkbookLike(bytes)).toBe(true);
				const workbook = read(bytes);
				expect(workbook.format).toBe(format);
				expect(workbook.sheets.map((s) => s.name)).toEqual(['Notes', 'Клиенты', 'Sheet3']);
				const index = firstSheetWithData(workbook);
				expect(index).toBe(1);
				const table = sheetTable(workbook.sheets[index])!;
				expect(table.headerLine).toBe(3);
				expect(table.header).toEqual(['Имя', 'Телефон', 'Дата покупки', 'Сумма', 'Итого']);
				expect(table.rows).toEqual([
					['Анна Иванова', '+7 912 345-67-89', '2024-01-13', '1250.5', '2501'],
					['Борис Петров', '89161234567', '1999-12-31', '99', '198'],
					// The name merged down over two rows is the second row's name too.
					['Борис Петров', '89161234567', '2024-02-29', '10.25', ''],
					['דנה כהן', '050-1234567', '2024-03-01', '22.2', '22.2']
				]);
				expect(table.rowLines).toEqual([4, 5, 6, 7]);
				expect(table.dataLines).toBe(4);
				expect(Array.from(table.typed![0])).toEqual([
					CELL_TEXT,
					CELL_TEXT,
					CELL_DATE,
					CELL_NUMBER,
					CELL_NUMBER
				]);
				// A formula's cached text is text.
				expect(table.typed![3][4]).toBe(CELL_TEXT);
			});
		}
	});
}

describe('xlsx details', () => {
	it('reads a custom date format, rich text without its phonetic guide, and booleans', () => {
		const bytes = makeXlsx({
			customDateFormat: true,
			sheets: [
				{
					name: 'S',
					rows: [
						['Name', 'Birthday', 'Consent'],
						['Zoë', { date: '1900-01-01' }, true],
						['Ян', { date: '1900-03-01' }, false]
					]
				}
			]
		});
		const table = sheetTable(read(bytes).sheets[0])!;
		expect(table.header).toEqual(['Name', 'Birthday', 'Consent']);
		expect(table.rows).toEqual([
			['Zoë', '1900-01-01', 'TRUE'],
			['Ян', '1900-03-01', 'FALSE']
		]);
	});

	it('knows date formats from number formats', () => {
		expect(isDateFormat('dd/mm/yyyy;@')).toBe(true);
		expect(isDateFormat('[$-409]mmm d, yyyy')).toBe(true);
		expect(isDateFormat('mmm')).toBe(true);
		expect(isDateFormat('hh:mm:ss')).toBe(false);
		expect(isDateFormat('#,##0.00 "₽"')).toBe(false);
		expect(isDateFormat('"day "0')).toBe(false);
		expect(isDateFormat('General')).toBe(false);
		expect(isDateFormat('[Red]0.00')).toBe(false);
	});

	it('counts serial days in both systems, Excel’s 29 February 1900 included', () => {
		expect(serialToDay(1, false)).toBe('1900-01-01');
		expect(serialToDay(59, false)).toBe('1900-02-28');
		expect(serialToDay(61, false)).toBe('1900-03-01');
		expect(serialToDay(45304, false)).toBe('2024-01-13');
		expect(serialToDay(45304.75, false)).toBe('2024-01-13');
		expect(serialToDay(43842, true)).toBe('2024-01-13');
		expect(serialToDay(0, true)).toBe('1904-01-01');
		expect(serialToDay(0.5, false)).toBeUndefined();
	});

	it('addresses and letters', () => {
		expect(cellAddress('A1')).toEqual({ row: 0, column: 0 });
		expect(cellAddress('$AB$12')).toEqual({ row: 11, column: 27 });
		expect(columnLetters(0)).toBe('A');
		expect(columnLetters(27)).toBe('AB');
		expect(columnLetters(16383)).toBe('XFD');
	});

	it('writes numbers plainly, never with an exponent', () => {
		expect(plainNumber(12.5)).toBe('12.5');
		expect(plainNumber(1e21)).toBe('1000000000000000000000');
		expect(plainNumber(1.5e-7)).toBe('0.00000015');
		expect(plainNumber(-3)).toBe('-3');
	});
});

describe('the header row', () => {
	it('skips a title and a date line above the table', () => {
		expect(
			findHeaderRow([
				['Shop Rosa — customers'],
				['Exported', { day: '2024-05-01' }],
				undefined,
				['First name', 'Last name', 'Email'],
				['Dana', 'Cohen', 'd@x.il']
			])
		).toBe(3);
	});
	it('takes a row of text as wide as the rows under it when no column is known', () => {
		expect(
			findHeaderRow([['Report'], ['Col A', 'Col B', 'Col C'], ['1', '2', '3'], ['4', '5', '6']])
		).toBe(1);
	});
});

describe('files that are not readable workbooks', () => {
	it('a zip that is no spreadsheet', () => {
		const bytes = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
		expect(readWorkbook(bytes)).toEqual({ ok: false, failure: 'not-spreadsheet' });
	});
	it('a truncated workbook', () => {
		const bytes = makeXlsx(shopBook()).slice(0, 300);
		expect(readWorkbook(bytes)).toEqual({ ok: false, failure: 'corrupt' });
	});
	it('a password-protected workbook and an old .xls', () => {
		const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
		const name = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]);
		const encrypted = new Uint8Array([...header, ...new Array(100).fill(0), ...name]);
		expect(readWorkbook(encrypted)).toEqual({ ok: false, failure: 'encrypted' });
		const old = new Uint8Array([...header, ...new Array(100).fill(0)]);
		expect(readWorkbook(old)).toEqual({ ok: false, failure: 'legacy-xls' });
	});
	it('a LibreOffice file protected by a password', () => {
		const bytes = zipSync({
			mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
			'content.xml': [new Uint8Array([7, 1, 250, 3, 99, 42]), { level: 0 }],
			'META-INF/manifest.xml': strToU8(
				'<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'
			)
		});
		expect(readWorkbook(bytes)).toEqual({ ok: false, failure: 'encrypted' });
	});
	it('a workbook whose sheets are empty has no table', () => {
		const workbook = read(makeXlsx({ sheets: [{ name: 'A', rows: [] }] }));
		expect(sheetTable(workbook.sheets[0])).toBeUndefined();
		const ods = read(makeOds({ sheets: [{ name: 'A', rows: [] }] }));
		expect(sheetTable(ods.sheets[0])).toBeUndefined();
	});
	it('a CSV is not taken for a workbook', () => {
		expect(isWorkbookLike(strToU8('name,phone\nDana,050'))).toBe(false);
	});
});
