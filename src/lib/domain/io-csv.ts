/**
 * Bytes of a CSV file to a header and rows of text cells (runs inside the import worker).
 *
 * Every data line is accounted for: it becomes a row, or a problem with its line number and the
 * reason (a quote that never closes, a row with more or fewer cells than the header). A broken
 * quote never swallows the lines after it: parsing resumes on the next line.
 */
import Papa from 'papaparse';
import {
	decodeBytes,
	detectDelimiter,
	guessEncoding,
	isNotText,
	looksBinary,
	normalizeLineEndings,
	removeControlCharacters,
	stripSepLine,
	type Delimiter,
	type TextEncodingName
} from './io-text';

/** Why a line of the file could not be split into the header's cells. */
export type LineProblemCode = 'quote-broken' | 'cells-more' | 'cells-fewer';

export interface LineProblem {
	/** Line number in the file, as a text editor counts it (the header is usually line 1). */
	line: number;
	code: LineProblemCode;
	/** The start of the line as written, for the owner to find it. */
	text: string;
	/** Cells found, for the cell-count problems. */
	cells?: number;
}

export interface ParsedCsv {
	header: string[];
	/** The rows that split into the header's cells, in file order. */
	rows: string[][];
	/** The line each row starts on (a quoted cell may span lines). */
	rowLines: number[];
	/** Lines that could not be read as a row; each is reported, none is dropped in silence. */
	lineProblems: LineProblem[];
	/** Data lines of the file: every non-blank record after the header, read or not. */
	dataLines: number;
	/** Control characters (other than tab and line breaks) taken out of the values. */
	controlCharactersRemoved: number;
	encoding: TextEncodingName;
	/** The guess, before any choice by the owner. */
	guessedEncoding: TextEncodingName;
	delimiter: Delimiter;
	/** Line number of the header. */
	headerLine: number;
}

export type CsvFailure = 'empty' | 'binary' | 'no-rows';

export type CsvResult = { ok: true; csv: ParsedCsv } | { ok: false; failure: CsvFailure };

export interface ParseOptions {
	encoding?: TextEncodingName;
	delimiter?: Delimiter;
	/** Called with the share of the text parsed so far. */
	onProgress?: (share: number) => void;
	/** Polled between chunks; true stops parsing. */
	shouldStop?: () => boolean;
}

/** How much of a line a problem shows. */
const SHOWN_TEXT = 120;

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export function parseCsvBytes(bytes: Uint8Array, options: ParseOptions = {}): CsvResult {
	if (bytes.length === 0) return { ok: false, failure: 'empty' };
	if (looksBinary(bytes)) return { ok: false, failure: 'binary' };
	const guessedEncoding = guessEncoding(bytes);
	const encoding = options.encoding ?? guessedEncoding;
	const decoded = decodeBytes(bytes, encoding);
	if (isNotText(decoded)) return { ok: false, failure: 'binary' };
	const { text: withoutSep, declared } = stripSepLine(normalizeLineEndings(decoded));
	const { text, removed } = removeControlCharacters(withoutSep);
	if (text.trim().length === 0) return { ok: false, failure: 'empty' };
	const delimiter = options.delimiter ?? declared ?? detectDelimiter(text);
	const lineOffset = declared !== undefined || /^sep=/i.test(decoded) ? 1 : 0;
	const records = splitRecords(text, delimiter, options);
	if (!records) return { ok: false, failure: 'no-rows' };

	const headerIndex = records.cells.findIndex((cells) => !isBlank(cells));
	if (headerIndex < 0) return { ok: false, failure: 'no-rows' };
	const header = records.cells[headerIndex].map((h) => h.trim());
	const rows: string[][] = [];
	const rowLines: number[] = [];
	const lineProblems: LineProblem[] = records.broken
		.filter((b) => b.index > headerIndex)
		.map((b) => ({ line: b.line + lineOffset, code: 'quote-broken', text: b.text }));
	for (let i = headerIndex + 1; i < records.cells.length; i++) {
		const cells = records.cells[i];
		if (isBlank(cells)) continue;
		const line = records.lines[i] + lineOffset;
		// Trailing empty cells (a spreadsheet's trailing delimiters) are not extra data.
		let count = cells.length;
		while (count > header.length && cells[count - 1].trim() === '') count--;
		if (count !== header.length) {
			lineProblems.push({
				line,
				code: count > header.length ? 'cells-more' : 'cells-fewer',
				text: records.lineText(records.starts[i]),
				cells: count
			});
			continue;
		}
		rows.push(count === cells.length ? cells : cells.slice(0, count));
		rowLines.push(line);
	}
	lineProblems.sort((a, b) => a.line - b.line);
	const dataLines = rows.length + lineProblems.length;
	if (dataLines === 0) return { ok: false, failure: 'no-rows' };
	return {
		ok: true,
		csv: {
			header,
			rows,
			rowLines,
			lineProblems,
			dataLines,
			controlCharactersRemoved: removed,
			encoding,
			guessedEncoding,
			delimiter,
			headerLine: records.lines[headerIndex] + lineOffset
		}
	};
}

interface Records {
	cells: string[][];
	/** Line each record starts on. */
	lines: number[];
	/** Where each record starts in the text. */
	starts: number[];
	/** Records that broke on a quote: where they start; the next record starts a line later. */
	broken: { index: number; line: number; text: string }[];
	/** The first line of the record at `start` as written (shortened), for the problem report. */
	lineText: (start: number) => string;
}

/**
 * True when a record that spans lines holds, between its first and last line, a line that reads
 * as a row on its own (balanced quotes, within one cell of the header's count): then a quote
 * opened on the first line was closed by chance further down, and the record swallowed rows,
 * whole or broken. The last line holds the closing quote: it swallowed a row when the cell's text
 * ends with a delimiter just before that quote. A note over several lines whose inner line has that many delimiters is reported
 * too; a loud false alarm costs the owner a look, a silent merge costs a customer's data.
 */
function swallowsRows(
	text: string,
	start: number,
	end: number,
	delimiter: Delimiter,
	headerCells: number
): boolean {
	const lines = text.slice(start, end).replace(/\n$/, '').split('\n');
	// On the last line, the text before the closing quote is the end of the cell; when it ends
	// with a delimiter, it is the start of a swallowed row ("Bob|12,50|" then a quoted cell).
	const last = lines[lines.length - 1];
	const closing = /^(?:[^"]|"")*"(?!")/.exec(last);
	if (closing && closing[0].slice(0, -1).endsWith(delimiter)) return true;
	return lines.slice(1, -1).some((line) => {
		if ((line.match(/"/g)?.length ?? 0) % 2 !== 0) return false;
		const alone = Papa.parse<string[]>(line, { delimiter, newline: '\n' });
		const cells = alone.data[0] ?? [];
		const filled = cells.filter((c) => c.trim() !== '').length;
		return alone.errors.length === 0 && filled >= 2 && Math.abs(cells.length - headerCells) <= 1;
	});
}

/**
 * Splits the text into records with papaparse, line numbers kept. A quote papaparse reports as
 * broken, or a quoted cell that spans lines and leaves the record with a cell count other than the
 * header's (or with a whole row inside it), is a broken record: its first line is reported, and
 * parsing starts again on the line after it, so the lines the quote would have swallowed are read
 * as the rows they are.
 */
function splitRecords(text: string, delimiter: Delimiter, options: ParseOptions): Records | null {
	const lineText = (start: number) => {
		const end = text.indexOf('\n', start);
		const whole = text.slice(start, end < 0 ? text.length : end);
		return whole.length > SHOWN_TEXT ? `${whole.slice(0, SHOWN_TEXT)}…` : whole;
	};
	const records: Records = { cells: [], lines: [], starts: [], broken: [], lineText };
	// Line numbers advance with the record starts, which only move forward: one pass in all.
	let line = 1;
	let counted = 0;
	const lineAt = (position: number) => {
		while (counted < position) {
			const next = text.indexOf('\n', counted);
			if (next < 0 || next >= position) {
				counted = position;
				break;
			}
			line++;
			counted = next + 1;
		}
		return line;
	};
	let headerCells = -1;
	let offset = 0;
	let stopped = false;
	const length = text.length || 1;
	while (offset < text.length && !stopped) {
		let restartAt = -1;
		let previous = 0;
		const base = offset;
		Papa.parse<string[]>(base === 0 ? text : text.slice(base), {
			delimiter,
			newline: '\n',
			skipEmptyLines: false,
			step: (results, parser) => {
				const start = base + previous;
				const end = base + results.meta.cursor;
				previous = results.meta.cursor;
				const cells = results.data;
				const firstBreak = text.indexOf('\n', start);
				const spansLines = firstBreak >= 0 && firstBreak < end - 1;
				const quoteBroken =
					results.errors.some((e) => e.type === 'Quotes') ||
					(spansLines &&
						headerCells >= 0 &&
						!isBlank(cells) &&
						(cells.length !== headerCells ||
							swallowsRows(text, start, end, delimiter, headerCells)));
				if (quoteBroken) {
					records.broken.push({
						index: records.cells.length,
						line: lineAt(start),
						text: lineText(start)
					});
					restartAt = firstBreak < 0 ? text.length : firstBreak + 1;
					parser.abort();
					return;
				}
				if (headerCells < 0 && !isBlank(cells)) headerCells = cells.length;
				records.cells.push(cells);
				records.lines.push(lineAt(start));
				records.starts.push(start);
				if (records.cells.length % 2000 === 0) {
					options.onProgress?.(Math.min(1, end / length));
					if (options.shouldStop?.()) {
						stopped = true;
						parser.abort();
					}
				}
			}
		});
		if (restartAt < 0) break;
		offset = restartAt;
	}
	options.onProgress?.(1);
	return records.cells.length > 0 || records.broken.length > 0 ? records : null;
}
