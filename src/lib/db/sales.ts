/** The sales ledger: recording a sale updates the card's summary in the same transaction. */
import { newId } from '../domain/ids';
import { addSaleToSummary, summarizeSales } from '../domain/purchase-summary';
import type { Id, IsoDate, Minor, Sale } from '../domain/types';
import { earnPointsForSale, pointsTables, reversePointsForSale } from './points';
import type { CardFileDb } from './schema';
import { addSaleToStats, setStatsFromSales } from './segments';

/** Every table a sale touches: the ledger, the card's summary, the statistics and the points. */
function saleTables(db: CardFileDb) {
	return [db.customers, db.sales, db.customerStats, ...pointsTables(db)];
}

export interface NewSale {
	customerId: Id;
	amount: Minor;
	date: IsoDate;
	category: string;
	currency: string;
}

export async function recordSale(
	db: CardFileDb,
	input: NewSale,
	now: number = Date.now()
): Promise<Sale> {
	const sale: Sale = {
		id: newId(now),
		customerId: input.customerId,
		date: input.date,
		amount: input.amount,
		currency: input.currency,
		category: input.category.trim(),
		createdAt: now,
		updatedAt: now
	};
	await db.transaction('rw', saleTables(db), async () => {
		// The card, the statistics and the points touch different tables and none reads what
		// another writes, so their reads and writes go to IndexedDB together: a sale waits for the
		// longest of them, not for their sum. A missing card rejects, and that aborts them all.
		await Promise.all([
			db.customers.get(input.customerId).then((customer) => {
				if (!customer || customer.deletedAt !== undefined) {
					throw new Error(`No customer ${input.customerId}`);
				}
				return Promise.all([
					db.sales.add(sale),
					db.customers.put({ ...customer, ...addSaleToSummary(customer, sale), updatedAt: now })
				]);
			}),
			addSaleToStats(db, sale),
			earnPointsForSale(db, sale, now)
		]);
	});
	return sale;
}

/** Live (not voided) sales of one card, newest first. */
export async function salesOf(db: CardFileDb, customerId: Id): Promise<Sale[]> {
	const sales = await db.sales.where('customerId').equals(customerId).toArray();
	return sales
		.filter((s) => s.deletedAt === undefined)
		.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

/** Voids a sale (the line stays as a tombstone) and recomputes the card's summary. */
export async function voidSale(
	db: CardFileDb,
	saleId: Id,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', saleTables(db), async () => {
		const sale = await db.sales.get(saleId);
		if (!sale || sale.deletedAt !== undefined) return;
		await db.sales.update(saleId, { deletedAt: now, updatedAt: now });
		await reversePointsForSale(db, sale, now);
		const customer = await db.customers.get(sale.customerId);
		if (!customer) return;
		const remaining = (await db.sales.where('customerId').equals(sale.customerId).toArray()).filter(
			(s) => s.deletedAt === undefined
		);
		await setStatsFromSales(db, sale.customerId, remaining);
		const summary = summarizeSales(remaining);
		const updated = { ...customer, ...summary, updatedAt: now };
		if (summary.firstPurchase === undefined) delete updated.firstPurchase;
		if (summary.lastPurchase === undefined) delete updated.lastPurchase;
		await db.customers.put(updated);
	});
}
