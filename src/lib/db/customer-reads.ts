/** Reading the cards: apart from the writes so the counter's first download carries no write code. */
import type { Customer, Id } from '../domain/types';
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
