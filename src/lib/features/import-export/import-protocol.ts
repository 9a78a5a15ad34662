/** Messages between the import screen and the import worker, which does all but draw the screen. */
import type { StorageProblem } from '$lib/db/storage-errors';
import type { RowAccounting, ReportEntry } from '$lib/domain/io-accounting';
import type { CsvFailure, LineProblem } from '$lib/domain/io-csv';
import type { CustomerRow, SaleRow } from '$lib/domain/io-import';
import type { ColumnMapping, ImportKind, MappingProblem } from '$lib/domain/io-mapping';
import type { Delimiter, TextEncodingName } from '$lib/domain/io-text';
import type { ColumnGuess, DateOrder, DecimalMark } from '$lib/domain/io-values';
import type { IsoDate, Minor } from '$lib/domain/types';

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

export interface OpenedFile {
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
	| { type: 'open'; bytes?: ArrayBuffer; encoding?: TextEncodingName; delimiter?: Delimiter }
	| { type: 'check'; id: number; request: CheckRequest; dbName: string }
	| { type: 'report'; id: number }
	| { type: 'write'; dbName: string; now: number }
	| { type: 'cancel-write' };

export type FromWorker =
	| { type: 'progress'; phase: ImportPhase; share: number }
	| { type: 'opened'; file: OpenedFile }
	| { type: 'failed-to-open'; failure: CsvFailure | 'unreadable' }
	| { type: 'checked'; id: number; summary: CheckSummary }
	| { type: 'check-failed'; id: number; problem: StorageProblem }
	| { type: 'report'; id: number; entries: ReportEntry[]; accounting: RowAccounting }
	| { type: 'written'; outcome: WriteOutcome }
	| { type: 'write-cancelled' }
	| { type: 'write-failed'; problem: StorageProblem };

export type { LineProblem };
