/** The demo shop alone is not the owner's data: the backup nudge waits for something of theirs. */
import { describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { holdsOnlyDemo, loadShopRecords } from '../../../src/lib/db/demo-shop';
import { recordSale } from '../../../src/lib/db/sales';
import { DEMO_SHOP_DEFAULT, generateDemoShop } from '../../../src/lib/domain/demo-shop';
import { todayIso } from '../../../src/lib/domain/dates';
import { customerFields, freshDb } from './helpers';

describe('a card file holding only the demo shop', { timeout: 60_000 }, () => {
	it('is one until a card of the owner’s own is written', async () => {
		const db = freshDb();
		expect(await holdsOnlyDemo(db)).toBe(false);
		await loadShopRecords(db, generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: todayIso() }));
		expect(await holdsOnlyDemo(db)).toBe(true);
		await addCustomer(db, customerFields({ firstName: 'Own', lastName: 'Card' }));
		expect(await holdsOnlyDemo(db)).toBe(false);
	});

	it('is no longer one once a sale is recorded on a demo card', async () => {
		const db = freshDb();
		const shop = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: todayIso() });
		await loadShopRecords(db, shop);
		expect(await holdsOnlyDemo(db)).toBe(true);
		await recordSale(db, {
			customerId: shop.customers[0].id,
			amount: 1250,
			date: todayIso(),
			category: '',
			currency: 'EUR'
		});
		expect(await holdsOnlyDemo(db)).toBe(false);
	});

	it('is never one for a card file that did not start from the demo', async () => {
		const db = freshDb();
		await addCustomer(db, customerFields());
		expect(await holdsOnlyDemo(db)).toBe(false);
	});
});
