import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { recordSale, voidSale } from '../../../src/lib/db/sales';
import { CardFileDb, declareVersions } from '../../../src/lib/db/schema';
import {
	bucketOf,
	decodeBucket,
	encodeBucket,
	ensureCustomerStats,
	loadCustomerLedgers,
	loadLedgerBuckets,
	loadLedgersOfBuckets,
	STATS_BUCKETS,
	loadCustomerLedger as loadStoredLedger,
	loadSegmentSettings,
	rebuildCustomerStats,
	saveSegmentSettings
} from '../../../src/lib/db/segments';
import { DEFAULT_SEGMENT_SETTINGS } from '../../../src/lib/domain/segments';
import { customerStats, dayNumberOf, ledgerOf } from '../../../src/lib/domain/stats';
import type { CustomerLedger } from '../../../src/lib/domain/stats';
import type { CustomerFields } from '../../../src/lib/domain/types';

/** Stored ledgers are typed-array views; tests compare plain arrays. */
function plain(ledger: CustomerLedger | undefined) {
	return (
		ledger && {
			customerId: ledger.customerId,
			days: Array.from(ledger.days),
			amounts: Array.from(ledger.amounts)
		}
	);
}

async function loadCustomerLedger(db: CardFileDb, id: string) {
	return plain(await loadStoredLedger(db, id));
}

async function allLedgers(db: CardFileDb) {
	const all = (await loadCustomerLedgers(db)).map((l) => plain(l)!);
	return all.sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
}

const fields: CustomerFields = {
	salutation: '',
	firstName: 'Dana',
	lastName: 'Cohen',
	address: { street: '', postalCode: '', city: '', country: '' },
	phone: '',
	email: '',
	birthday: '',
	tags: [],
	preferredChannel: 'letter',
	marketingConsent: false,
	notes: ''
};

let db: CardFileDb;
let name: string;

beforeEach(async () => {
	name = `segments-${Math.random()}`;
	db = new CardFileDb(name);
	await db.open();
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

const sale = (customerId: string, date: string, amount: number) => ({
	customerId,
	date,
	amount,
	category: '',
	currency: 'EUR'
});

describe('customer stats kept with the sales ledger', () => {
	it('loads the ledgers bucket by bucket, and a touched bucket on its own', async () => {
		const c1 = await addCustomer(db, fields);
		const c2 = await addCustomer(db, fields);
		await recordSale(db, sale(c1.id, '2025-01-01', 1000));
		await recordSale(db, sale(c2.id, '2025-01-02', 500));
		const buckets = await loadLedgerBuckets(db);
		expect([...buckets.keys()]).toEqual(
			[...new Set([bucketOf(c1.id), bucketOf(c2.id)])].sort((a, b) => a - b)
		);
		for (const [bucket, ledgers] of buckets) {
			for (const ledger of ledgers) expect(bucketOf(ledger.customerId)).toBe(bucket);
		}
		const empty = [...Array(STATS_BUCKETS).keys()].find((b) => !buckets.has(b))!;
		const some = await loadLedgersOfBuckets(db, [bucketOf(c1.id), empty]);
		expect(some.get(empty)).toEqual([]);
		expect(some.get(bucketOf(c1.id))?.map((l) => plain(l))).toContainEqual(
			plain(buckets.get(bucketOf(c1.id))!.find((l) => l.customerId === c1.id))
		);
	});

	it('adds each recorded sale in the same transaction, in day order', async () => {
		const c = await addCustomer(db, fields);
		await recordSale(db, sale(c.id, '2025-03-01', 2000));
		await recordSale(db, sale(c.id, '2025-01-01', 1000));
		expect(await loadCustomerLedger(db, c.id)).toEqual({
			customerId: c.id,
			days: [dayNumberOf('2025-01-01'), dayNumberOf('2025-03-01')],
			amounts: [1000, 2000]
		});
		const s = customerStats((await loadCustomerLedger(db, c.id))!, '2025-03-31');
		expect(s).toMatchObject({ visits: 2, totalSpent: 3000, recencyDays: 30 });
	});

	it('removes a voided sale, and the row when nothing is left', async () => {
		const c = await addCustomer(db, fields);
		const a = await recordSale(db, sale(c.id, '2025-01-01', 1000));
		const b = await recordSale(db, sale(c.id, '2025-02-01', 500));
		await voidSale(db, a.id);
		expect((await loadCustomerLedger(db, c.id))?.amounts).toEqual([500]);
		await voidSale(db, b.id);
		expect(await loadCustomerLedger(db, c.id)).toBeUndefined();
	});

	it('leaves the stats untouched when the sale fails', async () => {
		await expect(recordSale(db, sale('nobody', '2025-01-01', 1000))).rejects.toThrow();
		expect(await db.customerStats.count()).toBe(0);
	});

	it('rebuilds from the ledger, ignoring voided lines, for some or all customers', async () => {
		const c1 = await addCustomer(db, fields);
		const c2 = await addCustomer(db, fields);
		await recordSale(db, sale(c1.id, '2025-01-01', 1000));
		const voided = await recordSale(db, sale(c1.id, '2025-01-02', 700));
		await recordSale(db, sale(c2.id, '2025-01-03', 300));
		await voidSale(db, voided.id);
		const expected = await allLedgers(db);
		// An import writes sales directly, negative refunds included, then rebuilds.
		await db.sales.add({
			id: 'imported-refund',
			customerId: c2.id,
			date: '2025-01-04',
			amount: -100,
			currency: 'EUR',
			category: '',
			createdAt: 1,
			updatedAt: 1
		});
		await db.customerStats.clear();
		await rebuildCustomerStats(db, [c2.id]);
		expect(await allLedgers(db)).toEqual([
			ledgerOf(c2.id, [
				{ date: '2025-01-03', amount: 300 },
				{ date: '2025-01-04', amount: -100 }
			])
		]);
		await rebuildCustomerStats(db);
		const all = await allLedgers(db);
		expect(all.find((r) => r.customerId === c1.id)).toEqual(
			expected.find((r) => r.customerId === c1.id)
		);
		expect(all).toHaveLength(2);
	});

	it('repairs rows that a direct writer forgot', async () => {
		const c = await addCustomer(db, fields);
		await recordSale(db, sale(c.id, '2025-01-01', 1000));
		await db.customerStats.clear();
		expect(await ensureCustomerStats(db)).toBe(1);
		expect((await loadCustomerLedger(db, c.id))?.amounts).toEqual([1000]);
		expect(await ensureCustomerStats(db)).toBe(0);
	});

	it('repairs from the buyers the caller already knows, without reading the cards', async () => {
		const c = await addCustomer(db, fields);
		await recordSale(db, sale(c.id, '2025-01-01', 1000));
		await db.customerStats.clear();
		// Only the ids passed count as buyers: an empty list finds nothing to repair.
		expect(await ensureCustomerStats(db, undefined, [])).toBe(0);
		expect(await ensureCustomerStats(db, undefined, [c.id])).toBe(1);
		expect((await loadCustomerLedger(db, c.id))?.amounts).toEqual([1000]);
	});

	it('fills the table when a version 1 database is upgraded', async () => {
		db.close();
		await Dexie.delete(name);
		const old = new Dexie(name);
		declareVersions(old, 1);
		await old.open();
		const base = { currency: 'EUR', category: '', createdAt: 1, updatedAt: 1 };
		await old.table('sales').bulkAdd([
			{ ...base, id: 's1', customerId: 'c1', date: '2024-05-02', amount: 300 },
			{ ...base, id: 's2', customerId: 'c1', date: '2024-05-01', amount: 200 },
			{ ...base, id: 's3', customerId: 'c1', date: '2024-05-03', amount: 900, deletedAt: 5 },
			{ ...base, id: 's4', customerId: 'c2', date: '2024-06-01', amount: 50 }
		]);
		old.close();
		db = new CardFileDb(name);
		await db.open();
		expect(await loadCustomerLedger(db, 'c1')).toEqual(
			ledgerOf('c1', [
				{ date: '2024-05-01', amount: 200 },
				{ date: '2024-05-02', amount: 300 }
			])
		);
		expect(await allLedgers(db)).toHaveLength(2);
	});
});

describe('bucket storage', () => {
	it('spreads ids over the buckets and round-trips ledgers', () => {
		const ids = Array.from({ length: 5000 }, (_, i) => `01JC${String(i).padStart(22, '0')}`);
		const sizes = new Array(STATS_BUCKETS).fill(0);
		for (const id of ids) sizes[bucketOf(id)]++;
		expect(Math.max(...sizes)).toBeLessThan(40); // about 10 each
		const ledgers = [
			ledgerOf('b', [{ date: '2025-01-01', amount: -5 }]),
			ledgerOf('a', [
				{ date: '2025-01-02', amount: 10 },
				{ date: '2025-01-01', amount: 20 }
			])
		];
		const row = encodeBucket(3, ledgers);
		expect(row.ids).toEqual(['a', 'b']);
		expect(decodeBucket(row).map(plain)).toEqual([ledgers[1], ledgers[0]]);
	});
});

describe('segment settings', () => {
	it('defaults, saves and clamps the former window', async () => {
		expect(await loadSegmentSettings(db)).toEqual(DEFAULT_SEGMENT_SETTINGS);
		await saveSegmentSettings(db, {
			...DEFAULT_SEGMENT_SETTINGS,
			regularMinVisits: 4,
			formerWindowMonths: 20
		});
		expect(await loadSegmentSettings(db)).toMatchObject({
			regularMinVisits: 4,
			formerWindowMonths: 12
		});
		await saveSegmentSettings(db, { ...DEFAULT_SEGMENT_SETTINGS, regularMinVisits: undefined });
		expect('regularMinVisits' in (await loadSegmentSettings(db))).toBe(false);
	});
});
