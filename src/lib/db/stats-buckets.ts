/**
 * How the per-customer ledgers are stored: customers spread over STATS_BUCKETS rows by a hash of
 * their id. Apart from db/segments so the schema's upgrade needs none of the segments logic;
 * the schema fetches this module only to upgrade a version 1 database.
 */
import type { Transaction } from 'dexie';
import { ledgerOf, type CustomerLedger } from '../domain/ledger';
import type { Id, Sale } from '../domain/types';

export const STATS_BUCKETS = 512;

/** One stored row: the ledgers of the customers whose id hashes to `bucket`. */
export interface StatsBucketRow {
	bucket: number;
	ids: Id[];
	/** Customer i's lines are [offsets[i], offsets[i + 1]) in days and amounts. */
	offsets: Int32Array;
	days: Int32Array;
	amounts: Float64Array;
}

/** FNV-1a: stable across devices and versions, and spreads ULIDs evenly. */
export function bucketOf(customerId: Id): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < customerId.length; i++) {
		hash ^= customerId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % STATS_BUCKETS;
}

export function encodeBucket(bucket: number, ledgers: Iterable<CustomerLedger>): StatsBucketRow {
	const list = [...ledgers].sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
	const total = list.reduce((n, l) => n + l.days.length, 0);
	const offsets = new Int32Array(list.length + 1);
	const days = new Int32Array(total);
	const amounts = new Float64Array(total);
	let at = 0;
	list.forEach((ledger, i) => {
		offsets[i] = at;
		days.set(ledger.days, at);
		amounts.set(ledger.amounts, at);
		at += ledger.days.length;
	});
	offsets[list.length] = at;
	return { bucket, ids: list.map((l) => l.customerId), offsets, days, amounts };
}

/** The ledgers of a row, as views on its arrays (no copying). */
export function decodeBucket(row: StatsBucketRow): CustomerLedger[] {
	return row.ids.map((customerId, i) => ({
		customerId,
		days: row.days.subarray(row.offsets[i], row.offsets[i + 1]),
		amounts: row.amounts.subarray(row.offsets[i], row.offsets[i + 1])
	}));
}

export function isLive(sale: Pick<Sale, 'deletedAt'>): boolean {
	return sale.deletedAt === undefined;
}

export function ledgersFromSales(sales: Iterable<Sale>): Map<Id, CustomerLedger> {
	const lines = new Map<Id, { date: string; amount: number }[]>();
	for (const sale of sales) {
		if (!isLive(sale)) continue;
		let list = lines.get(sale.customerId);
		if (!list) lines.set(sale.customerId, (list = []));
		list.push({ date: sale.date, amount: sale.amount });
	}
	const ledgers = new Map<Id, CustomerLedger>();
	for (const [id, list] of lines) ledgers.set(id, ledgerOf(id, list));
	return ledgers;
}

export function rowsOf(ledgers: Iterable<CustomerLedger>): StatsBucketRow[] {
	const buckets = new Map<number, CustomerLedger[]>();
	for (const ledger of ledgers) {
		const b = bucketOf(ledger.customerId);
		let list = buckets.get(b);
		if (!list) buckets.set(b, (list = []));
		list.push(ledger);
	}
	return [...buckets].map(([b, list]) => encodeBucket(b, list));
}

/** Schema version 2's upgrade: fills the table from the sales already stored. */
export async function fillCustomerStatsInUpgrade(tx: Transaction): Promise<void> {
	const sales: Sale[] = await tx.table('sales').toArray();
	await tx.table('customerStats').bulkPut(rowsOf(ledgersFromSales(sales).values()));
}
