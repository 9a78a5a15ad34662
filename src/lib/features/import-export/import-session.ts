/**
 * One import, off the page's thread: the file is read, checked, matched against the cards already
 * stored and written here (in the import worker), so the counter stays responsive with a 50 MB
 * list. The page sends the owner's choices and draws what comes back; the rows never cross over.
 */
import { CardFileDb } from '$lib/db/schema';
import {
	applyImport,
	isImportCancelled,
	planAgainst,
	readStoredForImport,
	type StoredForImport
} from '$lib/db/io';
import { classifyStorageError } from '$lib/db/storage-errors';
import { accountRows, accountsForEveryLine, reportEntries } from '$lib/domain/io-accounting';
import { parseCsvBytes } from '$lib/domain/io-csv';
import { CELL_TEXT, type ParsedTable } from '$lib/domain/io-parsed';
import {
	firstSheetWithData,
	isWorkbookLike,
	readWorkbook,
	sheetDataRows,
	sheetTable,
	type SheetResult
} from '$lib/domain/io-sheet';
import { readRows, type ImportPlan, type ReadResult } from '$lib/domain/io-import';
import {
	guessKind,
	guessMapping,
	mappingProblems,
	unusedColumns,
	type ColumnMapping,
	type ImportField
} from '$lib/domain/io-mapping';
import { amountScaleWarning, detectDateOrder, detectDecimalMark } from '$lib/domain/io-values';
import type {
	CheckRequest,
	CheckSummary,
	FromWorker,
	OpenedFile,
	ToWorker
} from './import-protocol';

const PREVIEW_ROWS = 5;
const SHOWN_ENTRIES = 20;

/**
 * The text values of the columns mapped to the fields: what a date order or decimal mark is
 * guessed from. A workbook's typed cells (numbers, days) are left out: they need no guess.
 */
function columnValues(
	source: ParsedTable,
	mapping: ColumnMapping,
	fields: ImportField[]
): string[] {
	const { typed } = source;
	return fields.flatMap((field) => {
		const index = mapping.indexOf(field);
		if (index < 0) return [];
		if (!typed) return source.rows.map((r) => r[index] ?? '');
		return source.rows.flatMap((r, i) =>
			(typed[i]?.[index] ?? CELL_TEXT) === CELL_TEXT ? [r[index] ?? ''] : []
		);
	});
}

const hasValues = (values: readonly string[]) => values.some((v) => v.trim() !== '');

/**
 * An import session: handles the page's messages in order and answers through `send`. The
 * returned promise settles when the message (and those before it) is done.
 */
export function createImportSession(
	send: (message: FromWorker) => void
): (message: ToWorker) => Promise<void> {
	let bytes: Uint8Array | undefined;
	let csv: ParsedTable | undefined;
	let workbook: SheetResult | undefined;
	let stored: { dbName: string; rows: StoredForImport } | undefined;
	let checked: { read: ReadResult; plan: ImportPlan; request: CheckRequest } | undefined;
	let writing: AbortController | undefined;
	// A check the owner has already changed their mind about is skipped, not worked through.
	let latestCheck = 0;

	function open(message: Extract<ToWorker, { type: 'open' }>) {
		if (message.bytes) {
			bytes = new Uint8Array(message.bytes);
			workbook = undefined;
		}
		if (!bytes) return;
		csv = undefined;
		checked = undefined;
		// By content, not by name: a workbook is a zip (or an old or protected Office file).
		if (isWorkbookLike(bytes)) return openWorkbook(bytes, message.sheet);
		const result = parseCsvBytes(bytes, {
			encoding: message.encoding,
			delimiter: message.delimiter,
			onProgress: (share) => send({ type: 'progress', phase: 'reading', share })
		});
		if (!result.ok) return send({ type: 'failed-to-open', failure: result.failure });
		csv = result.csv;
		sendOpened({
			format: 'csv',
			sheets: [],
			sheet: 0,
			encoding: result.csv.encoding,
			guessedEncoding: result.csv.guessedEncoding,
			delimiter: result.csv.delimiter,
			controlCharactersRemoved: result.csv.controlCharactersRemoved
		});
	}

	function openWorkbook(file: Uint8Array, chosen: number | undefined) {
		send({ type: 'progress', phase: 'reading', share: 0 });
		workbook ??= readWorkbook(file);
		if (!workbook.ok) return send({ type: 'failed-to-open', failure: workbook.failure });
		const { sheets, format } = workbook.workbook;
		const sheet =
			chosen !== undefined && chosen >= 0 && chosen < sheets.length
				? chosen
				: firstSheetWithData(workbook.workbook);
		const table = sheets[sheet] ? sheetTable(sheets[sheet]) : undefined;
		if (!table || table.dataLines === 0)
			return send({ type: 'failed-to-open', failure: 'sheet-empty' });
		csv = table;
		send({ type: 'progress', phase: 'reading', share: 1 });
		sendOpened({
			format,
			sheets: sheets.map((s) => ({ name: s.name, rows: sheetDataRows(s) })),
			sheet,
			encoding: 'utf-8',
			guessedEncoding: 'utf-8',
			delimiter: ',',
			controlCharactersRemoved: 0
		});
	}

	function sendOpened(
		about: Omit<
			OpenedFile,
			'header' | 'samples' | 'dataLines' | 'lineProblems' | 'mapping' | 'headerLine'
		>
	) {
		if (!csv) return;
		const { header, rows } = csv;
		send({
			type: 'opened',
			file: {
				...about,
				header,
				headerLine: csv.headerLine,
				samples: header.map((_, i) => rows.find((r) => (r[i] ?? '').trim() !== '')?.[i] ?? ''),
				dataLines: csv.dataLines,
				lineProblems: csv.lineProblems.length,
				mapping: guessMapping(header)
			}
		});
	}

	async function storedRows(dbName: string): Promise<StoredForImport> {
		if (stored?.dbName !== dbName) {
			const db = new CardFileDb(dbName);
			try {
				stored = {
					dbName,
					rows: await db.transaction('r', db.customers, db.sales, () => readStoredForImport(db))
				};
			} finally {
				db.close();
			}
		}
		return stored.rows;
	}

	async function check(message: Extract<ToWorker, { type: 'check' }>) {
		if (!csv || message.id < latestCheck) return;
		const { request } = message;
		const { mapping } = request;
		// Only text needs a guess: a workbook's typed dates and amounts are read as stored, and when a
		// column holds nothing else, no order or mark is guessed, applied or asked for.
		const dateTexts = columnValues(csv, mapping, ['saleDate', 'birthday']);
		const amounts = columnValues(csv, mapping, ['amount']);
		const typedDates = csv.typed !== undefined && !hasValues(dateTexts);
		const typedAmounts = csv.typed !== undefined && !hasValues(amounts);
		const dateGuess = detectDateOrder(dateTexts);
		const decimalGuess = detectDecimalMark(amounts);
		const kind = request.kind ?? guessKind(mapping);
		const dateOrder = typedDates ? 'ymd' : (request.dateOrder ?? dateGuess.value);
		const decimalMark = typedAmounts ? '.' : (request.decimalMark ?? decimalGuess.value);
		const summary: CheckSummary = {
			kind,
			dateOrder,
			decimalMark,
			dateGuess,
			decimalGuess,
			typedDates,
			typedAmounts,
			problems: mappingProblems(mapping, kind),
			unusedColumns: unusedColumns(mapping, kind),
			scale: amountScaleWarning(amounts, decimalMark, request.perMajor)
		};
		checked = undefined;
		if (summary.problems.length === 0) {
			const read = readRows(csv.rows, {
				kind,
				mapping,
				dateOrder,
				decimalMark,
				perMajor: request.perMajor,
				currency: request.currency,
				today: request.today,
				rowLines: csv.rowLines,
				typed: csv.typed,
				onProgress: (share) => send({ type: 'progress', phase: 'checking', share })
			});
			send({ type: 'progress', phase: 'matching', share: 0 });
			const unnamed = (ref: string) => request.unnamedTemplate.replace('{ref}', ref);
			const { plan } = planAgainst(await storedRows(message.dbName), read, unnamed);
			const accounting = accountRows(csv, read, plan);
			if (!accountsForEveryLine(accounting))
				throw new Error(`Row accounting does not add up: ${JSON.stringify(accounting)}`);
			const entries = reportEntries(csv.lineProblems, read.errors);
			checked = { read, plan, request: { ...request, kind, dateOrder, decimalMark } };
			summary.result = {
				accounting,
				previewSales: read.sales.slice(0, PREVIEW_ROWS),
				previewCustomers: read.customers.slice(0, PREVIEW_ROWS),
				firstEntries: entries.slice(0, SHOWN_ENTRIES),
				entries: entries.length,
				newCustomers: plan.newCustomers.length,
				matchedRows: plan.matchedRows,
				sales: plan.sales.length
			};
		}
		send({ type: 'checked', id: message.id, summary });
	}

	function report(id: number) {
		if (!csv || !checked) return;
		send({
			type: 'report',
			id,
			entries: reportEntries(
				csv.lineProblems,
				checked.read.errors,
				checked.plan.alreadyImportedRows
			),
			accounting: accountRows(csv, checked.read, checked.plan)
		});
	}

	async function write(message: Extract<ToWorker, { type: 'write' }>) {
		if (!csv || !checked) return;
		const { read, request } = checked;
		const controller = writing ?? new AbortController();
		const db = new CardFileDb(message.dbName);
		try {
			const outcome = await applyImport(db, read, {
				currency: request.currency,
				unnamed: (ref) => request.unnamedTemplate.replace('{ref}', ref),
				signal: controller.signal,
				now: message.now,
				onProgress: (share) => send({ type: 'progress', phase: 'writing', share })
			});
			// The plan inside the transaction may differ from the check's if the card file changed.
			const accounting = accountRows(csv, read, outcome);
			stored = undefined;
			send({ type: 'written', outcome: { ...outcome, accounting } });
		} catch (error) {
			if (isImportCancelled(error)) send({ type: 'write-cancelled' });
			else send({ type: 'write-failed', problem: classifyStorageError(error) });
		} finally {
			writing = undefined;
			db.close();
		}
	}

	// Messages are handled one at a time, in order; a cancel may arrive while a write awaits.
	let queue = Promise.resolve();
	return (message: ToWorker) => {
		if (message.type === 'cancel-write') {
			writing?.abort();
			return queue;
		}
		if (message.type === 'check') latestCheck = Math.max(latestCheck, message.id);
		// The write's cancel handle exists from the moment it is asked for, so a cancel that comes
		// before the write has started is not lost.
		if (message.type === 'write') writing = new AbortController();
		queue = queue.then(async () => {
			try {
				if (message.type === 'open') open(message);
				else if (message.type === 'check') await check(message);
				else if (message.type === 'report') report(message.id);
				else if (message.type === 'write') await write(message);
			} catch (error) {
				if (message.type === 'open') send({ type: 'failed-to-open', failure: 'unreadable' });
				else if (message.type === 'check')
					send({ type: 'check-failed', id: message.id, problem: classifyStorageError(error) });
				else if (message.type === 'write')
					send({ type: 'write-failed', problem: classifyStorageError(error) });
			}
		});
		return queue;
	};
}
