/**
 * Excel (.xlsx) and LibreOffice (.ods) workbooks to the same table the CSV reader makes (runs
 * inside the import worker): the file is told by its content (zip signature and the parts inside),
 * the owner's sheet is read with its cells' types, the header row is found under a title or blank
 * rows, merged cells are filled, formulas give their cached value. Dates come out as ISO days and
 * numbers as plain decimals with a point, marked as typed, so no date order or decimal mark is
 * guessed for them.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { isValidIsoDate } from './dates';
import { guessMapping } from './io-mapping';
import { CELL_DATE, CELL_NUMBER, type ParsedTable } from './io-parsed';
import type { IsoDate } from './types';
import { scanXml, type XmlAttributes } from './xml-scan';

export type SheetFormat = 'xlsx' | 'ods';

/** Why a file that is not text could not be read as a workbook. */
export type SheetFailure =
	'encrypted' | 'legacy-xls' | 'not-spreadsheet' | 'corrupt' | 'too-large' | 'sheet-empty';

/** A cell as the file stores it: text, a number, a day, or yes/no. */
export type SheetValue = string | number | boolean | SheetDay;
export interface SheetDay {
	readonly day: IsoDate;
}

interface Merge {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

export interface Sheet {
	name: string;
	/** Rows by index from 0 (row 1 of the sheet); a missing row or cell is empty. */
	rows: (SheetValue | undefined)[][];
	merges: Merge[];
}

export interface Workbook {
	format: SheetFormat;
	sheets: Sheet[];
}

export type SheetResult = { ok: true; workbook: Workbook } | { ok: false; failure: SheetFailure };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File: an old .xls, or an Office file protected by a password (it is encrypted). */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** Parts larger than this (uncompressed) are refused, so a zip bomb cannot exhaust memory. */
const MAX_PART_BYTES = 512 * 1024 * 1024;
/** Rows and columns a sheet can have in Excel; a repeat beyond them is an empty tail. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const startsWith = (bytes: Uint8Array, signature: number[]) =>
	bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** True when the bytes are a workbook or a file that only looks like text to nobody: zip or OLE. */
export function isWorkbookLike(bytes: Uint8Array): boolean {
	return startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
	const pattern = Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
	outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
		for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
		return true;
	}
	return false;
}

const decoder = new TextDecoder('utf-8');
const textOf = (files: Unzipped, name: string) => {
	const bytes = files[name];
	return bytes ? decoder.decode(bytes) : undefined;
};

/** Reads a workbook's sheets; the caller has seen `isWorkbookLike`. */
export function readWorkbook(bytes: Uint8Array): SheetResult {
	if (startsWith(bytes, COMPOUND))
		return {
			ok: false,
			failure: containsUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'legacy-xls'
		};
	let files: Unzipped;
	let tooLarge = false;
	try {
		// LibreOffice encrypts the parts of a protected file and says so in its manifest.
		const manifest = unzipSync(bytes, {
			filter: (file) => file.name === 'META-INF/manifest.xml' && file.originalSize < 1_000_000
		});
		if (textOf(manifest, 'META-INF/manifest.xml')?.includes('encryption-data'))
			return { ok: false, failure: 'encrypted' };
		files = unzipSync(bytes, {
			filter: (file) => {
				// Only the parts that hold cells: never images, embedded files or pivot caches.
				const wanted =
					file.name === 'mimetype' ||
					file.name === 'content.xml' ||
					file.name === '[Content_Types].xml' ||
					(file.name.startsWith('xl/') &&
						/\.(xml|rels)$/.test(file.name) &&
						!/^xl\/(pivotCache|media|drawings|charts|externalLinks|embeddings)\//.test(file.name));
				if (wanted && file.originalSize > MAX_PART_BYTES) {
					tooLarge = true;
					return false;
				}
				return wanted;
			}
		});
	} catch {
		return { ok: false, failure: tooLarge ? 'too-large' : 'corrupt' };
	}
	if (tooLarge) return { ok: false, failure: 'too-large' };
	try {
		const mime = textOf(files, 'mimetype')?.trim();
		if (mime === ODS_MIME && files['content.xml'])
			return {
				ok: true,
				workbook: { format: 'ods', sheets: readOds(textOf(files, 'content.xml')!) }
			};
		if (mime?.startsWith('application/vnd.oasis.opendocument'))
			return { ok: false, failure: 'not-spreadsheet' };
		const workbookPath = xlsxWorkbookPath(files);
		if (!workbookPath) return { ok: false, failure: 'not-spreadsheet' };
		return { ok: true, workbook: { format: 'xlsx', sheets: readXlsx(files, workbookPath) } };
	} catch {
		return { ok: false, failure: 'corrupt' };
	}
}

// ---------------------------------------------------------------------------------------------
// OOXML (.xlsx)

function xlsxWorkbookPath(files: Unzipped): string | undefined {
	const types = textOf(files, '[Content_Types].xml');
	let found: string | undefined;
	if (types)
		scanXml(types, {
			open: (name, a) => {
				if (
					name === 'Override' &&
					/spreadsheetml\.(sheet|template)\.main|ms-excel\.sheet\.macroEnabled\.main/.test(
						a.ContentType ?? ''
					)
				)
					found ??= (a.PartName ?? '').replace(/^\//, '');
			}
		});
	if (found && files[found]) return found;
	return files['xl/workbook.xml'] ? 'xl/workbook.xml' : undefined;
}

function resolvePath(base: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = base.split('/').slice(0, -1);
	for (const part of target.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.') parts.push(part);
	}
	return parts.join('/');
}

interface Relationship {
	id: string;
	type: string;
	path: string;
}

function relationships(files: Unzipped, part: string): Relationship[] {
	const slash = part.lastIndexOf('/');
	const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
	const found: Relationship[] = [];
	const xml = textOf(files, relsPath);
	if (xml)
		scanXml(xml, {
			open: (name, a) => {
				if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External')
					found.push({ id: a.Id, type: a.Type ?? '', path: resolvePath(part, a.Target) });
			}
		});
	return found;
}

const relationshipOfType = (rels: readonly Relationship[], type: string) =>
	rels.find((r) => r.type.endsWith(`/${type}`))?.path;

// Excel's built-in number formats that show a day (the rest of 14 to 58 are times or text).
const BUILT_IN_DATES = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
	52, 53, 54, 55, 56, 57, 58
]);
const BUILT_IN_TIMES_ONLY = new Set([18, 19, 20, 21, 45, 46, 47]);

/** True for a number format that shows a day: y, d or a month name, outside quotes and colours. */
export function isDateFormat(code: string): boolean {
	const bare = code
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/\[[^\]]*\]/g, '')
		.replace(/General/gi, '');
	if (/[yd]/i.test(bare)) return true;
	// "mmm" alone is a month; "mm" beside hours or seconds is minutes.
	return /m/i.test(bare) && !/[hs]/i.test(bare) && !/[0#?]/.test(bare);
}

function dateStyles(files: Unzipped, stylesPath: string | undefined): boolean[] {
	const xml = textOf(files, stylesPath ?? 'xl/styles.xml');
	if (!xml) return [];
	const custom = new Map<number, string>();
	const styles: boolean[] = [];
	let inCellXfs = false;
	scanXml(xml, {
		open: (name, a, selfClosing) => {
			if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
			else if (name === 'cellXfs') inCellXfs = !selfClosing;
			else if (name === 'xf' && inCellXfs) {
				const id = Number(a.numFmtId ?? 0);
				const code = custom.get(id);
				styles.push(
					code !== undefined
						? isDateFormat(code)
						: BUILT_IN_DATES.has(id) && !BUILT_IN_TIMES_ONLY.has(id)
				);
			}
		},
		close: (name) => {
			if (name === 'cellXfs') inCellXfs = false;
		}
	});
	return styles;
}

function sharedStrings(files: Unzipped, path: string | undefined): string[] {
	const xml = textOf(files, path ?? 'xl/sharedStrings.xml');
	if (!xml) return [];
	const strings: string[] = [];
	let current = '';
	let inText = false;
	let phonetic = 0;
	scanXml(xml, {
		open: (name, _a, selfClosing) => {
			if (name === 'si') current = '';
			else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
			else if (name === 't' && !selfClosing) inText = phonetic === 0;
		},
		close: (name) => {
			if (name === 'si') strings.push(current);
			else if (name === 't') inText = false;
			else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
		},
		text: (text) => {
			if (inText) current += text;
		}
	});
	return strings;
}

/** "BC12" to the column (54) and row (11), both from 0. */
export function cellAddress(ref: string): { row: number; column: number } | undefined {
	const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
	if (!match) return undefined;
	let column = 0;
	for (const c of match[1].toUpperCase()) column = column * 26 + (c.charCodeAt(0) - 64);
	return { row: Number(match[2]) - 1, column: column - 1 };
}

/** The column's letters, as the spreadsheet shows them: 0 is A, 27 is AB. */
export function columnLetters(index: number): string {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		const rest = (n - 1) % 26;
		letters = String.fromCharCode(65 + rest) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

const DAY_MS = 86_400_000;

/**
 * An Excel serial day to an ISO day. In the 1900 system Excel counts 29 February 1900, which never
 * was (Lotus's error, kept): days before it are one off. The 1904 system (old Mac files) counts
 * from 1 January 1904. Undefined for a serial that is not a day (negative, or a time alone).
 */
export function serialToDay(serial: number, date1904: boolean): IsoDate | undefined {
	if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return undefined;
	const whole = Math.floor(serial + 1e-9);
	let epoch: number;
	if (date1904) epoch = Date.UTC(1904, 0, 1);
	else if (whole < 60) epoch = Date.UTC(1899, 11, 31);
	else if (whole === 60) return '1900-02-28';
	else epoch = Date.UTC(1899, 11, 30);
	const day = new Date(epoch + whole * DAY_MS).toISOString().slice(0, 10);
	return isValidIsoDate(day) ? day : undefined;
}

function readXlsx(files: Unzipped, workbookPath: string): Sheet[] {
	const rels = relationships(files, workbookPath);
	const sheetPaths = new Map(rels.map((r) => [r.id, r.path]));
	let date1904 = false;
	const listed: { name: string; path: string }[] = [];
	scanXml(textOf(files, workbookPath) ?? '', {
		open: (name, a) => {
			if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
			else if (name === 'sheet') {
				const path = sheetPaths.get(a.id ?? '');
				if (path && files[path]) listed.push({ name: a.name ?? '', path });
			}
		}
	});
	const strings = sharedStrings(files, relationshipOfType(rels, 'sharedStrings'));
	const dates = dateStyles(files, relationshipOfType(rels, 'styles'));
	return listed.map(({ name, path }) => ({
		name,
		...readXlsxSheet(textOf(files, path) ?? '', strings, dates, date1904)
	}));
}

function readXlsxSheet(
	xml: string,
	strings: readonly string[],
	dateStyle: readonly boolean[],
	date1904: boolean
): Pick<Sheet, 'rows' | 'merges'> {
	const rows: (SheetValue | undefined)[][] = [];
	const merges: Merge[] = [];
	let rowIndex = -1;
	let columnIndex = -1;
	let cell: { type: string; style: number; column: number } | undefined;
	let value = '';
	let inline = '';
	let reading: 'v' | 't' | undefined;
	let phonetic = false;
	scanXml(xml, {
		open: (name, a: XmlAttributes, selfClosing) => {
			switch (name) {
				case 'row': {
					const r = Number(a.r);
					rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
					columnIndex = -1;
					return;
				}
				case 'c': {
					const at = a.r ? cellAddress(a.r) : undefined;
					if (at) rowIndex = at.row;
					columnIndex = at ? at.column : columnIndex + 1;
					cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), column: columnIndex };
					value = '';
					inline = '';
					if (selfClosing) cell = undefined;
					return;
				}
				case 'v':
					if (!selfClosing) reading = 'v';
					return;
				case 't':
					if (!selfClosing && cell) reading = 't';
					return;
				case 'rPh':
					phonetic = !selfClosing;
					return;
				case 'mergeCell': {
					const [from, to] = (a.ref ?? '').split(':');
					const start = cellAddress(from ?? '');
					const end = cellAddress(to ?? from ?? '');
					if (start && end)
						merges.push({ top: start.row, left: start.column, bottom: end.row, right: end.column });
					return;
				}
			}
		},
		close: (name) => {
			if (name === 'v' || name === 't') reading = undefined;
			else if (name === 'rPh') phonetic = false;
			else if (name === 'c' && cell) {
				const stored = xlsxValue(
					cell.type,
					value,
					inline,
					strings,
					dateStyle[cell.style] ?? false,
					date1904
				);
				if (stored !== undefined && rowIndex >= 0 && rowIndex < MAX_ROWS) {
					(rows[rowIndex] ??= [])[cell.column] = stored;
				}
				cell = undefined;
			}
		},
		text: (text) => {
			if (reading === 'v') value += text;
			else if (reading === 't' && !phonetic) inline += text;
		}
	});
	return { rows, merges };
}

function xlsxValue(
	type: string,
	value: string,
	inline: string,
	strings: readonly string[],
	isDate: boolean,
	date1904: boolean
): SheetValue | undefined {
	switch (type) {
		case 's': {
			const text = strings[Number(value)];
			return text === undefined || text === '' ? undefined : text;
		}
		case 'inlineStr':
			return inline === '' ? undefined : inline;
		case 'str':
		case 'e':
			return value === '' ? undefined : value;
		case 'b':
			return value === '' ? undefined : value.trim() === '1' || value.trim() === 'true';
		case 'd': {
			const day = value.slice(0, 10);
			return isValidIsoDate(day) ? { day } : value || undefined;
		}
		default: {
			if (value.trim() === '') return undefined;
			const number = Number(value);
			if (!Number.isFinite(number)) return value;
			if (isDate) {
				const day = serialToDay(number, date1904);
				if (day) return { day };
			}
			return number;
		}
	}
}

// ---------------------------------------------------------------------------------------------
// OpenDocument (.ods)

function readOds(xml: string): Sheet[] {
	const sheets: Sheet[] = [];
	let sheet: Sheet | undefined;
	let rowIndex = 0;
	let columnIndex = 0;
	let rowRepeat = 1;
	let rowCells: { column: number; value: SheetValue; repeat: number }[] = [];
	let cell: { value?: SheetValue; type: string; repeat: number; column: number } | undefined;
	let paragraphs: string[] = [];
	let paragraphDepth = 0;
	let noteDepth = 0;
	const appendText = (text: string) => {
		if (paragraphDepth > 0 && noteDepth === 0 && paragraphs.length > 0)
			paragraphs[paragraphs.length - 1] += text;
	};
	scanXml(xml, {
		open: (name, a, selfClosing) => {
			if (noteDepth > 0) {
				if (name === 'annotation' && !selfClosing) noteDepth++;
				return;
			}
			switch (name) {
				case 'table':
					sheet = { name: a.name ?? '', rows: [], merges: [] };
					rowIndex = 0;
					return;
				case 'table-row':
					rowRepeat = Math.max(1, Number(a['number-rows-repeated'] ?? 1) || 1);
					columnIndex = 0;
					rowCells = [];
					if (selfClosing) rowIndex += rowRepeat;
					return;
				case 'table-cell':
				case 'covered-table-cell': {
					const repeat = Math.max(1, Number(a['number-columns-repeated'] ?? 1) || 1);
					const rows = Number(a['number-rows-spanned'] ?? 1);
					const columns = Number(a['number-columns-spanned'] ?? 1);
					if (sheet && name === 'table-cell' && (rows > 1 || columns > 1))
						sheet.merges.push({
							top: rowIndex,
							left: columnIndex,
							bottom: rowIndex + Math.max(1, rows) - 1,
							right: columnIndex + Math.max(1, columns) - 1
						});
					cell = {
						value: name === 'table-cell' ? odsTypedValue(a) : undefined,
						type: a['value-type'] ?? '',
						repeat,
						column: columnIndex
					};
					paragraphs = [];
					if (selfClosing) finishCell();
					return;
				}
				case 'p':
				case 'h':
					if (cell && !selfClosing) {
						paragraphs.push('');
						paragraphDepth++;
					} else if (cell) paragraphs.push('');
					return;
				case 's':
					appendText(' '.repeat(Math.min(1000, Number(a.c ?? 1) || 1)));
					return;
				case 'tab':
					appendText('\t');
					return;
				case 'line-break':
					appendText('\n');
					return;
				case 'annotation':
					if (!selfClosing) noteDepth = 1;
					return;
			}
		},
		close: (name) => {
			if (noteDepth > 0) {
				if (name === 'annotation') noteDepth--;
				return;
			}
			switch (name) {
				case 'p':
				case 'h':
					paragraphDepth = Math.max(0, paragraphDepth - 1);
					return;
				case 'table-cell':
				case 'covered-table-cell':
					finishCell();
					return;
				case 'table-row':
					finishRow();
					return;
				case 'table':
					if (sheet) sheets.push(sheet);
					sheet = undefined;
					return;
			}
		},
		text: appendText
	});

	function finishCell() {
		if (!cell) return;
		let value = cell.value;
		if (value === undefined) {
			const text = paragraphs.join('\n');
			if (text !== '') value = text;
		}
		if (value !== undefined && cell.column < MAX_COLUMNS)
			rowCells.push({ column: cell.column, value, repeat: cell.repeat });
		columnIndex += cell.repeat;
		cell = undefined;
	}

	function finishRow() {
		if (sheet && rowCells.length > 0) {
			// A row repeated (the same values N times) is written out; an empty repeat is only skipped.
			const times = Math.min(rowRepeat, MAX_ROWS - rowIndex);
			for (let r = 0; r < times; r++) {
				const row: (SheetValue | undefined)[] = [];
				for (const { column, value, repeat } of rowCells) {
					const last = Math.min(column + repeat, MAX_COLUMNS);
					for (let c = column; c < last; c++) row[c] = value;
				}
				sheet.rows[rowIndex + r] = row;
			}
		}
		rowIndex += rowRepeat;
		rowCells = [];
	}

	return sheets;
}

function odsTypedValue(a: XmlAttributes): SheetValue | undefined {
	switch (a['value-type']) {
		case 'float':
		case 'currency':
		case 'percentage': {
			const number = Number(a.value);
			return a.value !== undefined && Number.isFinite(number) ? number : undefined;
		}
		case 'date': {
			const day = (a['date-value'] ?? '').slice(0, 10);
			return isValidIsoDate(day) ? { day } : undefined;
		}
		case 'boolean':
			return a['boolean-value'] === undefined ? undefined : a['boolean-value'] === 'true';
		case 'string':
			return a['string-value'] || undefined;
		default:
			return undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// From a sheet to the table

const isDay = (value: SheetValue | undefined): value is SheetDay =>
	typeof value === 'object' && value !== null;

const isBlankRow = (row: readonly (SheetValue | undefined)[] | undefined) =>
	!row || row.every((v) => v === undefined || (typeof v === 'string' && v.trim() === ''));

/** Non-blank rows of the sheet: the count the sheet picker shows. */
export function sheetDataRows(sheet: Sheet): number {
	let count = 0;
	for (const row of sheet.rows) if (!isBlankRow(row)) count++;
	return count;
}

/** The first sheet with at least a header and a row under it, else the first with anything. */
export function firstSheetWithData(workbook: Workbook): number {
	const counts = workbook.sheets.map(sheetDataRows);
	const withRows = counts.findIndex((n) => n >= 2);
	return withRows >= 0
		? withRows
		: Math.max(
				0,
				counts.findIndex((n) => n > 0)
			);
}

/** A number as the import reads it: plain digits and a decimal point, never an exponent. */
export function plainNumber(value: number): string {
	if (Number.isInteger(value)) return BigInt(value).toString();
	const text = String(value);
	if (!/e/i.test(text)) return text;
	const fixed = value.toFixed(
		Math.min(20, Math.max(0, 10 - Math.floor(Math.log10(Math.abs(value)))))
	);
	return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

export function valueText(value: SheetValue | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return plainNumber(value);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return value.day;
}

const HEADER_SEARCH_ROWS = 30;

/**
 * The header row: the first of the sheet's top rows whose column names the import recognises
 * (two or more); else the first row of text only as wide as half the rows under it, so a title
 * ("Customers 2024", one cell) or a date line above the table is passed over.
 */
export function findHeaderRow(rows: readonly ((SheetValue | undefined)[] | undefined)[]): number {
	const candidates: number[] = [];
	for (let i = 0; i < rows.length && candidates.length < HEADER_SEARCH_ROWS; i++)
		if (!isBlankRow(rows[i])) candidates.push(i);
	if (candidates.length === 0) return -1;
	const filled = (i: number) => (rows[i] ?? []).filter((v) => valueText(v).trim() !== '');
	const textOnly = (i: number) => filled(i).every((v) => typeof v === 'string');
	for (const i of candidates) {
		if (!textOnly(i)) continue;
		const known = guessMapping((rows[i] ?? []).map((v) => valueText(v))).filter(
			(f) => f !== 'ignore'
		).length;
		if (known >= 2) return i;
	}
	for (const [n, i] of candidates.entries()) {
		const below = candidates.slice(n + 1, n + 21).map((j) => filled(j).length);
		const widest = Math.max(0, ...below);
		const width = filled(i).length;
		if (textOnly(i) && width >= 2 && width * 2 >= widest) return i;
	}
	return candidates[0];
}

/** The sheet as the import's table; merged cells under the header hold their value in every cell. */
export function sheetTable(sheet: Sheet): ParsedTable | undefined {
	const { rows } = sheet;
	const headerIndex = findHeaderRow(rows);
	if (headerIndex < 0) return undefined;
	const filledRows = rows.map((row) => row?.slice());
	for (const merge of sheet.merges) {
		const top = filledRows[merge.top]?.[merge.left];
		if (top === undefined || merge.top <= headerIndex) continue;
		for (let r = merge.top; r <= Math.min(merge.bottom, MAX_ROWS - 1); r++) {
			const row = (filledRows[r] ??= []);
			for (let c = merge.left; c <= Math.min(merge.right, MAX_COLUMNS - 1); c++) row[c] = top;
		}
	}
	let width = 0;
	for (let r = headerIndex; r < filledRows.length; r++) {
		const row = filledRows[r];
		if (!row) continue;
		for (let c = row.length - 1; c >= width; c--)
			if (valueText(row[c]).trim() !== '') {
				width = c + 1;
				break;
			}
	}
	const headerRow = filledRows[headerIndex] ?? [];
	const header = Array.from({ length: width }, (_, c) => valueText(headerRow[c]).trim());
	const table: ParsedTable = {
		header,
		rows: [],
		rowLines: [],
		lineProblems: [],
		dataLines: 0,
		headerLine: headerIndex + 1,
		typed: []
	};
	for (let r = headerIndex + 1; r < filledRows.length; r++) {
		const row = filledRows[r];
		if (isBlankRow(row)) continue;
		const cells: string[] = [];
		const typed = new Uint8Array(width);
		for (let c = 0; c < width; c++) {
			const value = row?.[c];
			cells.push(valueText(value));
			if (typeof value === 'number') typed[c] = CELL_NUMBER;
			else if (isDay(value)) typed[c] = CELL_DATE;
		}
		table.rows.push(cells);
		table.typed!.push(typed);
		table.rowLines.push(r + 1);
	}
	table.dataLines = table.rows.length;
	return table;
}
