/**
 * Writing an import: everything in one Dexie transaction, matched against the cards as they are
 * inside it, so a closed tab, a cancel or a full disk leaves the card file exactly as before.
 */
import Dexie from 'dexie';
import { newId } from '../domain/ids';
import {
	indexExisting,
	planImport,
	summariesAfter,
	type ImportPlan,
	type ReadResult
} from '../domain/io-import';
import { EMPTY_SUMMARY } from '../domain/purchase-summary';
import { digitsOf, searchWordsOf } from '../domain/search';
import type { Customer, CustomerFields, Id, Sale } from '../domain/types';
import type { CardFileDb } from './schema';

/** Sale references already stored, voided ones included: an invoice is imported once, ever. */
async function storedSaleRefs(db: CardFileDb): Promise<string[]> {
	// getAll over the table is one request; a key cursor over the index is one per row.
	const sales = await db.sales.toArray();
	return sales.flatMap((s) => (s.externalRef ? [s.externalRef] : []));
}

async function planAgainstStore(
	db: CardFileDb,
	read: ReadResult,
	unnamed: (ref: string) => string
): Promise<{ plan: ImportPlan; byId: Map<Id, Customer> }> {
	const customers = await db.customers.toArray();
	const byId = new Map(customers.map((c) => [c.id, c]));
	const index = indexExisting(customers, await storedSaleRefs(db));
	const plan = planImport(read, index, (id) => byId.get(id), unnamed);
	return { plan, byId };
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

const CHUNK = 2000;

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
	return db.transaction('rw', db.customers, db.sales, async () => {
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
		return {
			newCustomers: plan.newCustomers.length,
			updatedCustomers: plan.fills.size,
			sales: sales.length,
			alreadyImported: plan.alreadyImported
		};
	});
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
