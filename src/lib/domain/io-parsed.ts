/**
 * The table every import reader produces (CSV text, or a workbook's sheet): a header, rows of
 * text cells, and where each row came from. Kept apart from the readers so the row checks can
 * name it without loading a reader.
 */
import type { LineProblem } from './io-csv';

/** How a workbook stored a cell: text (or nothing), a number, a day. */
export const CELL_TEXT = 0;
export const CELL_NUMBER = 1;
export const CELL_DATE = 2;

export interface ParsedTable {
	header: string[];
	rows: string[][];
	/** The line (CSV) or sheet row number each row comes from. */
	rowLines: number[];
	lineProblems: LineProblem[];
	/** Non-blank rows after the header. */
	dataLines: number;
	headerLine: number;
	/**
	 * Workbooks only: per row, per column, CELL_NUMBER or CELL_DATE where the file stored a typed
	 * value. Such a cell is written as a plain decimal with a point or an ISO day, and is read
	 * that way whatever date order or decimal mark the text cells of its column need.
	 */
	typed?: Uint8Array[];
}
