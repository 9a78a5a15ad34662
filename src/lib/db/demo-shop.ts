/** Loading a generated demo shop into an empty card file, all in one transaction. */
import type { Customer, Note, Sale } from '../domain/types';
import type { CardFileDb } from './schema';
import { rebuildCustomerStats } from './segments';

export interface ShopRecords {
	customers: Customer[];
	sales: Sale[];
	notes: Note[];
}

/** What a demo shop brought, counted when it was loaded (a settings row, no schema change). */
export const DEMO_LOADED_KEY = 'demo.loaded';

interface DemoMark {
	customers: number;
	sales: number;
	notes: number;
}

export async function loadShopRecords(db: CardFileDb, shop: ShopRecords): Promise<void> {
	const tables = [db.customers, db.sales, db.notes, db.customerStats, db.settings];
	await db.transaction('rw', tables, async () => {
		const mark: DemoMark = {
			customers: (await db.customers.count()) + shop.customers.length,
			sales: (await db.sales.count()) + shop.sales.length,
			notes: (await db.notes.count()) + shop.notes.length
		};
		await db.settings.put({ key: DEMO_LOADED_KEY, value: mark });
		await db.customers.bulkAdd(shop.customers);
		await db.sales.bulkAdd(shop.sales);
		await db.notes.bulkAdd(shop.notes);
		// The segments read compact statistics, never the whole ledger: build them with the sales.
		const buyers = [...new Set(shop.sales.map((sale) => sale.customerId))];
		if (buyers.length > 0) await rebuildCustomerStats(db, buyers);
	});
}

/**
 * Whether the card file holds only the demo shop: one was loaded and no card, sale or note has
 * been added since (nothing of the owner's own to lose, so nothing to nag about backing up).
 * Counted rather than timed: the demo's records carry times up to the end of today.
 */
export async function holdsOnlyDemo(db: CardFileDb): Promise<boolean> {
	return db.transaction('r', db.settings, db.customers, db.sales, db.notes, async () => {
		const mark = (await db.settings.get(DEMO_LOADED_KEY))?.value as DemoMark | undefined;
		if (!mark) return false;
		return (
			(await db.customers.count()) <= mark.customers &&
			(await db.sales.count()) <= mark.sales &&
			(await db.notes.count()) <= mark.notes
		);
	});
}
