/**
 * How a write to the cards patches the card index: loaded after the counter is up, or at the
 * first write to the cards if that comes sooner (see card-index.ts).
 */
import type {
	DBCore,
	DBCoreGetRequest,
	DBCoreKeyRange,
	DBCoreMutateRequest,
	DBCoreMutateResponse,
	DBCoreTable,
	DBCoreTransaction
} from 'dexie';
import { packSummaries, patchPacked } from '../domain/card-summary-pack';
import { sameSummary, summaryOf, type CardSummary } from '../domain/card-summary';
import { searchEntryOf } from '../domain/search';
import type { Customer, Id } from '../domain/types';
import { CARD_INDEX_TABLE, type CardIndexRow, type IndexedCards } from './card-index';
import type { CardFileDb } from './schema';
import { bucketOf } from './stats-buckets';

/** Dexie's DBCoreRangeType.Any, a const enum the app cannot import under isolatedModules. */
const ANY_RANGE = { type: 3 } as unknown as DBCoreKeyRange;

export function cardIndexRowsOf(customers: Iterable<Customer>): CardIndexRow[] {
	const buckets = new Map<number, { live: CardSummary[]; tombstones: Id[] }>();
	for (const customer of customers) {
		const bucket = bucketOf(customer.id);
		let row = buckets.get(bucket);
		if (!row) buckets.set(bucket, (row = { live: [], tombstones: [] }));
		if (customer.deletedAt === undefined) row.live.push(summaryOf(customer));
		else row.tombstones.push(customer.id);
	}
	return [...buckets].map(([bucket, row]) => ({
		bucket,
		...packSummaries(row.live, row.tombstones)
	}));
}

/**
 * Writes the card index anew from the cards. The middleware keeps it in step with every write;
 * this mends it should it ever be found out of step (a bug, a database edited by hand).
 */
export async function rewriteCardIndex(
	db: CardFileDb,
	customers: readonly Customer[]
): Promise<void> {
	await db.transaction('rw', db.cardIndex, async () => {
		await db.cardIndex.clear();
		await db.cardIndex.bulkPut(cardIndexRowsOf(customers));
	});
}

/**
 * The cards in the order of the summaries, or undefined when the index does not hold exactly
 * the live cards, each as it is now.
 */
function alignedWith(
	summaries: readonly CardSummary[],
	customers: readonly Customer[]
): Customer[] | undefined {
	if (summaries.length !== customers.length) return undefined;
	const byId = new Map(customers.map((c) => [c.id, c]));
	const aligned: Customer[] = [];
	for (const summary of summaries) {
		const customer = byId.get(summary.id);
		if (!customer || !sameSummary(summary, summaryOf(customer))) return undefined;
		aligned.push(customer);
	}
	return aligned;
}

/**
 * Every live card in full, in the order of the summaries already loaded. Should the index be
 * found out of step with the cards, it is mended, and the fresh summaries come back too.
 */
export async function liveCustomersAlongIndex(
	db: CardFileDb,
	summaries: readonly CardSummary[]
): Promise<{ customers: Customer[]; mended?: IndexedCards }> {
	const all = await db.customers.toArray();
	const customers = all.filter((c) => c.deletedAt === undefined);
	const aligned = alignedWith(summaries, customers);
	if (aligned) return { customers: aligned };
	await rewriteCardIndex(db, all);
	return {
		customers,
		mended: { summaries: customers.map(summaryOf), entries: customers.map(searchEntryOf) }
	};
}

async function rebuildWithin(
	cards: DBCoreTable,
	index: DBCoreTable,
	trans: DBCoreTransaction
): Promise<void> {
	const { result } = await cards.query({
		trans,
		values: true,
		query: { index: cards.schema.primaryKey, range: ANY_RANGE }
	});
	await index.mutate({ type: 'deleteRange', trans, range: ANY_RANGE });
	const rows = cardIndexRowsOf(result as Customer[]);
	if (rows.length > 0) await index.mutate({ type: 'put', trans, values: rows });
}

type RowRead = Promise<(CardIndexRow | undefined)[]>;

/** The index rows a write to the cards will patch, in bucket order (none for a clear). */
function bucketsOf(request: DBCoreMutateRequest): number[] {
	if (request.type === 'deleteRange') return [];
	const ids =
		request.type === 'delete'
			? (request.keys as Id[])
			: request.values.map((value) => (value as Customer).id);
	return [...new Set(ids.map(bucketOf))].sort((a, b) => a - b);
}

/**
 * Starts reading the index rows a write will patch, so the read runs beside the write to the
 * cards instead of after it (a sale waits for one round trip fewer).
 */
export function readRowsAhead(down: DBCore, request: DBCoreMutateRequest): RowRead | undefined {
	const keys = bucketsOf(request);
	if (keys.length === 0) return undefined;
	return down.table(CARD_INDEX_TABLE).getMany({ trans: request.trans, keys });
}

/**
 * A card read in a read-write transaction is usually written back (a sale, an edit, a deletion):
 * its index row is read beside it, so the write patches the row without waiting for a read.
 */
interface RowReadAhead {
	id: Id;
	rows: RowRead;
	/** How many patches the transaction had made when the row was read. */
	patches: number;
}
const readAhead = new WeakMap<DBCoreTransaction, RowReadAhead>();
const patchesMade = new WeakMap<DBCoreTransaction, number>();

/** Called by the middleware as a card is read in a transaction that holds the index. */
export function readAheadOf(down: DBCore, request: DBCoreGetRequest): void {
	const { trans } = request;
	if ((trans as unknown as IDBTransaction).mode !== 'readwrite') return;
	const id = request.key as Id;
	const rows = down.table(CARD_INDEX_TABLE).getMany({ trans, keys: [bucketOf(id)] });
	// Awaited by the patch, if the card is written back; unread otherwise, and that is fine.
	rows.catch(() => undefined);
	readAhead.set(trans, { id, rows, patches: patchesMade.get(trans) ?? 0 });
}

/**
 * The row read with the card this write writes back, if no patch changed that row since; any
 * write to the cards ends the read-ahead (it may have moved the row on).
 */
export function takeReadAhead(request: DBCoreMutateRequest): RowRead | undefined {
	const ahead = readAhead.get(request.trans);
	readAhead.delete(request.trans);
	if (!ahead || ahead.patches !== (patchesMade.get(request.trans) ?? 0)) return undefined;
	const writesThatCard =
		request.type === 'put' &&
		request.values.length === 1 &&
		(request.values[0] as Customer).id === ahead.id;
	return writesThatCard ? ahead.rows : undefined;
}

/**
 * Patches the index rows of the cards a write touched, in its transaction. `rowsAhead` is the
 * read `readRowsAhead` started, when no other patch of the transaction came between.
 */
export async function followCardWrite(
	down: DBCore,
	request: DBCoreMutateRequest,
	response: DBCoreMutateResponse,
	rowsAhead?: RowRead
): Promise<void> {
	try {
		await patchRows(down, request, response, rowsAhead);
	} finally {
		// Whatever the patch did, a row read before it may be out of date now.
		patchesMade.set(request.trans, (patchesMade.get(request.trans) ?? 0) + 1);
	}
}

async function patchRows(
	down: DBCore,
	request: DBCoreMutateRequest,
	response: DBCoreMutateResponse,
	rowsAhead?: RowRead
): Promise<void> {
	const { trans } = request;
	const index = down.table(CARD_INDEX_TABLE);
	if (request.type === 'deleteRange') {
		await rebuildWithin(down.table('customers'), index, trans);
		return;
	}
	const keys = bucketsOf(request);
	const written = new Map<number, Customer[]>(keys.map((bucket) => [bucket, []]));
	const deleted = new Map<number, Id[]>(keys.map((bucket) => [bucket, []]));
	if (request.type === 'delete') {
		for (const id of request.keys as Id[]) deleted.get(bucketOf(id))!.push(id);
	} else {
		request.values.forEach((value, i) => {
			const customer = value as Customer;
			// A card the write failed to store (a duplicate in a bulk add) is not in the index either.
			if (!(i in response.failures)) written.get(bucketOf(customer.id))!.push(customer);
		});
	}
	if (keys.length === 0) return;
	const rows = (await (rowsAhead ?? index.getMany({ trans, keys }))) as (
		CardIndexRow | undefined
	)[];
	const puts: CardIndexRow[] = [];
	const emptied: number[] = [];
	keys.forEach((bucket, i) => {
		const patched = patchPacked(rows[i], written.get(bucket)!, deleted.get(bucket)!);
		if (!patched) return;
		if (patched.count === 0 && patched.tombstoneCount === 0) emptied.push(bucket);
		else puts.push({ bucket, ...patched });
	});
	if (puts.length > 0) await index.mutate({ type: 'put', trans, values: puts });
	if (emptied.length > 0) await index.mutate({ type: 'delete', trans, keys: emptied });
}
