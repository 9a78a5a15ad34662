/** The .xlsx export: typed cells, currency format, frozen header, widths, RTL, safe text. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetTable } from '../../../src/lib/domain/io-sheet';
import type { ExportTable } from '../../../src/lib/domain/io-table';
import {
	currencyFormat,
	dayToSerial,
	escapeXml,
	writeXlsx
} from '../../../src/lib/domain/io-xlsx-write';

const TABLE: ExportTable = {
	columns: [
		{ header: 'name', kind: 'text' },
		{ header: 'last_purchase', kind: 'date' },
		{ header: 'visits', kind: 'number' },
		{ header: 'total_spent', kind: 'money' },
		{ header: 'notes', kind: 'text' }
	],
	rows: [
		['דנה כהן', '2024-01-13', 3, { minor: 125050, currency: 'ILS' }, '=HYPERLINK("http://x")'],
		['Анна', '', 0, { minor: 0, currency: 'ILS' }, 'a\u0001b & <c>'],
		['Zoë', '1900-01-01', 12, { minor: 99, currency: 'ILS' }, undefined]
	]
};

function parts(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe('writeXlsx', () => {
	it('writes a workbook that reads back with the same values and types', () => {
		const bytes = writeXlsx(TABLE, { sheetName: 'Customers', rightToLeft: false });
		const result = readWorkbook(bytes);
		if (!result.ok) throw new Error(result.failure);
		expect(result.workbook.sheets[0].name).toBe('Customers');
		const table = sheetTable(result.workbook.sheets[0])!;
		expect(table.header).toEqual(['name', 'last_purchase', 'visits', 'total_spent', 'notes']);
		expect(table.rows).toEqual([
			['דנה כהן', '2024-01-13', '3', '1250.5', `'=HYPERLINK("http://x")`],
			['Анна', '', '0', '0', 'ab & <c>'],
			['Zoë', '1900-01-01', '12', '0.99', '']
		]);
		expect(Array.from(table.typed![0])).toEqual([0, 2, 1, 1, 0]);
	});

	it('freezes the header, fits the columns, styles money and dates, and turns the sheet for RTL', () => {
		const files = parts(writeXlsx(TABLE, { sheetName: 'לקוחות', rightToLeft: true }));
		const sheet = files['xl/worksheets/sheet1.xml'];
		expect(sheet).toContain('rightToLeft="1"');
		expect(sheet).toContain(
			'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
		);
		const widths = [...sheet.matchAll(/width="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(widths).toHaveLength(5);
		expect(widths[0]).toBeGreaterThanOrEqual(9);
		expect(widths[4]).toBeGreaterThan(widths[2]);
		const styles = files['xl/styles.xml'];
		expect(styles).toContain(`formatCode="${escapeXml(currencyFormat('ILS'))}"`);
		expect(styles).toContain('numFmtId="14"');
		expect(files['xl/workbook.xml']).toContain('name="לקוחות"');
		const ltr = parts(writeXlsx(TABLE, { sheetName: 'x', rightToLeft: false }));
		expect(ltr['xl/worksheets/sheet1.xml']).not.toContain('rightToLeft');
	});

	it('currency formats carry the symbol and the currency’s decimals', () => {
		expect(currencyFormat('ILS')).toBe('#,##0.00 "₪"');
		expect(currencyFormat('JPY')).toBe('#,##0 "¥"');
		expect(currencyFormat('EUR')).toBe('#,##0.00 "€"');
	});

	it('day serials match Excel’s 1900 system', () => {
		expect(dayToSerial('2024-01-13')).toBe(45304);
		expect(dayToSerial('1900-03-01')).toBe(61);
		expect(dayToSerial('1900-01-01')).toBe(1);
	});
});
