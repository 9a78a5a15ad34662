/** Reading the cards: apart from the writes so the counter's first download carries no write code. */
import type { Customer, Id } from '../domain/types';
import { cardsCounted, cardsOfRows, type IndexedCards } from './card-index';
import { onRowsChanged } from './changes';
import type { CardFileDb } from './schema';

export async function getCustomer(db: CardFileDb, id: Id): Promise<Customer | undefined> {
	return db.customers.get(id);
}

export async function liveCustomers(db: CardFileDb): Promise<Customer[]> {
	// Filtering after toArray, not in Dexie: a filtered collection walks a cursor row by row, a
	// plain one is read with getAll in one go, several times faster for a large card file.
	const all = await db.customers.toArray();
	return all.filter((c) => c.deletedAt === undefined);
}

/**
 * Every live card's summary and search entry, from the card index: a few hundred rows at most.
 * `inStep` is false when the index does not account for as many cards as are stored (cards
 * written behind the app's back): the caller then reads the cards themselves.
 */
export async function readCardIndex(db: CardFileDb): Promise<IndexedCards & { inStep: boolean }> {
	const [rows, stored] = await Promise.all([db.cardIndex.toArray(), db.customers.count()]);
	return { ...cardsOfRows(rows), inStep: cardsCounted(rows) === stored };
}

/**
 * Calls back after every committed write to the cards, in this tab or another, with the ids of
 * the cards written. A sale rewrites one card; following that one card is what keeps the counter
 * fast in a large shop.
 */
export function onCustomersChanged(
	db: CardFileDb,
	changed: (ids: Id[] | 'many') => void
): () => void {
	return onRowsChanged<Id>(db, 'customers', changed);
}

export async function countLiveCustomers(db: CardFileDb): Promise<number> {
	return db.customers.filter((c) => c.deletedAt === undefined).count();
}
