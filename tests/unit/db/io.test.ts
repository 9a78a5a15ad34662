/** Imports written to a real (fake-indexeddb) card file: all or nothing, nothing doubled. */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { applyImport, isImportCancelled, previewImport } from '../../../src/lib/db/io';
import { recordSale } from '../../../src/lib/db/sales';
import { loadCustomerLedgers } from '../../../src/lib/db/segments';
import { CardFileDb } from '../../../src/lib/db/schema';
import { classifyStorageError } from '../../../src/lib/db/storage-errors';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { parseCsvBytes } from '../../../src/lib/domain/io-csv';
import { readRows, type ReadResult } from '../../../src/lib/domain/io-import';
import { summarizeSales } from '../../../src/lib/domain/purchase-summary';
import type { Sale } from '../../../src/lib/domain/types';

const INVOICES = new URL('../../fixtures/io/online-retail-invoices.csv', import.meta.url);
const unnamed = (ref: string) => `Customer ${ref}`;

function readInvoices(): ReadResult {
	const parsed = parseCsvBytes(new Uint8Array(readFileSync(INVOICES)));
	if (!parsed.ok) throw new Error(parsed.failure);
	return readRows(parsed.csv.rows, {
		kind: 'sales',
		mapping: ['saleRef', 'saleDate', 'externalId', 'amount'],
		dateOrder: 'ymd',
		decimalMark: '.',
		perMajor: 100,
		currency: 'GBP',
		today: '2026-11-23',
		firstRowNumber: 2
	});
}

let db: CardFileDb;
beforeEach(async () => {
	db = new CardFileDb(`io-${Math.random()}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

// fake-indexeddb writes 23,000 rows far slower than a browser does.
describe('applyImport', { timeout: 60_000 }, () => {
	const read = readInvoices();

	it('imports the invoices file: one card per CustomerID, one sale per row, right aggregates', async () => {
		const preview = await previewImport(db, read, unnamed);
		expect(preview.newCustomers).toHaveLength(4338);
		const shares: number[] = [];
		const outcome = await applyImport(db, read, {
			currency: 'GBP',
			unnamed,
			onProgress: (s) => shares.push(s)
		});
		expect(outcome).toEqual({
			newCustomers: 4338,
			updatedCustomers: 0,
			sales: 18532,
			alreadyImported: 0
		});
		expect(shares.at(-1)).toBe(1);
		// The segments' statistics were written in the same transaction, one ledger per buyer.
		const ledgers = await loadCustomerLedgers(db);
		expect(ledgers).toHaveLength(4338);
		expect(ledgers.reduce((n, l) => n + l.days.length, 0)).toBe(18532);
		expect(
			ledgers.reduce((sum, l) => sum + Array.from(l.amounts).reduce((a, b) => a + b, 0), 0)
		).toBe(read.sales.reduce((sum, sale) => sum + sale.amount, 0));
		expect(await db.customers.count()).toBe(4338);
		expect(await db.sales.count()).toBe(18532);
		const expectedTotal = read.sales.reduce((sum, s) => sum + s.amount, 0);
		const customers = await db.customers.toArray();
		expect(customers.reduce((sum, c) => sum + c.totalSpent, 0)).toBe(expectedTotal);
		// Every card's aggregates equal those computed from its own sales.
		const byCustomer = new Map<string, Sale[]>();
		for (const sale of await db.sales.toArray()) {
			byCustomer.set(sale.customerId, [...(byCustomer.get(sale.customerId) ?? []), sale]);
		}
		for (const customer of customers) {
			const own = byCustomer.get(customer.id) ?? [];
			expect({
				visits: customer.visits,
				totalSpent: customer.totalSpent,
				firstPurchase: customer.firstPurchase,
				lastPurchase: customer.lastPurchase
			}).toEqual(summarizeSales(own));
		}
		expect(new Set(customers.map((c) => c.externalId)).size).toBe(4338);
	});

	it('a second import of the same file doubles nothing', async () => {
		await applyImport(db, read, { currency: 'GBP', unnamed });
		const again = await applyImport(db, read, { currency: 'GBP', unnamed });
		expect(again).toEqual({
			newCustomers: 0,
			updatedCustomers: 0,
			sales: 0,
			alreadyImported: 18532
		});
		expect(await db.customers.count()).toBe(4338);
		expect(await db.sales.count()).toBe(18532);
	});

	it('a cancel midway leaves the card file exactly as before', async () => {
		const existing = await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		await recordSale(db, {
			customerId: existing.id,
			amount: 500,
			date: '2024-01-01',
			category: '',
			currency: 'GBP'
		});
		const before = { c: await db.customers.toArray(), s: await db.sales.toArray() };
		const controller = new AbortController();
		const error = await applyImport(db, read, {
			currency: 'GBP',
			unnamed,
			signal: controller.signal,
			onProgress: (share) => {
				if (share > 0.5) controller.abort();
			}
		}).catch((e: unknown) => e);
		expect(isImportCancelled(error)).toBe(true);
		expect(await db.customers.toArray()).toEqual(before.c);
		expect(await db.sales.toArray()).toEqual(before.s);
	});

	it('adds imported sales to the aggregates of a matched existing card', async () => {
		const existing = await addCustomer(db, {
			...emptyCustomerFields(),
			firstName: 'Dana',
			externalId: '17850'
		});
		await recordSale(db, {
			customerId: existing.id,
			amount: 500,
			date: '2009-06-01',
			category: '',
			currency: 'GBP'
		});
		await applyImport(db, read, { currency: 'GBP', unnamed });
		expect(await db.customers.count()).toBe(4338);
		const card = await db.customers.get(existing.id);
		const own = await db.sales.where('customerId').equals(existing.id).toArray();
		expect(card?.firstName).toBe('Dana');
		expect(card?.firstPurchase).toBe('2009-06-01');
		expect(card?.visits).toBe(own.length);
		expect(card?.totalSpent).toBe(own.reduce((s, x) => s + x.amount, 0));
	});
});

describe('a full disk during an import', { timeout: 60_000 }, () => {
	it('QuotaExceededError midway: nothing written, and it is classified as "quota"', async () => {
		const read = readInvoices();
		const realBulkAdd = db.sales.bulkAdd.bind(db.sales);
		let calls = 0;
		// The second batch of sales finds the disk full, after cards and a first batch went in.
		db.sales.bulkAdd = ((...args: Parameters<typeof realBulkAdd>) => {
			calls++;
			if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return realBulkAdd(...args);
		}) as typeof db.sales.bulkAdd;
		const error = await applyImport(db, read, { currency: 'GBP', unnamed }).catch(
			(e: unknown) => e
		);
		expect(calls).toBe(2);
		expect(classifyStorageError(error)).toBe('quota');
		expect(await db.customers.count()).toBe(0);
		expect(await db.sales.count()).toBe(0);
	});
});
