/** An import keeps the segments' ledgers as a rebuild from the whole sales ledger would make them. */
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { applyImport } from '../../../src/lib/db/io';
import { recordSale } from '../../../src/lib/db/sales';
import { loadCustomerLedgers, rebuildCustomerStats } from '../../../src/lib/db/segments';
import { CardFileDb } from '../../../src/lib/db/schema';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { readRows } from '../../../src/lib/domain/io-import';

const unnamed = (ref: string) => `Customer ${ref}`;

let db: CardFileDb;
beforeEach(async () => {
	db = new CardFileDb(`io-stats-${Math.random()}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function ledgersNow() {
	const ledgers = await loadCustomerLedgers(db);
	return ledgers
		.map((l) => ({ id: l.customerId, days: Array.from(l.days), amounts: Array.from(l.amounts) }))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
}

it('merges imported sales into existing ledgers, in day order, as a full rebuild would', async () => {
	const dana = await addCustomer(db, {
		...emptyCustomerFields(),
		firstName: 'Dana',
		externalId: '17850'
	});
	for (const [date, amount] of [
		['2024-03-01', 500],
		['2024-01-10', 700]
	] as const) {
		await recordSale(db, { customerId: dana.id, amount, date, category: '', currency: 'GBP' });
	}
	const rows = [
		['INV1', '2024-02-01', '17850', '12.50'],
		['INV2', '2023-12-24', '17850', '3.00'],
		['INV3', '2024-02-01', '13047', '8.10'],
		['INV4', '2024-01-05', '13047', '1.00']
	];
	const read = readRows(rows, {
		kind: 'sales',
		mapping: ['saleRef', 'saleDate', 'externalId', 'amount'],
		dateOrder: 'ymd',
		decimalMark: '.',
		perMajor: 100,
		currency: 'GBP',
		today: '2026-11-23',
		firstRowNumber: 2
	});
	await applyImport(db, read, { currency: 'GBP', unnamed });
	const afterImport = await ledgersNow();
	expect(afterImport).toHaveLength(2);
	const danaLedger = afterImport.find((l) => l.id === dana.id);
	expect(danaLedger?.amounts).toEqual([300, 700, 1250, 500]);
	await rebuildCustomerStats(db);
	expect(await ledgersNow()).toEqual(afterImport);
});
