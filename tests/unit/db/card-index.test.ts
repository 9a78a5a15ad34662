/**
 * The card index follows every write to the cards, whoever makes it, inside the same
 * transaction: after each kind of write it holds exactly the live cards' summaries.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	addCustomer,
	deleteCustomer,
	restoreCustomer,
	updateCustomer
} from '../../../src/lib/db/customers';
import { liveCustomersAlongIndex, rewriteCardIndex } from '../../../src/lib/db/card-index-writes';
import { readCardIndex } from '../../../src/lib/db/customer-reads';
import { loadShopRecords } from '../../../src/lib/db/demo-shop';
import { checkBackupText, eraseCustomer, makeBackup, restoreBackup } from '../../../src/lib/db/io';
import { recordSale, voidSale } from '../../../src/lib/db/sales';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { summaryOf } from '../../../src/lib/domain/card-summary';
import { searchEntryOf } from '../../../src/lib/domain/search';
import { DEMO_SHOP_DEFAULT, generateDemoShop } from '../../../src/lib/domain/demo-shop';
import { bucketOf } from '../../../src/lib/db/stats-buckets';
import { customerFields, freshDb } from './helpers';

/** The index's summaries in id order, as the live cards come from the database. */
async function indexedSummaries(db: CardFileDb) {
	const { summaries, entries, inStep } = await readCardIndex(db);
	// The rows account for every stored card, live or deleted.
	expect(inStep).toBe(true);
	// The search entries stored with them are what the search would make of each card.
	expect(entries).toEqual(summaries.map(searchEntryOf));
	return summaries.sort((a, b) => (a.id < b.id ? -1 : 1));
}

let db: CardFileDb;
beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

/** What the index must hold: the live cards' summaries, in id order. */
async function expectIndexInStep(): Promise<void> {
	const live = (await db.customers.toArray()).filter((c) => c.deletedAt === undefined);
	expect(await indexedSummaries(db)).toEqual(live.map(summaryOf));
}

const sale = (customerId: string, amount: number) => ({
	customerId,
	amount,
	date: '2026-11-01',
	category: 'Gifts',
	currency: 'EUR'
});

describe('card index', () => {
	it('holds a new card, its edits and its sales', async () => {
		const dana = await addCustomer(db, customerFields({ phone: '050-123 4567' }));
		await expectIndexInStep();
		await updateCustomer(db, dana.id, customerFields({ firstName: 'Dina', email: 'd@x.org' }));
		await expectIndexInStep();
		const first = await recordSale(db, sale(dana.id, 1250));
		await recordSale(db, sale(dana.id, 300));
		await voidSale(db, first.id);
		await expectIndexInStep();
		const [summary] = await indexedSummaries(db);
		expect(summary).toMatchObject({ firstName: 'Dina', email: 'd@x.org', visits: 1 });
		expect(summary.totalSpent).toBe(300);
	});

	it('drops a card moved to the trash, takes it back when restored, forgets it when erased', async () => {
		const dana = await addCustomer(db, customerFields());
		const avi = await addCustomer(db, customerFields({ firstName: 'Avi' }));
		await deleteCustomer(db, dana.id);
		expect((await indexedSummaries(db)).map((s) => s.id)).toEqual([avi.id]);
		await restoreCustomer(db, dana.id);
		await expectIndexInStep();
		await eraseCustomer(db, avi.id);
		expect((await indexedSummaries(db)).map((s) => s.id)).toEqual([dana.id]);
	});

	it('follows a whole shop written in bulk, a backup restored over it, and a merge', async () => {
		const shop = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: '2026-11-23' });
		await loadShopRecords(db, shop);
		await expectIndexInStep();
		expect((await indexedSummaries(db)).length).toBe(shop.customers.length);
		const text = await makeBackup(db);
		const check = await checkBackupText(db, text);
		if (!check.ok) throw new Error(check.problem);
		expect(Object.keys(check.payload.tables)).not.toContain('cardIndex');
		await addCustomer(db, customerFields({ firstName: 'After' }));
		await restoreBackup(db, check.payload, 'replace');
		await expectIndexInStep();
		expect((await indexedSummaries(db)).some((s) => s.firstName === 'After')).toBe(false);
		await addCustomer(db, customerFields({ firstName: 'After' }));
		await restoreBackup(db, check.payload, 'merge');
		await expectIndexInStep();
	});

	it('rolls back with the cards when the write fails', async () => {
		const dana = await addCustomer(db, customerFields());
		await expect(
			db.transaction('rw', db.customers, async () => {
				await db.customers.put({ ...dana, firstName: 'Changed' });
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		await expectIndexInStep();
		expect((await indexedSummaries(db))[0].firstName).toBe('Dana');
	});

	it('keeps the cards a partly failed bulk add did write, and only those', async () => {
		const dana = await addCustomer(db, customerFields());
		const fresh = { ...dana, id: '01JZZZZZZZZZZZZZZZZZZZZZZZ', firstName: 'Fresh' };
		await expect(
			db.customers.bulkAdd([{ ...dana, firstName: 'Duplicate' }, fresh])
		).rejects.toThrow();
		await expectIndexInStep();
		expect((await indexedSummaries(db)).map((s) => s.firstName).sort()).toEqual(['Dana', 'Fresh']);
	});

	it('patches two cards written at once in one transaction without losing either', async () => {
		const cards = await Promise.all(
			Array.from({ length: 40 }, (_, i) => addCustomer(db, customerFields({ firstName: `N${i}` })))
		);
		await db.transaction('rw', db.customers, () =>
			Promise.all(cards.map((c) => db.customers.put({ ...c, lastName: 'Same' })))
		);
		await expectIndexInStep();
		expect((await indexedSummaries(db)).every((s) => s.lastName === 'Same')).toBe(true);
	});

	it('uses the row read with a card only while no other write to the cards came between', async () => {
		// Two cards whose summaries share one index row.
		const first = await addCustomer(db, customerFields({ firstName: 'First' }));
		const same = (id: string) => bucketOf(id) === bucketOf(first.id);
		let other = await addCustomer(db, customerFields({ firstName: 'Other' }));
		while (!same(other.id)) {
			await db.customers.delete(other.id);
			other = await addCustomer(db, customerFields({ firstName: 'Other' }));
		}
		await db.transaction('rw', db.customers, async () => {
			// The row is read with `first` while the write of `other` is still on its way; that
			// write's patch then changes the row, so the write of `first` must patch the row as it
			// is by then, or `other`'s new name would be lost.
			const [, card] = await Promise.all([
				db.customers.put({ ...other, lastName: 'Between' }),
				db.customers.get(first.id)
			]);
			await db.customers.put({ ...card!, lastName: 'After' });
		});
		await expectIndexInStep();
		const names = (await indexedSummaries(db)).map((s) => `${s.firstName} ${s.lastName}`).sort();
		expect(names).toEqual(['First After', 'Other Between']);
		// Read, then written back alone: the usual sale or edit.
		await db.transaction('rw', db.customers, async () => {
			const card = (await db.customers.get(other.id))!;
			await db.customers.put({ ...card, lastName: 'Again' });
		});
		await expectIndexInStep();
	});

	it('can be written anew from the cards', async () => {
		await addCustomer(db, customerFields());
		await db.cardIndex.clear();
		const cleared = await readCardIndex(db);
		expect(cleared.summaries).toEqual([]);
		expect(cleared.inStep).toBe(false);
		await rewriteCardIndex(db, await db.customers.toArray());
		await expectIndexInStep();
	});

	it('gives the full cards in the order of the summaries, and mends an index found out of step', async () => {
		const cards = await Promise.all(
			['Ada', 'Ben', 'Cy'].map((firstName) => addCustomer(db, customerFields({ firstName })))
		);
		const { summaries } = await readCardIndex(db);
		const inStep = await liveCustomersAlongIndex(db, summaries);
		expect(inStep.mended).toBeUndefined();
		expect(inStep.customers.map((c) => c.id)).toEqual(summaries.map((s) => s.id));
		// A row lost behind the middleware's back: the next full read notices and writes it again.
		await db.cardIndex.clear();
		expect((await readCardIndex(db)).inStep).toBe(false);
		const stale = summaries.filter((s) => s.id !== cards[1].id);
		const mended = await liveCustomersAlongIndex(db, stale);
		expect(mended.mended?.summaries.map((s) => s.firstName).sort()).toEqual(['Ada', 'Ben', 'Cy']);
		await expectIndexInStep();
	});
});
