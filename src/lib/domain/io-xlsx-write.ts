/**
 * An export table as an Excel workbook (.xlsx, one sheet): days as date cells, money as numbers
 * in the shop's currency format, counts as numbers; the header row bold and frozen, the columns as
 * wide as their contents, the sheet right to left for a right-to-left language. Text that a
 * spreadsheet would read as a formula is made harmless as in CSV. Loaded on demand (import()).
 */
import { strToU8, zipSync } from 'fflate';
import { neutralizeFormula } from './io-csv-write';
import { columnLetters } from './io-sheet';
import { isMoneyCell, type ExportCell, type ExportTable } from './io-table';
import { minorUnitsPerMajor } from './money';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxOptions {
	sheetName: string;
	rightToLeft: boolean;
}

// Characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates).
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The currency's symbol as people write it (₪, €, ₽, ֏), or its code. */
function currencySymbol(currency: string): string {
	try {
		const parts = new Intl.NumberFormat('en', {
			style: 'currency',
			currency,
			currencyDisplay: 'narrowSymbol'
		}).formatToParts(1);
		return parts.find((p) => p.type === 'currency')?.value ?? currency;
	} catch {
		return currency;
	}
}

/** An Excel number format for the currency: grouped thousands, its decimals, its symbol after. */
export function currencyFormat(currency: string): string {
	const digits = Math.round(Math.log10(minorUnitsPerMajor(currency)));
	const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
	const symbol = currencySymbol(currency).replace(/"/g, '');
	return `${number} "${symbol}"`;
}

/** Excel's day number for an ISO day (1900 system): what a date cell stores. */
export function dayToSerial(day: string): number {
	const [y, m, d] = day.split('-').map(Number);
	const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
	// Days before 1 March 1900 are one less: Excel counts a 29 February 1900 that never was.
	return serial < 61 ? serial - 1 : serial;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

function sheetName(name: string): string {
	const clean = name.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/^'|'$/g, '').trim().slice(0, 31);
	return clean || 'Sheet1';
}

// Built-in format 14 is the reader's own short date (Excel and LibreOffice show it localised).
const DATE_FORMAT_ID = 14;
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
const STYLE_MONEY_FIRST = 3;

/** Width in characters a cell's text takes, for the column width. */
function shownLength(cell: ExportCell): number {
	if (cell === undefined) return 0;
	if (isMoneyCell(cell)) {
		const major = Math.abs(cell.minor) / minorUnitsPerMajor(cell.currency);
		return String(Math.floor(major)).length * 1.35 + 5;
	}
	if (typeof cell === 'number') return String(cell).length;
	return Math.max(
		...String(cell)
			.split('\n')
			.map((line) => Array.from(line).length)
	);
}

function widths(table: ExportTable): number[] {
	return table.columns.map((column, c) => {
		let widest = Array.from(column.header).length * 1.15;
		if (column.kind === 'date') widest = Math.max(widest, 11);
		const rows = table.rows.length > 2000 ? table.rows.slice(0, 2000) : table.rows;
		for (const row of rows) widest = Math.max(widest, shownLength(row[c]));
		return Math.round(Math.min(60, Math.max(6, widest + 2)) * 100) / 100;
	});
}

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(table: ExportTable, options: XlsxOptions): Uint8Array {
	const currencies: string[] = [];
	for (const row of table.rows)
		for (const cell of row)
			if (isMoneyCell(cell) && !currencies.includes(cell.currency)) currencies.push(cell.currency);
	const moneyStyle = (currency: string) => STYLE_MONEY_FIRST + currencies.indexOf(currency);

	const cellXml = (cell: ExportCell, ref: string, kind: string): string => {
		if (cell === undefined || cell === '') return '';
		if (isMoneyCell(cell))
			return `<c r="${ref}" s="${moneyStyle(cell.currency)}"><v>${cell.minor / minorUnitsPerMajor(cell.currency)}</v></c>`;
		if (typeof cell === 'number')
			return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : '';
		if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell))
			return `<c r="${ref}" s="${STYLE_DATE}"><v>${dayToSerial(cell)}</v></c>`;
		const text = escapeXml(neutralizeFormula(cell));
		return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
	};

	const letters = table.columns.map((_, c) => columnLetters(c));
	const rows: string[] = [];
	rows.push(
		`<row r="1">${table.columns
			.map(
				(column, c) =>
					`<c r="${letters[c]}1" s="${STYLE_HEADER}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(neutralizeFormula(column.header))}</t></is></c>`
			)
			.join('')}</row>`
	);
	table.rows.forEach((row, r) => {
		const line = r + 2;
		rows.push(
			`<row r="${line}">${row
				.map((cell, c) => cellXml(cell, `${letters[c]}${line}`, table.columns[c]?.kind ?? 'text'))
				.join('')}</row>`
		);
	});
	const cols = widths(table)
		.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
		.join('');
	const lastRef = `${letters[Math.max(0, letters.length - 1)] ?? 'A'}${table.rows.length + 1}`;
	const sheet =
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<dimension ref="A1:${lastRef}"/>` +
		`<sheetViews><sheetView workbookViewId="0" tabSelected="1"${options.rightToLeft ? ' rightToLeft="1"' : ''}>` +
		`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
		`<sheetFormatPr defaultRowHeight="15"/>` +
		(cols ? `<cols>${cols}</cols>` : '') +
		`<sheetData>${rows.join('')}</sheetData></worksheet>`;

	const numFmts = currencies
		.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(currencyFormat(c))}"/>`)
		.join('');
	const styles =
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
		`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		(numFmts ? `<numFmts count="${currencies.length}">${numFmts}</numFmts>` : '') +
		`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
		`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="${STYLE_MONEY_FIRST + currencies.length}">` +
		`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
		`<xf numFmtId="${DATE_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
		currencies
			.map(
				(_, i) =>
					`<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
			)
			.join('') +
		`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
		`</styleSheet>`;

	const name = escapeXml(sheetName(options.sheetName));
	const files: Record<string, string> = {
		'[Content_Types].xml':
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
			`</Types>`,
		'_rels/.rels':
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
			`</Relationships>`,
		'xl/workbook.xml':
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
			`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<bookViews><workbookView/></bookViews>` +
			`<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels':
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`</Relationships>`,
		'xl/styles.xml': styles,
		'xl/worksheets/sheet1.xml': sheet
	};
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
		{ level: 6, mtime: new Date(2000, 0, 1) }
	);
}
