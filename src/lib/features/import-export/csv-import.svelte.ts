/**
 * The CSV import as the owner goes through it: choose a file, map its columns, check, import.
 *
 * The steps and the owner's choices live here; the work runs in the import worker (the file is
 * read, checked, matched and written there), so nothing here takes the page's thread for long.
 * The guesses from the file (row kind, date order, decimal mark) are made again each time a
 * column is mapped, and applied; a choice the owner makes by hand holds until the next mapping.
 */
import type { StorageProblem } from '$lib/db/storage-errors';
import type { RowAccounting, ReportEntry } from '$lib/domain/io-accounting';
import type { ColumnMapping, ImportField, ImportKind } from '$lib/domain/io-mapping';
import type { Delimiter, TextEncodingName } from '$lib/domain/io-text';
import type { DateOrder, DecimalMark } from '$lib/domain/io-values';
import type { IsoDate } from '$lib/domain/types';
import type {
	CheckSummary,
	FromWorker,
	ImportPhase,
	OpenFailure,
	OpenedFile,
	ToWorker,
	WriteOutcome
} from './import-protocol';

export type ImportStep = 'choose' | 'reading' | 'map' | 'writing' | 'done';

/** Why the screen went back to choosing a file, or why a write did not happen. */
export type ImportFailure =
	OpenFailure | 'cancelled' | 'nothing-imported' | { storage: StorageProblem };

/** The part of a worker the flow uses, so tests can put the session in its place. */
export interface ImportWorkerLike {
	postMessage(message: ToWorker, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
	terminate(): void;
}

export interface ImportDependencies {
	createWorker: () => ImportWorkerLike;
	dbName: () => string;
	/** The shop's money and today, read when a check starts. */
	shop: () => { perMajor: number; currency: string; today: IsoDate };
	unnamedTemplate: () => string;
	now?: () => number;
}

export class CsvImportFlow {
	step = $state<ImportStep>('choose');
	fileName = $state('');
	phase = $state<ImportPhase>('reading');
	progress = $state(0);
	failure = $state.raw<ImportFailure | undefined>(undefined);
	file = $state.raw<OpenedFile | undefined>(undefined);
	mapping = $state.raw<ColumnMapping>([]);
	/** The latest check's answer: the kind, date order and decimal mark in force, and the counts. */
	summary = $state.raw<CheckSummary | undefined>(undefined);
	/** True while a check for the current choices is running in the worker. */
	checking = $state(false);
	outcome = $state.raw<WriteOutcome | undefined>(undefined);

	#chosen: { kind?: ImportKind; dateOrder?: DateOrder; decimalMark?: DecimalMark } = {};
	#worker: ImportWorkerLike | undefined;
	#checkId = 0;
	#reportId = 0;
	// One report is asked for at a time (a button press); a later ask replaces an unanswered one.
	#reportWaiter: { id: number; resolve: (report: ImportReport) => void } | undefined;
	readonly #deps: ImportDependencies;

	constructor(deps: ImportDependencies) {
		this.#deps = deps;
	}

	get kind(): ImportKind | undefined {
		return this.summary?.kind;
	}

	/** Rows the import would write now; 0 while checking or when the mapping has problems. */
	get importable(): number {
		return this.checking ? 0 : (this.summary?.result?.accounting.imported ?? 0);
	}

	async choose(file: File): Promise<void> {
		this.reset();
		this.fileName = file.name;
		const bytes = await file.arrayBuffer();
		this.#open({ type: 'open', bytes }, [bytes]);
	}

	/** Reads the same file again with another encoding or delimiter; the mapping is kept. */
	reread(options: { encoding?: TextEncodingName; delimiter?: Delimiter }): void {
		if (!this.#worker || !this.file) return;
		this.#open({
			type: 'open',
			encoding: options.encoding ?? this.file.encoding,
			delimiter: options.delimiter ?? this.file.delimiter
		});
	}

	/** Reads another sheet of the workbook: its own header, mapping and guesses. */
	chooseSheet(sheet: number): void {
		if (!this.#worker || !this.file || sheet === this.file.sheet) return;
		this.#open({ type: 'open', sheet });
	}

	mapColumn(index: number, field: ImportField): void {
		this.mapping = this.mapping.map((f, i) => (i === index ? field : f));
		// A new mapping is new evidence: the kind, date order and decimal mark are guessed again.
		this.#chosen = {};
		this.#check();
	}

	chooseKind(kind: ImportKind): void {
		this.#chosen = { ...this.#chosen, kind };
		this.#check();
	}

	chooseDateOrder(dateOrder: DateOrder): void {
		this.#chosen = { ...this.#chosen, dateOrder };
		this.#check();
	}

	chooseDecimalMark(decimalMark: DecimalMark): void {
		this.#chosen = { ...this.#chosen, decimalMark };
		this.#check();
	}

	importRows(): void {
		if (!this.#worker || !this.summary?.result || this.checking) return;
		this.step = 'writing';
		this.phase = 'writing';
		this.progress = 0;
		this.failure = undefined;
		this.#worker.postMessage({
			type: 'write',
			dbName: this.#deps.dbName(),
			now: this.#deps.now?.() ?? Date.now()
		});
	}

	/** Cancel in any phase: reading and checking end the worker; writing rolls the write back. */
	cancel(): void {
		if (this.step === 'writing') {
			this.#worker?.postMessage({ type: 'cancel-write' });
			return;
		}
		this.reset();
		this.failure = 'cancelled';
	}

	importNothing(): void {
		this.reset();
		this.failure = 'nothing-imported';
	}

	/** Every problem and left-out line, with the accounting, for the downloadable report. */
	report(): Promise<ImportReport> {
		const worker = this.#worker;
		if (!worker) return Promise.reject(new Error('No file'));
		const id = ++this.#reportId;
		return new Promise((resolve) => {
			this.#reportWaiter = { id, resolve };
			worker.postMessage({ type: 'report', id });
		});
	}

	reset(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		this.step = 'choose';
		this.fileName = '';
		this.failure = undefined;
		this.file = undefined;
		this.mapping = [];
		this.summary = undefined;
		this.checking = false;
		this.outcome = undefined;
		this.progress = 0;
		this.#chosen = {};
		this.#reportWaiter = undefined;
	}

	#open(message: Extract<ToWorker, { type: 'open' }>, transfer: Transferable[] = []): void {
		const worker = this.#worker ?? this.#startWorker();
		this.failure = undefined;
		this.step = 'reading';
		this.phase = 'reading';
		this.progress = 0;
		worker.postMessage(message, transfer);
	}

	#startWorker(): ImportWorkerLike {
		const worker = this.#deps.createWorker();
		worker.onmessage = (event) => {
			// A worker ended by a reset may still have a message on its way.
			if (worker === this.#worker) this.#receive(event.data);
		};
		this.#worker = worker;
		return worker;
	}

	#check(): void {
		if (!this.#worker || !this.file) return;
		const id = ++this.#checkId;
		this.checking = true;
		this.#worker.postMessage({
			type: 'check',
			id,
			dbName: this.#deps.dbName(),
			request: {
				mapping: [...this.mapping],
				...this.#chosen,
				...this.#deps.shop(),
				unnamedTemplate: this.#deps.unnamedTemplate()
			}
		});
	}

	#receive(message: FromWorker): void {
		switch (message.type) {
			case 'progress':
				this.phase = message.phase;
				this.progress = message.share;
				return;
			case 'opened': {
				// Another encoding or delimiter keeps the owner's mapping; another sheet is a new table.
				const keepMapping =
					this.file !== undefined &&
					this.file.sheet === message.file.sheet &&
					this.mapping.length === message.file.header.length;
				this.file = message.file;
				if (!keepMapping) {
					this.mapping = message.file.mapping;
					this.#chosen = {};
				}
				this.step = 'map';
				this.#check();
				return;
			}
			case 'failed-to-open':
				this.reset();
				this.failure = message.failure;
				return;
			case 'checked':
				if (message.id !== this.#checkId) return;
				this.summary = message.summary;
				this.checking = false;
				return;
			case 'check-failed':
				if (message.id !== this.#checkId) return;
				this.checking = false;
				this.failure = { storage: message.problem };
				return;
			case 'report':
				if (this.#reportWaiter?.id !== message.id) return;
				this.#reportWaiter.resolve({ entries: message.entries, accounting: message.accounting });
				this.#reportWaiter = undefined;
				return;
			case 'written':
				this.outcome = message.outcome;
				this.step = 'done';
				this.#worker?.terminate();
				this.#worker = undefined;
				return;
			case 'write-cancelled':
				this.step = 'map';
				this.failure = 'cancelled';
				return;
			case 'write-failed':
				this.step = 'map';
				this.failure = { storage: message.problem };
				return;
		}
	}
}

export interface ImportReport {
	entries: ReportEntry[];
	accounting: RowAccounting;
}
