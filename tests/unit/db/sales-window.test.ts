import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addCustomer, deleteCustomer } from '../../../src/lib/db/customers';
import { recordSale, voidSale } from '../../../src/lib/db/sales';
import { loadWindowPurchases } from '../../../src/lib/db/sales-window';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { boughtCategory, purchaseWindow } from '../../../src/lib/domain/category-audience';
import { selectRecipients } from '../../../src/lib/domain/letters-audience';
import { customerFields, freshDb } from './helpers';

let db: CardFileDb;
afterEach(async () => {
	db?.close();
	if (db) await Dexie.delete(db.name);
});

const TODAY = '2026-12-03';

describe('the sales of a purchase window', () => {
	it('reads the window through the date index; voided sales and deleted cards are left out', async () => {
		db = freshDb();
		const add = (lastName: string) =>
			addCustomer(db, customerFields({ lastName, marketingConsent: true }));
		const [ana, ben, cleo, dov] = await Promise.all(['Ana', 'Ben', 'Cleo', 'Dov'].map(add));
		const sale = (customerId: string, date: string, category: string) =>
			recordSale(db, { customerId, date, category, amount: 1200, currency: 'EUR' });
		await sale(ana.id, '2026-11-30', 'Roses');
		const voided = await sale(ben.id, '2026-11-29', 'Roses');
		await sale(ben.id, '2026-11-29', 'Tulips');
		await voidSale(db, voided.id);
		await sale(cleo.id, '2026-10-01', 'roses');
		await deleteCustomer(db, cleo.id);
		await sale(dov.id, '2026-06-03', 'Roses'); // the day before the six months

		const window = purchaseWindow(TODAY, 6);
		const purchases = await loadWindowPurchases(db, window);
		const cards = await db.customers.toArray();
		const roses = selectRecipients(cards, boughtCategory('Roses', purchases));
		expect(roses.recipients.map((c) => c.lastName)).toEqual(['Ana']);
		expect(selectRecipients(cards, boughtCategory('Tulips', purchases)).recipients).toEqual([
			expect.objectContaining({ lastName: 'Ben' })
		]);

		const seven = await loadWindowPurchases(db, purchaseWindow(TODAY, 7));
		expect(
			selectRecipients(cards, boughtCategory('roses', seven)).recipients.map((c) => c.lastName)
		).toEqual(['Ana', 'Dov']);
	});
});
