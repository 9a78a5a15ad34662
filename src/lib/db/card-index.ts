/**
 * The card index: every live card's summary, packed by a hash of its id into rows (the same 512
 * buckets as the statistics). A cold start reads these rows (a few hundred) instead of every card
 * (tens of thousands), and the full cards are read only by the screens that need them.
 *
 * The index is kept by a Dexie middleware: every write to the cards, whoever makes it, patches
 * the rows of the cards it wrote inside the same transaction, so the index cannot drift from the
 * cards it summarises (a failed write rolls both back). The patching code is not part of the
 * first download: it loads once the counter is up, or at the first write to the cards if that
 * comes sooner, the transaction kept alive meanwhile.
 */
import Dexie, {
	type DBCore,
	type DBCoreTransaction,
	type Middleware,
	type Transaction
} from 'dexie';
import {
	packedIds,
	unpackSearchEntries,
	unpackSummaries,
	type CardSummary,
	type PackedSummaries
} from '../domain/card-summary';
import type { SearchEntry } from '../domain/search';
import type { Customer } from '../domain/types';

export const CARD_INDEX_TABLE = 'cardIndex';
/** The store spec of schema version 7: the key only. */
export const CARD_INDEX_STORE = 'bucket';

export interface CardIndexRow extends PackedSummaries {
	bucket: number;
}

export interface IndexedCards {
	summaries: CardSummary[];
	/** What the search scans, card for card with `summaries`. */
	entries: SearchEntry[];
}

/** Every live card of the rows, in the rows' order (by bucket, then by id). */
export function cardsOfRows(rows: readonly CardIndexRow[]): IndexedCards {
	const cards: IndexedCards = { summaries: [], entries: [] };
	for (const row of rows) {
		// The ids are split once for both.
		const ids = packedIds(row);
		cards.summaries.push(...unpackSummaries(row, ids));
		cards.entries.push(...unpackSearchEntries(row, ids));
	}
	return cards;
}

/** How many stored cards, live or deleted, the rows account for. */
export function cardsCounted(rows: readonly CardIndexRow[]): number {
	return rows.reduce((n, row) => n + row.count + row.tombstoneCount, 0);
}

type Writes = typeof import('./card-index-writes');
let writes: Promise<Writes> | undefined;
let loadedWrites: Writes | undefined;

/** Loads the patching code; the app calls it once the counter is up. */
export function loadCardIndexWrites(): Promise<Writes> {
	writes ??= import('./card-index-writes').then((module) => (loadedWrites = module));
	return writes;
}

/** Schema version 7's upgrade: fills the index from the cards already stored. */
export async function fillCardIndexInUpgrade(tx: Transaction): Promise<void> {
	const { cardIndexRowsOf } = await Dexie.waitFor(loadCardIndexWrites());
	const customers: Customer[] = await tx.table('customers').toArray();
	await tx.table(CARD_INDEX_TABLE).bulkPut(cardIndexRowsOf(customers));
}

function storesIndex(trans: DBCoreTransaction): boolean {
	const names = (trans as unknown as IDBTransaction).objectStoreNames;
	return names !== undefined && names.contains(CARD_INDEX_TABLE);
}

/** Patches of one transaction run one after another, so two writes never patch the same row at once. */
const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
/** How many writes to the cards of a transaction are between their start and their patch. */
const inFlight = new WeakMap<DBCoreTransaction, number>();

function inTurn<T>(trans: DBCoreTransaction, step: () => Promise<T>): Promise<T> {
	const previous = queues.get(trans) ?? Promise.resolve();
	const next = previous.then(step, step);
	queues.set(trans, next);
	return next;
}

export const cardIndexMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'card-index',
	create(down) {
		if (!down.schema.tables.some((t) => t.name === CARD_INDEX_TABLE)) return {};
		return {
			...down,
			transaction(stores, mode, options) {
				const needsIndex =
					mode === 'readwrite' &&
					stores.includes('customers') &&
					!stores.includes(CARD_INDEX_TABLE);
				return down.transaction(needsIndex ? [...stores, CARD_INDEX_TABLE] : stores, mode, options);
			},
			table(name) {
				const table = down.table(name);
				if (name !== 'customers') return table;
				return {
					...table,
					get(request) {
						// A card read in a read-write transaction is usually written back: see readAheadOf.
						if (storesIndex(request.trans)) loadedWrites?.readAheadOf(down, request);
						return table.get(request);
					},
					async mutate(request) {
						// An upgrade from before the index existed writes cards without it; it fills the index.
						if (!storesIndex(request.trans)) return table.mutate(request);
						const { trans } = request;
						// Dexie.waitFor keeps the transaction alive (and in its zone) while the code loads.
						const { followCardWrite, readRowsAhead, takeReadAhead } =
							loadedWrites ?? (await Dexie.waitFor(loadCardIndexWrites()));
						// Alone in its transaction (a sale), a write reads its index rows while it writes the
						// card; behind another write it reads them in turn, after that one's patch.
						const alone = (inFlight.get(trans) ?? 0) === 0;
						const readEarlier = takeReadAhead(request);
						const rowsAhead = alone ? (readEarlier ?? readRowsAhead(down, request)) : undefined;
						// Awaited by the patch; a write that fails first leaves it unread, and that is fine.
						rowsAhead?.catch(() => undefined);
						inFlight.set(trans, (inFlight.get(trans) ?? 0) + 1);
						try {
							const response = await table.mutate(request);
							await inTurn(trans, () => followCardWrite(down, request, response, rowsAhead));
							return response;
						} finally {
							inFlight.set(trans, (inFlight.get(trans) ?? 1) - 1);
						}
					}
				};
			}
		};
	}
};
