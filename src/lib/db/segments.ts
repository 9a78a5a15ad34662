/**
 * Per-customer compact ledgers kept beside the sales ledger, so the segments never read every
 * sale: written in the same transaction as each sale and void, and rebuildable from the sales
 * ledger at any time (upgrade, import, repair).
 *
 * Storage: customers are spread over STATS_BUCKETS rows by a hash of their id, each row holding
 * its customers' days and amounts in typed arrays. IndexedDB pays per record: reading 50,000
 * small rows takes about a second in Chromium, reading 512 packed rows about a fifth of that,
 * while a sale rewrites only its bucket (a few kilobytes).
 */
import {
	DEFAULT_SEGMENT_SETTINGS,
	clampFormerWindow,
	type SegmentSettings
} from '../domain/segments';
import { addToLedger, ledgerOf, type CustomerLedger } from '../domain/stats';
import type { Id, Sale } from '../domain/types';
import { onRowsChanged } from './changes';
import type { CardFileDb } from './schema';
import {
	bucketOf,
	decodeBucket,
	encodeBucket,
	isLive,
	ledgersFromSales,
	rowsOf,
	type StatsBucketRow
} from './stats-buckets';

export {
	STATS_BUCKETS,
	bucketOf,
	decodeBucket,
	encodeBucket,
	fillCustomerStatsInUpgrade,
	type StatsBucketRow
} from './stats-buckets';

const REBUILD_BY_INDEX_LIMIT = 200;

/**
 * A bucket's row, given its ledgers as stored, with some customers' ledgers replaced (or, with
 * `undefined`, removed); `undefined` when none is left.
 */
function patchedRow(
	bucket: number,
	stored: readonly CustomerLedger[],
	ids: readonly Id[],
	changes: Map<Id, CustomerLedger | undefined>
): StatsBucketRow | undefined {
	const ledgers = new Map(stored.map((l) => [l.customerId, l]));
	for (const id of ids) {
		const next = changes.get(id);
		if (next) ledgers.set(id, next);
		else ledgers.delete(id);
	}
	return ledgers.size > 0 ? encodeBucket(bucket, ledgers.values()) : undefined;
}

/** Replaces (or, with `undefined`, removes) some customers' ledgers, bucket by bucket. */
async function replaceLedgers(
	db: CardFileDb,
	changes: Map<Id, CustomerLedger | undefined>
): Promise<void> {
	const byBucket = new Map<number, Id[]>();
	for (const id of changes.keys()) {
		const b = bucketOf(id);
		let list = byBucket.get(b);
		if (!list) byBucket.set(b, (list = []));
		list.push(id);
	}
	const keys = [...byBucket.keys()];
	const rows = await db.customerStats.bulkGet(keys);
	const puts: StatsBucketRow[] = [];
	const deletes: number[] = [];
	keys.forEach((b, i) => {
		const row = patchedRow(b, rows[i] ? decodeBucket(rows[i]) : [], byBucket.get(b)!, changes);
		if (row) puts.push(row);
		else if (rows[i]) deletes.push(b);
	});
	if (puts.length > 0) await db.customerStats.bulkPut(puts);
	if (deletes.length > 0) await db.customerStats.bulkDelete(deletes);
}

/**
 * Rebuilds the ledgers of the given customers (or of everyone, clearing the table first) from
 * the sales ledger. Imports call this once after writing their sales.
 */
export async function rebuildCustomerStats(
	db: CardFileDb,
	customerIds?: readonly Id[]
): Promise<void> {
	await db.transaction('rw', db.sales, db.customerStats, async () => {
		if (customerIds === undefined) {
			const ledgers = ledgersFromSales(await db.sales.toArray());
			await db.customerStats.clear();
			await db.customerStats.bulkPut(rowsOf(ledgers.values()));
			return;
		}
		const ids = [...new Set(customerIds)];
		if (ids.length === 0) return;
		// anyOf jumps the index cursor once per id; for an import's thousands of customers one
		// sequential read of the ledger is far cheaper.
		const wanted = new Set(ids);
		const sales =
			ids.length > REBUILD_BY_INDEX_LIMIT
				? (await db.sales.toArray()).filter((sale) => wanted.has(sale.customerId))
				: await db.sales.where('customerId').anyOf(ids).toArray();
		const ledgers = ledgersFromSales(sales);
		await replaceLedgers(db, new Map(ids.map((id) => [id, ledgers.get(id)])));
	});
}

/**
 * Called by recordSale inside its transaction: adds the line without reading other sales, and
 * reads the customer's bucket once (a sale is one read and one write here).
 */
export async function addSaleToStats(db: CardFileDb, sale: Sale): Promise<void> {
	const bucket = bucketOf(sale.customerId);
	const row = await db.customerStats.get(bucket);
	const stored = row ? decodeBucket(row) : [];
	const current = stored.find((l) => l.customerId === sale.customerId);
	const base = current ?? { customerId: sale.customerId, days: [], amounts: [] };
	const next = new Map([[sale.customerId, addToLedger(base, sale)]]);
	await db.customerStats.put(patchedRow(bucket, stored, [sale.customerId], next)!);
}

/** Called by voidSale inside its transaction, with the customer's remaining live sales. */
export async function setStatsFromSales(
	db: CardFileDb,
	customerId: Id,
	liveSales: readonly Sale[]
): Promise<void> {
	const remaining = liveSales.filter(isLive);
	await replaceLedgers(
		db,
		new Map([[customerId, remaining.length > 0 ? ledgerOf(customerId, remaining) : undefined]])
	);
}

/** Every customer's ledger: a few hundred reads however large the shop. */
export async function loadCustomerLedgers(db: CardFileDb): Promise<CustomerLedger[]> {
	const rows = await db.customerStats.toArray();
	return rows.flatMap(decodeBucket);
}

/** Every customer's ledger, bucket by bucket (in ascending bucket order). */
export async function loadLedgerBuckets(db: CardFileDb): Promise<Map<number, CustomerLedger[]>> {
	const rows = await db.customerStats.toArray();
	return new Map(rows.map((row) => [row.bucket, decodeBucket(row)]));
}

/** The ledgers now stored in some buckets (after a write touched them); empty when none. */
export async function loadLedgersOfBuckets(
	db: CardFileDb,
	buckets: readonly number[]
): Promise<Map<number, CustomerLedger[]>> {
	const rows = await db.customerStats.bulkGet([...buckets]);
	return new Map(buckets.map((bucket, i) => [bucket, rows[i] ? decodeBucket(rows[i]) : []]));
}

/** Calls back with the buckets a committed write touched, or 'many' (import, rebuild, restore). */
export function onStatsChanged(
	db: CardFileDb,
	changed: (buckets: number[] | 'many') => void
): () => void {
	return onRowsChanged<number>(db, 'customerStats', changed);
}

export async function loadCustomerLedger(
	db: CardFileDb,
	customerId: Id
): Promise<CustomerLedger | undefined> {
	const row = await db.customerStats.get(bucketOf(customerId));
	return row ? decodeBucket(row).find((l) => l.customerId === customerId) : undefined;
}

/**
 * Repairs ledgers that writers outside the sales module left out (a demo shop, an older
 * import): compares with the cards that have a last purchase (`knownBuyers` when the caller
 * has them in memory), and rebuilds only those missing.
 */
export async function ensureCustomerStats(
	db: CardFileDb,
	known?: readonly CustomerLedger[],
	knownBuyers?: readonly Id[]
): Promise<number> {
	// The card index already knows who bought; reading 50,000 keys again is the slow way.
	const [buyers, ledgers] = await Promise.all([
		knownBuyers ?? db.customers.where('lastPurchase').above('').primaryKeys(),
		known ?? loadCustomerLedgers(db)
	]);
	const have = new Set(ledgers.map((l) => l.customerId));
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
