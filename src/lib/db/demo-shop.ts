/** Loading a generated demo shop into an empty card file, all in one transaction. */
import type { Customer, Note, Sale } from '../domain/types';
import type { CardFileDb } from './schema';
import { rebuildCustomerStats } from './segments';

export interface ShopRecords {
	customers: Customer[];
	sales: Sale[];
	notes: Note[];
}

export async function loadShopRecords(db: CardFileDb, shop: ShopRecords): Promise<void> {
	await db.transaction('rw', db.customers, db.sales, db.notes, db.customerStats, async () => {
		await db.customers.bulkAdd(shop.customers);
		await db.sales.bulkAdd(shop.sales);
		await db.notes.bulkAdd(shop.notes);
		// The segments read compact statistics, never the whole ledger: build them with the sales.
		const buyers = [...new Set(shop.sales.map((sale) => sale.customerId))];
		if (buyers.length > 0) await rebuildCustomerStats(db, buyers);
	});
}
