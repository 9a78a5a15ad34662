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
import { parseCsvBytes, type ParsedCsv } from '$lib/domain/io-csv';
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
import type { CheckRequest, CheckSummary, FromWorker, ToWorker } from './import-protocol';

const PREVIEW_ROWS = 5;
const SHOWN_ENTRIES = 20;

function columnValues(source: ParsedCsv, mapping: ColumnMapping, fields: ImportField[]): string[] {
	return fields.flatMap((field) => {
		const index = mapping.indexOf(field);
		return index < 0 ? [] : source.rows.map((r) => r[index] ?? '');
	});
}

/**
 * An import session: handles the page's messages in order and answers through `send`. The
 * returned promise settles when the message (and those before it) is done.
 */
export function createImportSession(
	send: (message: FromWorker) => void
): (message: ToWorker) => Promise<void> {
	let bytes: Uint8Array | undefined;
	let csv: ParsedCsv | undefined;
	let stored: { dbName: string; rows: StoredForImport } | undefined;
	let checked: { read: ReadResult; plan: ImportPlan; request: CheckRequest } | undefined;
	let writing: AbortController | undefined;
	// A check the owner has already changed their mind about is skipped, not worked through.
	let latestCheck = 0;

	function open(message: Extract<ToWorker, { type: 'open' }>) {
		if (message.bytes) bytes = new Uint8Array(message.bytes);
		if (!bytes) return;
		csv = undefined;
		checked = undefined;
		const result = parseCsvBytes(bytes, {
			encoding: message.encoding,
			delimiter: message.delimiter,
			onProgress: (share) => send({ type: 'progress', phase: 'reading', share })
		});
		if (!result.ok) return send({ type: 'failed-to-open', failure: result.failure });
		csv = result.csv;
		const { header, rows } = csv;
		send({
			type: 'opened',
			file: {
				header,
				samples: header.map((_, i) => rows.find((r) => (r[i] ?? '').trim() !== '')?.[i] ?? ''),
				encoding: csv.encoding,
				guessedEncoding: csv.guessedEncoding,
				delimiter: csv.delimiter,
				dataLines: csv.dataLines,
				lineProblems: csv.lineProblems.length,
				controlCharactersRemoved: csv.controlCharactersRemoved,
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
		const dateGuess = detectDateOrder(columnValues(csv, mapping, ['saleDate', 'birthday']));
		const amounts = columnValues(csv, mapping, ['amount']);
		const decimalGuess = detectDecimalMark(amounts);
		const kind = request.kind ?? guessKind(mapping);
		const dateOrder = request.dateOrder ?? dateGuess.value;
		const decimalMark = request.decimalMark ?? decimalGuess.value;
		const summary: CheckSummary = {
			kind,
			dateOrder,
			decimalMark,
			dateGuess,
			decimalGuess,
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
