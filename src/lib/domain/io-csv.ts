/** Bytes of a CSV file to a header and rows of text cells (runs inside the import worker). */
import Papa from 'papaparse';
import {
	decodeBytes,
	detectDelimiter,
	guessEncoding,
	looksBinary,
	stripSepLine,
	type Delimiter,
	type TextEncodingName
} from './io-text';

export interface ParsedCsv {
	header: string[];
	rows: string[][];
	encoding: TextEncodingName;
	/** The guess, before any choice by the owner. */
	guessedEncoding: TextEncodingName;
	delimiter: Delimiter;
	/** Row number in the file of the first data row. */
	firstRowNumber: number;
	/** Rows whose count of cells differs from the header's (after padding they are still read). */
	raggedRows: number[];
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

export function parseCsvBytes(bytes: Uint8Array, options: ParseOptions = {}): CsvResult {
	if (bytes.length === 0) return { ok: false, failure: 'empty' };
	if (looksBinary(bytes)) return { ok: false, failure: 'binary' };
	const guessedEncoding = guessEncoding(bytes);
	const encoding = options.encoding ?? guessedEncoding;
	const decoded = decodeBytes(bytes, encoding);
	const { text, declared } = stripSepLine(decoded);
	if (text.trim().length === 0) return { ok: false, failure: 'empty' };
	const delimiter = options.delimiter ?? declared ?? detectDelimiter(text);
	const all: string[][] = [];
	const length = text.length || 1;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step: (results, parser) => {
			all.push(results.data);
			if (all.length % 2000 === 0) {
				options.onProgress?.(Math.min(1, results.meta.cursor / length));
				if (options.shouldStop?.()) parser.abort();
			}
		}
	});
	options.onProgress?.(1);
	// A trailing newline leaves one empty row behind.
	while (all.length > 0 && all[all.length - 1].every((c) => c.trim() === '')) all.pop();
	const headerIndex = all.findIndex((r) => r.some((c) => c.trim() !== ''));
	if (headerIndex < 0 || all.length - headerIndex < 2) return { ok: false, failure: 'no-rows' };
	const header = all[headerIndex].map((h) => h.trim());
	const rows = all.slice(headerIndex + 1);
	const firstRowNumber = headerIndex + 2 + (declared || /^sep=/i.test(decoded) ? 1 : 0);
	const raggedRows: number[] = [];
	rows.forEach((row, i) => {
		if (row.length !== header.length && row.some((c) => c.trim() !== ''))
			raggedRows.push(firstRowNumber + i);
	});
	return {
		ok: true,
		csv: { header, rows, encoding, guessedEncoding, delimiter, firstRowNumber, raggedRows }
	};
}
