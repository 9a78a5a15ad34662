/** Messages between the import screen and the import worker, which does all but draw the screen. */
import type { StorageProblem } from '$lib/db/storage-errors';
import type { RowAccounting, ReportEntry } from '$lib/domain/io-accounting';
import type { CsvFailure, LineProblem } from '$lib/domain/io-csv';
import type { CustomerRow, SaleRow } from '$lib/domain/io-import';
import type { ColumnMapping, ImportKind, MappingProblem } from '$lib/domain/io-mapping';
import type { SheetFailure, SheetFormat } from '$lib/domain/io-sheet';
import type { Delimiter, TextEncodingName } from '$lib/domain/io-text';
import type { ColumnGuess, DateOrder, DecimalMark } from '$lib/domain/io-values';
import type { IsoDate, Minor } from '$lib/domain/types';

/** Why a file could not be opened for import. */
export type OpenFailure = CsvFailure | SheetFailure | 'unreadable';

export type ImportPhase = 'reading' | 'checking' | 'matching' | 'writing';

/** What the owner chose; a choice left out is the worker's guess from the file. */
export interface CheckRequest {
	mapping: ColumnMapping;
	kind?: ImportKind;
	dateOrder?: DateOrder;
	decimalMark?: DecimalMark;
	perMajor: number;
	currency: string;
	today: IsoDate;
	/** The name a card gets when its row names no one: `{ref}` stands for the number or email. */
	unnamedTemplate: string;
}

/** A sheet of a workbook, for the owner to choose: its name and its non-blank rows. */
export interface SheetChoice {
	name: string;
	rows: number;
}

export interface OpenedFile {
	/** CSV text, or a workbook (read by content, whatever the file's name says). */
	format: 'csv' | SheetFormat;
	/** A workbook's sheets, and the one read (the first with data, unless the owner chose). */
	sheets: SheetChoice[];
	sheet: number;
	/** The row of the file the header was found on (a title row or blank rows above are skipped). */
	headerLine: number;
	header: string[];
	/** The first non-empty value of each column. */
	samples: string[];
	encoding: TextEncodingName;
	guessedEncoding: TextEncodingName;
	delimiter: Delimiter;
	dataLines: number;
	lineProblems: number;
	controlCharactersRemoved: number;
	/** The mapping guessed from the headers. */
	mapping: ColumnMapping;
}

export interface CheckSummary {
	kind: ImportKind;
	dateOrder: DateOrder;
	decimalMark: DecimalMark;
	dateGuess: ColumnGuess<DateOrder>;
	decimalGuess: ColumnGuess<DecimalMark>;
	/**
	 * True when every date (or amount) of the mapped columns is a typed cell of a workbook: read as
	 * stored, nothing guessed, so no date order (decimal mark) is asked for.
	 */
	typedDates: boolean;
	typedAmounts: boolean;
	problems: MappingProblem[];
	/** Mapped columns the kind does not read. */
	unusedColumns: number[];
	/** The typical amount, read with the chosen mark and with the other, when they differ 50-fold. */
	scale?: { chosen: Minor; other: Minor };
	/** Undefined while the mapping has problems. */
	result?: {
		accounting: RowAccounting;
		previewSales: SaleRow[];
		previewCustomers: CustomerRow[];
		firstEntries: ReportEntry[];
		entries: number;
		newCustomers: number;
		matchedRows: number;
		sales: number;
	};
}

export interface WriteOutcome {
	newCustomers: number;
	updatedCustomers: number;
	sales: number;
	alreadyImported: number;
	accounting: RowAccounting;
}

export type ToWorker =
	| {
			type: 'open';
			bytes?: ArrayBuffer;
			encoding?: TextEncodingName;
			delimiter?: Delimiter;
			sheet?: number;
	  }
	| { type: 'check'; id: number; request: CheckRequest; dbName: string }
	| { type: 'report'; id: number }
	| { type: 'write'; dbName: string; now: number }
	| { type: 'cancel-write' };

export type FromWorker =
	| { type: 'progress'; phase: ImportPhase; share: number }
	| { type: 'opened'; file: OpenedFile }
	| { type: 'failed-to-open'; failure: OpenFailure }
	| { type: 'checked'; id: number; summary: CheckSummary }
	| { type: 'check-failed'; id: number; problem: StorageProblem }
	| { type: 'report'; id: number; entries: ReportEntry[]; accounting: RowAccounting }
	| { type: 'written'; outcome: WriteOutcome }
	| { type: 'write-cancelled' }
	| { type: 'write-failed'; problem: StorageProblem };

export type { LineProblem };
