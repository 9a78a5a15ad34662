/**
 * Writing an import: everything in one Dexie transaction, matched against the cards as they are
 * inside it, so a closed tab, a cancel or a full disk leaves the card file exactly as before.
 */
import Dexie from 'dexie';
import { decryptBackup, encryptBackup, looksEncrypted } from '../domain/backup-crypt';
import { newId } from '../domain/ids';
import {
	indexExisting,
	planImport,
	summariesAfter,
	type ImportPlan,
	type ReadResult
} from '../domain/io-import';
import {
	buildBackup,
	checkBackup,
	type BackupCheck,
	type BackupPayload,
	type BackupTables
} from '../domain/io-backup';
import { EMPTY_SUMMARY, summarizeSales } from '../domain/purchase-summary';
import { digitsOf, searchWordsOf } from '../domain/search';
import { dayNumberOf, type CustomerLedger } from '../domain/stats';
import type { Customer, CustomerFields, Id, Sale } from '../domain/types';
import { CURRENT_SCHEMA_VERSION, type CardFileDb } from './schema';
import { migrateLetterVouchers, OFFERS_SCHEMA_VERSION } from './offers';
import { DEVICE_ONLY_SETTINGS } from './owner-pin-key';
import { bucketOf, decodeBucket, encodeBucket, rebuildCustomerStats } from './segments';

/** Sale references already stored, voided ones included: an invoice is imported once, ever. */
async function storedSaleRefs(db: CardFileDb): Promise<string[]> {
	// The externalRef index holds only imported sales (a sale rung up at the counter has no
	// reference), so its keys are far fewer than the sales a shop records over the years.
	return (await db.sales.orderBy('externalRef').keys()) as string[];
}

/** What an import is matched against: the cards and the invoice numbers already stored. */
export interface StoredForImport {
	customers: Customer[];
	saleRefs: string[];
}

/** Reads what an import is matched against (in the caller's transaction, if any). */
export async function readStoredForImport(db: CardFileDb): Promise<StoredForImport> {
	return { customers: await db.customers.toArray(), saleRefs: await storedSaleRefs(db) };
}

/** Plans an import against what is stored; the stored rows are not changed. */
export function planAgainst(
	stored: StoredForImport,
	read: ReadResult,
	unnamed: (ref: string) => string
): { plan: ImportPlan; byId: Map<Id, Customer> } {
	const byId = new Map(stored.customers.map((c) => [c.id, c]));
	const index = indexExisting(stored.customers, stored.saleRefs);
	const plan = planImport(read, index, (id) => byId.get(id), unnamed);
	return { plan, byId };
}

async function planAgainstStore(
	db: CardFileDb,
	read: ReadResult,
	unnamed: (ref: string) => string
): Promise<{ plan: ImportPlan; byId: Map<Id, Customer> }> {
	return planAgainst(await readStoredForImport(db), read, unnamed);
}

/** What an import would do to the card file as it is now, for the owner to confirm. */
export async function previewImport(
	db: CardFileDb,
	read: ReadResult,
	unnamed: (ref: string) => string
): Promise<ImportPlan> {
	return db.transaction('r', db.customers, db.sales, async () => {
		return (await planAgainstStore(db, read, unnamed)).plan;
	});
}

export interface ImportOutcome {
	newCustomers: number;
	updatedCustomers: number;
	sales: number;
	alreadyImported: number;
}

export class ImportCancelled extends Error {
	constructor() {
		super('Import cancelled');
		this.name = 'ImportCancelled';
	}
}

/**
 * Rows per bulk write: few enough awaits that the transaction's round trips cost little, small
 * enough that the progress bar moves and a cancel is heard within a fraction of a second.
 */
const CHUNK = 10_000;

function cardOf(fields: CustomerFields, id: Id, now: number): Customer {
	return {
		...fields,
		...EMPTY_SUMMARY,
		searchWords: searchWordsOf(fields),
		phoneDigits: digitsOf(fields.phone),
		id,
		createdAt: now,
		updatedAt: now
	};
}

/**
 * Writes the rows in one transaction. `onProgress` gets the share written (0..1); when `signal`
 * aborts, the transaction is aborted and nothing stays.
 */
export async function applyImport(
	db: CardFileDb,
	read: ReadResult,
	options: {
		currency: string;
		unnamed: (ref: string) => string;
		onProgress?: (share: number) => void;
		signal?: AbortSignal;
		now?: number;
	}
): Promise<ImportOutcome> {
	const now = options.now ?? Date.now();
	const check = () => {
		if (options.signal?.aborted) throw new ImportCancelled();
	};
	return db.transaction('rw', db.customers, db.sales, db.customerStats, async () => {
		check();
		const { plan, byId } = await planAgainstStore(db, read, options.unnamed);
		const ids = new Map<string, Id>();
		for (const planned of plan.newCustomers) ids.set(planned.key, newId(now));
		const idOf = (key: string) => ids.get(key) ?? key;
		const summaries = summariesAfter(plan, (key) => byId.get(key));

		const cards = new Map<Id, Customer>();
		for (const planned of plan.newCustomers) {
			const id = idOf(planned.key);
			cards.set(id, cardOf(planned.fields, id, now));
		}
		for (const [id, fills] of plan.fills) {
			const existing = byId.get(id);
			if (!existing) continue;
			const fields = { ...existing, ...fills };
			cards.set(id, {
				...fields,
				searchWords: searchWordsOf(fields),
				phoneDigits: digitsOf(fields.phone),
				updatedAt: now
			});
		}
		for (const [key, summary] of summaries) {
			const id = idOf(key);
			const card = cards.get(id) ?? byId.get(id);
			if (!card) continue;
			cards.set(id, { ...card, ...summary, updatedAt: now });
		}
		const sales: Sale[] = plan.sales.map((s) => {
			const sale: Sale = {
				id: newId(now),
				customerId: idOf(s.customer),
				date: s.date,
				amount: s.amount,
				currency: options.currency,
				category: s.category,
				createdAt: now,
				updatedAt: now
			};
			if (s.externalRef) sale.externalRef = s.externalRef;
			return sale;
		});

		const cardList = [...cards.values()];
		const total = cardList.length + sales.length || 1;
		let written = 0;
		for (let i = 0; i < cardList.length; i += CHUNK) {
			check();
			await db.customers.bulkPut(cardList.slice(i, i + CHUNK));
			written += Math.min(CHUNK, cardList.length - i);
			options.onProgress?.(written / total);
		}
		for (let i = 0; i < sales.length; i += CHUNK) {
			check();
			await db.sales.bulkAdd(sales.slice(i, i + CHUNK));
			written += Math.min(CHUNK, sales.length - i);
			options.onProgress?.(written / total);
		}
		check();
		// The segments read compact per-customer statistics; they change with the same commit,
		// computed from the rows in hand rather than by reading the sales just written back.
		await addSalesToStats(db, sales);
		return {
			newCustomers: plan.newCustomers.length,
			updatedCustomers: plan.fills.size,
			sales: sales.length,
			alreadyImported: plan.alreadyImported
		};
	});
}

/**
 * Adds imported sales to the customers' compact ledgers: one read of the buckets they fall in
 * (at most a few hundred rows), the new lines merged in memory, one write.
 */
async function addSalesToStats(db: CardFileDb, sales: readonly Sale[]): Promise<void> {
	const added = new Map<Id, { days: number[]; amounts: number[] }>();
	for (const sale of sales) {
		let lines = added.get(sale.customerId);
		if (!lines) added.set(sale.customerId, (lines = { days: [], amounts: [] }));
		lines.days.push(dayNumberOf(sale.date));
		lines.amounts.push(sale.amount);
	}
	const byBucket = new Map<number, Id[]>();
	for (const id of added.keys()) {
		const b = bucketOf(id);
		let ids = byBucket.get(b);
		if (!ids) byBucket.set(b, (ids = []));
		ids.push(id);
	}
	const keys = [...byBucket.keys()];
	const rows = await db.customerStats.bulkGet(keys);
	const puts = keys.map((b, i) => {
		const row = rows[i];
		const ledgers = new Map<Id, CustomerLedger>(
			(row ? decodeBucket(row) : []).map((l) => [l.customerId, l])
		);
		for (const id of byBucket.get(b)!) {
			const before = ledgers.get(id);
			const lines = added.get(id)!;
			const days = [...Array.from(before?.days ?? []), ...lines.days];
			const amounts = [...Array.from(before?.amounts ?? []), ...lines.amounts];
			// Sorted by day, the order the ledgers keep; equal days stay in the order written.
			const order = days.map((_, k) => k).sort((x, y) => days[x] - days[y] || x - y);
			ledgers.set(id, {
				customerId: id,
				days: order.map((k) => days[k]),
				amounts: order.map((k) => amounts[k])
			});
		}
		return encodeBucket(b, ledgers.values());
	});
	await db.customerStats.bulkPut(puts);
}

/** True for the error an aborted import ends with, whichever wrapper Dexie put around it. */
export function isImportCancelled(error: unknown): boolean {
	if (error instanceof ImportCancelled) return true;
	return error instanceof Dexie.AbortError && String(error.message).includes('cancelled');
}

/** Every card and sale, read in one transaction so an export is one consistent moment. */
export async function exportSnapshot(
	db: CardFileDb
): Promise<{ customers: Customer[]; sales: Sale[] }> {
	return db.transaction('r', db.customers, db.sales, async () => ({
		customers: await db.customers.toArray(),
		sales: await db.sales.toArray()
	}));
}

export const LAST_BACKUP_KEY = 'io.lastBackupAt';

/**
 * Tables derived from other tables (the statistics from the sales, the card index from the
 * cards): not written to a backup (their typed arrays would not survive JSON, and they add
 * nothing the rest does not hold) and rebuilt after every restore (the card index by its
 * middleware, as the cards are written back).
 */
const DERIVED_TABLES = new Set(['customerStats', 'cardIndex']);

/**
 * Reads every table in one transaction. The backup time is written first, inside the same
 * transaction, so the file itself says when it was made and a restore brings that date back.
 */
export async function makeBackup(
	db: CardFileDb,
	now: number = Date.now(),
	passphrase: string = ''
): Promise<string> {
	const payload = await db.transaction('rw', db.tables, async () => {
		await db.settings.put({ key: LAST_BACKUP_KEY, value: now });
		const tables: BackupTables = {};
		for (const table of db.tables) {
			if (DERIVED_TABLES.has(table.name)) continue;
			const rows = (await table.toArray()) as Record<string, unknown>[];
			tables[table.name] = table.name === 'settings' ? rows.filter(travels) : rows;
		}
		return { schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: now, tables };
	});
	const text = await buildBackup(payload);
	return passphrase ? encryptBackup(text, passphrase) : text;
}

/** Whether a settings row goes into a backup and comes back from one (the PIN's never do). */
function travels(row: Record<string, unknown>): boolean {
	return !DEVICE_ONLY_SETTINGS.includes(row.key as string);
}

/**
 * Checks a backup file in full; a file locked with a passphrase is opened first (without one,
 * or with a wrong one, it is refused as a whole).
 */
export async function checkBackupText(
	db: CardFileDb,
	text: string,
	passphrase: string = ''
): Promise<BackupCheck> {
	if (looksEncrypted(text)) {
		if (!passphrase) return { ok: false, problem: 'needs-passphrase' };
		const opened = await decryptBackup(text, passphrase);
		if (!opened.ok) return { ok: false, problem: opened.problem };
		text = opened.text;
	}
	return checkBackup(
		text,
		CURRENT_SCHEMA_VERSION,
		db.tables.map((t) => t.name)
	);
}

export type RestoreMode = 'replace' | 'merge';

function updatedAtOf(row: unknown): number {
	const value = (row as { updatedAt?: unknown }).updatedAt;
	return typeof value === 'number' ? value : -Infinity;
}

/**
 * Restores a checked backup in one transaction over every table. "replace" makes the card file
 * exactly the backup; "merge" keeps the newer of each record and then recomputes every card's
 * purchase summary, since merged sales change them.
 */
export async function restoreBackup(
	db: CardFileDb,
	payload: BackupPayload,
	mode: RestoreMode
): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		// A customer erased on request stays erased, even when the backup predates the erasure.
		const erased = await db.settings.where('key').startsWith(ERASED_KEY_PREFIX).toArray();
		// The device keeps its own PIN (or none); an older backup that carried one does not bring it.
		const deviceOnly = await db.settings.bulkGet([...DEVICE_ONLY_SETTINGS]);
		for (const table of db.tables) {
			if (DERIVED_TABLES.has(table.name)) continue;
			const all = payload.tables[table.name] ?? [];
			const rows = table.name === 'settings' ? all.filter(travels) : all;
			if (mode === 'replace') {
				await table.clear();
				await table.bulkAdd(rows);
				continue;
			}
			const key = table.schema.primKey.keyPath as string;
			const existing = new Map(
				((await table.toArray()) as Record<string, unknown>[]).map((r) => [r[key], r])
			);
			const newer = rows.filter((row) => {
				const current = existing.get(row[key]);
				if (!current) return true;
				// Settings carry no timestamps: the device's own value wins.
				return table.name !== 'settings' && updatedAtOf(row) > updatedAtOf(current);
			});
			await table.bulkPut(newer);
		}
		// A backup from before offers holds letters' codes as referral vouchers: upgraded as the
		// database itself was (schema 8).
		if (payload.schemaVersion < OFFERS_SCHEMA_VERSION)
			await migrateLetterVouchers((name) => db.table(name));
		await db.settings.bulkPut(deviceOnly.filter((row) => row !== undefined));
		for (const tombstone of erased) {
			await eraseWithin(db, tombstone.key.slice(ERASED_KEY_PREFIX.length));
			await db.settings.put(tombstone);
		}
		if (mode === 'merge') {
			const sales = await db.sales.toArray();
			const byCustomer = new Map<string, Sale[]>();
			for (const sale of sales) {
				if (sale.deletedAt !== undefined) continue;
				byCustomer.set(sale.customerId, [...(byCustomer.get(sale.customerId) ?? []), sale]);
			}
			const customers = await db.customers.toArray();
			await db.customers.bulkPut(
				customers.map((c) => {
					const summary = summarizeSales(byCustomer.get(c.id) ?? []);
					const updated: Customer = { ...c, ...summary };
					if (summary.firstPurchase === undefined) delete updated.firstPurchase;
					if (summary.lastPurchase === undefined) delete updated.lastPurchase;
					return updated;
				})
			);
		}
		await rebuildCustomerStats(db);
	});
}

/** Tables whose rows belong to one customer: any table indexed by customerId, present or future. */
function customerTables(db: CardFileDb) {
	return db.tables.filter((t) => t.schema.indexes.some((i) => i.name === 'customerId'));
}

/** Everything the card file holds about one customer, for a data request (GDPR art. 15/20). */
export async function customerData(
	db: CardFileDb,
	id: Id,
	now: number = Date.now()
): Promise<Record<string, unknown>> {
	return db.transaction('r', db.tables, async () => {
		const data: Record<string, unknown> = {
			format: 'counter-cards-customer-data',
			exportedAt: new Date(now).toISOString(),
			customer: await db.customers.get(id)
		};
		for (const table of customerTables(db)) {
			data[table.name] = await table.where('customerId').equals(id).toArray();
		}
		// Rows that name the customer under another field: codes they were given or handed on, the
		// referrals they took part in, their promoter mark and the drawings they won.
		data.vouchers = [
			...(await db.vouchers.where('referrerId').equals(id).toArray()),
			...(await db.vouchers.where('holderId').equals(id).toArray())
		];
		data.redemptions = [
			...(await db.redemptions.where('referrerId').equals(id).toArray()),
			...(await db.redemptions.where('friendId').equals(id).toArray())
		];
		data.promoters = await db.promoters.where('customerId').equals(id).toArray();
		data.drawingsWon = await db.drawings.filter((drawing) => drawing.winnerId === id).toArray();
		return data;
	});
}

export const ERASED_KEY_PREFIX = 'io.erased:';

/** Deletes a card and its rows; call inside a transaction over every table. */
async function eraseWithin(db: CardFileDb, id: Id): Promise<void> {
	for (const table of customerTables(db)) {
		await table.where('customerId').equals(id).delete();
	}
	// Codes still open would let the counter credit or serve a card that is gone. A redeemed code
	// stays: it is the other customer's history, and holds ids only.
	const openCodes = (voucher: { redeemedAt?: number }) => voucher.redeemedAt === undefined;
	await db.vouchers.where('referrerId').equals(id).filter(openCodes).delete();
	await db.vouchers.where('holderId').equals(id).filter(openCodes).delete();
	await db.promoters.delete(id);
	await db.customers.delete(id);
	await rebuildCustomerStats(db, [id]);
}

/**
 * Erases a customer on request: the card and every row that belongs to it are deleted for good,
 * in one transaction. What stays is a tombstone without personal data (the id and when), so a
 * later sync or restore can tell that this card must not come back.
 */
export async function eraseCustomer(
	db: CardFileDb,
	id: Id,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await eraseWithin(db, id);
		await db.settings.put({ key: `${ERASED_KEY_PREFIX}${id}`, value: { erasedAt: now } });
	});
}
