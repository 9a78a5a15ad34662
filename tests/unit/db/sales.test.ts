import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addCustomer, deleteCustomer, getCustomer } from '../../../src/lib/db/customers';
import { recordSale, salesOf, voidSale } from '../../../src/lib/db/sales';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { customerFields, freshDb } from './helpers';

let db: CardFileDb;
afterEach(async () => {
	db?.close();
	if (db) await Dexie.delete(db.name);
});

const sale = (customerId: string, amount: number, date: string) => ({
	customerId,
	amount,
	date,
	category: 'Gifts',
	currency: 'EUR'
});

describe('sales', () => {
	it('records a sale and updates the card summary in the same transaction', async () => {
		db = freshDb();
		const customer = await addCustomer(db, customerFields());
		await recordSale(db, sale(customer.id, 1250, '2026-11-01'));
		await recordSale(db, sale(customer.id, 750, '2026-10-01'));
		expect(await getCustomer(db, customer.id)).toMatchObject({
			visits: 2,
			totalSpent: 2000,
			firstPurchase: '2026-10-01',
			lastPurchase: '2026-11-01'
		});
		expect((await salesOf(db, customer.id)).map((s) => s.amount)).toEqual([1250, 750]);
	});

	it('writes nothing when the card does not exist or was deleted', async () => {
		db = freshDb();
		await expect(recordSale(db, sale('nobody', 100, '2026-11-01'))).rejects.toThrow();
		const customer = await addCustomer(db, customerFields());
		await deleteCustomer(db, customer.id);
		await expect(recordSale(db, sale(customer.id, 100, '2026-11-01'))).rejects.toThrow();
		// The statistics and the points are written beside the card check; the abort takes them back.
		expect(await db.sales.count()).toBe(0);
		expect(await db.customerStats.count()).toBe(0);
		expect(await db.pointsLedger.count()).toBe(0);
	});

	it('voids a sale as a tombstone and recomputes the summary', async () => {
		db = freshDb();
		const customer = await addCustomer(db, customerFields());
		const first = await recordSale(db, sale(customer.id, 1000, '2026-01-01'));
		const second = await recordSale(db, sale(customer.id, 3000, '2026-02-01'));
		await voidSale(db, second.id);
		expect(await getCustomer(db, customer.id)).toMatchObject({
			visits: 1,
			totalSpent: 1000,
			lastPurchase: '2026-01-01'
		});
		expect((await db.sales.get(second.id))?.deletedAt).toBeTypeOf('number');
		expect((await salesOf(db, customer.id)).map((s) => s.id)).toEqual([first.id]);
		await voidSale(db, first.id);
		const emptied = await getCustomer(db, customer.id);
		expect(emptied).toMatchObject({ visits: 0, totalSpent: 0 });
		expect(emptied?.lastPurchase).toBeUndefined();
		expect(await db.sales.count()).toBe(2);
	});

	it('voiding twice changes nothing the second time', async () => {
		db = freshDb();
		const customer = await addCustomer(db, customerFields());
		const only = await recordSale(db, sale(customer.id, 1000, '2026-01-01'));
		await voidSale(db, only.id, 5000);
		await voidSale(db, only.id, 6000);
		expect((await db.sales.get(only.id))?.deletedAt).toBe(5000);
	});
});
