import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
	addCustomer,
	CustomerValidationError,
	deleteCustomer,
	getCustomer,
	liveCustomers,
	recentlyDeletedCustomers,
	restoreCustomer,
	RESTORE_WINDOW_MS,
	updateCustomer
} from '../../../src/lib/db/customers';
import { addNote } from '../../../src/lib/db/notes';
import { recordSale } from '../../../src/lib/db/sales';
import { CardFileDb } from '../../../src/lib/db/schema';
import { customerFields, freshDb } from './helpers';

let db: CardFileDb;
afterEach(async () => {
	db?.close();
	if (db) await Dexie.delete(db.name);
});

describe('customers', () => {
	it('adds a card with a string id, timestamps, search words and an empty summary', async () => {
		db = freshDb();
		const customer = await addCustomer(
			db,
			customerFields({ phone: '050-123 4567', marketingConsent: true }),
			1000
		);
		expect(customer.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(customer).toMatchObject({
			createdAt: 1000,
			updatedAt: 1000,
			consentAt: 1000,
			phoneDigits: '0501234567',
			searchWords: ['dana', 'cohen'],
			visits: 0,
			totalSpent: 0
		});
		expect(await getCustomer(db, customer.id)).toEqual(customer);
	});

	it('refuses a card without a name and writes nothing', async () => {
		db = freshDb();
		await expect(addCustomer(db, customerFields({ firstName: '', lastName: ' ' }))).rejects.toThrow(
			CustomerValidationError
		);
		expect(await db.customers.count()).toBe(0);
	});

	it('updates fields, keeps the purchase summary and dates a consent change', async () => {
		db = freshDb();
		const customer = await addCustomer(db, customerFields(), 1000);
		await recordSale(
			db,
			{ customerId: customer.id, amount: 500, date: '2026-01-01', category: '', currency: 'EUR' },
			1500
		);
		const updated = await updateCustomer(
			db,
			customer.id,
			customerFields({ email: 'dana@example.com', marketingConsent: true }),
			2000
		);
		expect(updated).toMatchObject({
			email: 'dana@example.com',
			consentAt: 2000,
			updatedAt: 2000,
			visits: 1,
			totalSpent: 500
		});
		expect(updated.searchWords).toContain('example');
	});

	it('deletes as a tombstone that can be restored within the window', async () => {
		db = freshDb();
		const customer = await addCustomer(db, customerFields(), 1000);
		await deleteCustomer(db, customer.id, 2000);
		expect(await liveCustomers(db)).toEqual([]);
		expect((await getCustomer(db, customer.id))?.deletedAt).toBe(2000);
		expect((await recentlyDeletedCustomers(db, 3000)).map((c) => c.id)).toEqual([customer.id]);
		expect(await recentlyDeletedCustomers(db, 2000 + RESTORE_WINDOW_MS + 1)).toEqual([]);
		await restoreCustomer(db, customer.id, 4000);
		const restored = await getCustomer(db, customer.id);
		expect(restored?.deletedAt).toBeUndefined();
		expect(restored?.updatedAt).toBe(4000);
		expect((await liveCustomers(db)).length).toBe(1);
	});

	it('finds every record intact after closing and reopening the database', async () => {
		db = freshDb();
		const customer = await addCustomer(
			db,
			customerFields({ tags: ['roses'], birthday: '1980-05-17' })
		);
		const sale = await recordSale(db, {
			customerId: customer.id,
			amount: 1999,
			date: '2026-11-20',
			category: 'Flowers',
			currency: 'EUR'
		});
		const note = await addNote(db, customer.id, 'complaint', 'Roses wilted');
		await db.settings.put({ key: 'shop', value: { shopName: 'Rosa', currency: 'EUR' } });
		const before = {
			customers: await db.customers.toArray(),
			sales: await db.sales.toArray(),
			notes: await db.notes.toArray(),
			settings: await db.settings.toArray()
		};
		db.close();

		const reopened = new CardFileDb(db.name);
		await reopened.open();
		expect(await reopened.customers.toArray()).toEqual(before.customers);
		expect(await reopened.sales.toArray()).toEqual(before.sales);
		expect(await reopened.notes.toArray()).toEqual(before.notes);
		expect(await reopened.settings.toArray()).toEqual(before.settings);
		expect((await reopened.customers.get(customer.id))?.totalSpent).toBe(1999);
		expect(await reopened.sales.get(sale.id)).toEqual(sale);
		expect(await reopened.notes.get(note.id)).toEqual(note);
		reopened.close();
	});
});
