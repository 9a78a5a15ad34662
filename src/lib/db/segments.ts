/**
 * Per-customer compact ledgers (the "customer stats" table) kept beside the sales ledger, so the
 * segments never read every sale: written in the same transaction as each sale and void, and
 * rebuildable from the sales ledger at any time (upgrade, import, repair).
 */
import type { Transaction } from 'dexie';
import {
	DEFAULT_SEGMENT_SETTINGS,
	clampFormerWindow,
	type SegmentSettings
} from '../domain/segments';
import { addToLedger, ledgerOf, type CustomerLedger } from '../domain/stats';
import type { Id, Sale } from '../domain/types';
import type { CardFileDb } from './schema';

/** One row per customer who has at least one live sale. */
export type CustomerStatsRow = CustomerLedger;

/** The store spec of schema version 2: the key only, no other index to slow sale writes. */
export const CUSTOMER_STATS_STORE = 'customerId';

function isLive(sale: Pick<Sale, 'deletedAt'>): boolean {
	return sale.deletedAt === undefined;
}

function rowsFromSales(sales: Iterable<Sale>): Map<Id, CustomerStatsRow> {
	const lines = new Map<Id, { date: string; amount: number }[]>();
	for (const sale of sales) {
		if (!isLive(sale)) continue;
		let list = lines.get(sale.customerId);
		if (!list) lines.set(sale.customerId, (list = []));
		list.push({ date: sale.date, amount: sale.amount });
	}
	const rows = new Map<Id, CustomerStatsRow>();
	for (const [id, list] of lines) rows.set(id, ledgerOf(id, list));
	return rows;
}

/** Schema version 2's upgrade: fills the table from the sales already stored. */
export async function fillCustomerStatsInUpgrade(tx: Transaction): Promise<void> {
	const sales: Sale[] = await tx.table('sales').toArray();
	await tx.table('customerStats').bulkPut([...rowsFromSales(sales).values()]);
}

/**
 * Rebuilds the stats rows of the given customers (or of everyone, clearing the table first) from
 * the sales ledger. Imports call this once after writing their sales.
 */
export async function rebuildCustomerStats(
	db: CardFileDb,
	customerIds?: readonly Id[]
): Promise<void> {
	await db.transaction('rw', db.sales, db.customerStats, async () => {
		if (customerIds === undefined) {
			const rows = rowsFromSales(await db.sales.toArray());
			await db.customerStats.clear();
			await db.customerStats.bulkPut([...rows.values()]);
			return;
		}
		const ids = [...new Set(customerIds)];
		const sales = await db.sales.where('customerId').anyOf(ids).toArray();
		const rows = rowsFromSales(sales);
		await db.customerStats.bulkPut([...rows.values()]);
		const empty = ids.filter((id) => !rows.has(id));
		if (empty.length > 0) await db.customerStats.bulkDelete(empty);
	});
}

/** Called by recordSale inside its transaction: adds the line without reading other sales. */
export async function addSaleToStats(db: CardFileDb, sale: Sale): Promise<void> {
	const row = await db.customerStats.get(sale.customerId);
	const base = row ?? { customerId: sale.customerId, days: [], amounts: [] };
	await db.customerStats.put(addToLedger(base, sale));
}

/** Called by voidSale inside its transaction, with the customer's remaining live sales. */
export async function setStatsFromSales(
	db: CardFileDb,
	customerId: Id,
	liveSales: readonly Sale[]
): Promise<void> {
	const remaining = liveSales.filter(isLive);
	if (remaining.length === 0) await db.customerStats.delete(customerId);
	else await db.customerStats.put(ledgerOf(customerId, remaining));
}

export async function loadCustomerLedgers(db: CardFileDb): Promise<CustomerStatsRow[]> {
	return db.customerStats.toArray();
}

export async function loadCustomerLedger(
	db: CardFileDb,
	customerId: Id
): Promise<CustomerStatsRow | undefined> {
	return db.customerStats.get(customerId);
}

/**
 * Repairs rows that writers outside the sales module forgot (a demo shop, an older import):
 * reads only keys, and rebuilds just the customers whose row is missing.
 */
export async function ensureCustomerStats(db: CardFileDb): Promise<number> {
	const [buyers, rows] = await Promise.all([
		db.customers.where('lastPurchase').above('').primaryKeys(),
		db.customerStats.toCollection().primaryKeys()
	]);
	const have = new Set(rows);
	const missing = buyers.filter((id) => !have.has(id));
	if (missing.length > 0) await rebuildCustomerStats(db, missing);
	return missing.length;
}

const SETTINGS_KEY = 'segments';

export async function loadSegmentSettings(db: CardFileDb): Promise<SegmentSettings> {
	const row = await db.settings.get(SETTINGS_KEY);
	const saved = (row?.value ?? {}) as Partial<SegmentSettings>;
	const settings = { ...DEFAULT_SEGMENT_SETTINGS, ...saved };
	return { ...settings, formerWindowMonths: clampFormerWindow(settings.formerWindowMonths) };
}

export async function saveSegmentSettings(
	db: CardFileDb,
	settings: SegmentSettings
): Promise<void> {
	const value: Partial<SegmentSettings> = { ...settings };
	// Absent thresholds mean "from the medians"; IndexedDB would keep an explicit undefined.
	if (value.regularMinVisits === undefined) delete value.regularMinVisits;
	if (value.heavyMinSpend === undefined) delete value.heavyMinSpend;
	await db.settings.put({ key: SETTINGS_KEY, value });
}
