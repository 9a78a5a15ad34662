/** Loading a generated demo shop into an empty card file, all in one transaction. */
import type { Customer, Note, Sale } from '../domain/types';
import type { CardFileDb } from './schema';

export interface ShopRecords {
	customers: Customer[];
	sales: Sale[];
	notes: Note[];
}

export async function loadShopRecords(db: CardFileDb, shop: ShopRecords): Promise<void> {
	await db.transaction('rw', db.customers, db.sales, db.notes, async () => {
		await db.customers.bulkAdd(shop.customers);
		await db.sales.bulkAdd(shop.sales);
		await db.notes.bulkAdd(shop.notes);
	});
}
