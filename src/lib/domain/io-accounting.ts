/**
 * Every data line of an imported file accounted for: imported, reported with a reason, or left
 * out by the rule that nothing is imported twice. The three add up to the file's data lines, on
 * screen and in the downloadable report.
 */
import type { LineProblem, LineProblemCode } from './io-csv';
import type { ImportPlan, ReadResult, RowError, RowErrorCode } from './io-import';
import type { ImportField } from './io-mapping';

export interface RowAccounting {
	/** Every non-blank line after the header (a quoted cell over several lines counts once). */
	dataLines: number;
	imported: number;
	reported: number;
	/** Sales already in the card file (same invoice number): left out so nothing is doubled. */
	leftOut: number;
}

export function accountRows(
	file: { dataLines: number; lineProblems: readonly LineProblem[] },
	read: ReadResult,
	plan: Pick<ImportPlan, 'alreadyImported'>
): RowAccounting {
	const reported = file.lineProblems.length + (read.total - read.okRows);
	return {
		dataLines: file.dataLines,
		imported: read.okRows - plan.alreadyImported,
		reported,
		leftOut: plan.alreadyImported
	};
}

/** True when the parts add up to the whole: checked before anything is shown or written. */
export function accountsForEveryLine(accounting: RowAccounting): boolean {
	return (
		accounting.imported >= 0 &&
		accounting.imported + accounting.reported + accounting.leftOut === accounting.dataLines
	);
}

/** One line of the problem report: a line of the file and why it is not imported as it stands. */
export interface ReportEntry {
	line: number;
	/** The column concerned, or 'line' for the line as a whole. */
	field: ImportField | 'name' | 'line';
	code: RowErrorCode | LineProblemCode | 'already-imported';
	value: string;
}

/** Problems of the whole file in line order: lines that did not split, rows that did not read. */
export function reportEntries(
	lineProblems: readonly LineProblem[],
	errors: readonly RowError[],
	alreadyImportedRows: readonly number[] = []
): ReportEntry[] {
	const entries: ReportEntry[] = [
		...lineProblems.map((p) => ({
			line: p.line,
			field: 'line' as const,
			code: p.code,
			value: p.text
		})),
		...errors.map((e) => ({ line: e.row, field: e.field, code: e.code, value: e.value })),
		...alreadyImportedRows.map((line) => ({
			line,
			field: 'saleRef' as const,
			code: 'already-imported' as const,
			value: ''
		}))
	];
	// Stable: a row's several problems keep the order they were found in.
	return entries.sort((a, b) => a.line - b.line);
}
