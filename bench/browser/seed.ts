/** Runs in the app's origin during the benchmark: fills the card file with a generated shop. */
import { CardFileDb } from '../../src/lib/db/schema';
import { emptyCustomerFields } from '../../src/lib/domain/customer';
import { searchWordsOf } from '../../src/lib/domain/search';
import { bucketOf, encodeBucket } from '../../src/lib/db/segments';
import { generateDemoShop } from '../../src/lib/domain/demo-shop';
import { ledgerOf, type CustomerLedger } from '../../src/lib/domain/stats';
import type { Sale } from '../../src/lib/domain/types';

export { floor, handListCsv, salesCsv } from './import';
/** The database and the bucket of a card's statistics and index rows, for the sale's floor. */
export { bucketOf };
export { DEFAULT_DB_NAME } from '../../src/lib/db/schema';

export interface SeedResult {
	customers: number;
	sales: number;
	seedMs: number;
	generateMs: number;
	usageEmpty: number;
	usageWithCustomers: number;
	usageWithSales: number;
	sampleNames: string[];
	samplePhones: string[];
	sampleEmails: string[];
	sampleCustomerId: string;
}

async function usage(): Promise<number> {
	return (await navigator.storage.estimate()).usage ?? 0;
}

/** Large chunks: IndexedDB pays per transaction too, and one page holds the whole shop anyway. */
const CHUNK = 100_000;

/**
 * The segments' per-customer ledgers, computed here from the generated sales and written once:
 * reading 500,000 sales back from IndexedDB to build them would double the seeding time.
 */
function statsRows(sales: readonly Sale[]) {
	const lines = new Map<string, { date: string; amount: number }[]>();
	for (const sale of sales) {
		if (sale.deletedAt !== undefined) continue;
		let list = lines.get(sale.customerId);
		if (!list) lines.set(sale.customerId, (list = []));
		list.push({ date: sale.date, amount: sale.amount });
	}
	const buckets = new Map<number, CustomerLedger[]>();
	for (const [id, list] of lines) {
		const b = bucketOf(id);
		let bucket = buckets.get(b);
		if (!bucket) buckets.set(b, (bucket = []));
		bucket.push(ledgerOf(id, list));
	}
	return [...buckets].map(([b, ledgers]) => encodeBucket(b, ledgers));
}

export async function seed(options: {
	customers: number;
	sales: number;
	seed: number;
	today: string;
}): Promise<SeedResult> {
	const db = new CardFileDb();
	await db.open();
	const generating = performance.now();
	const shop = generateDemoShop({ ...options, language: 'en' });
	const generateMs = performance.now() - generating;
	const usageEmpty = await usage();
	const started = performance.now();
	for (let i = 0; i < shop.customers.length; i += CHUNK) {
		await db.customers.bulkAdd(shop.customers.slice(i, i + CHUNK));
	}
	const usageWithCustomers = await usage();
	for (let i = 0; i < shop.sales.length; i += CHUNK) {
		await db.sales.bulkAdd(shop.sales.slice(i, i + CHUNK));
	}
	await db.customerStats.bulkPut(statsRows(shop.sales));
	await db.notes.bulkAdd(shop.notes);
	const seedMs = performance.now() - started;
	const usageWithSales = await usage();
	db.close();
	const buyers = shop.customers.filter((c) => c.visits > 0);
	const pick = <T>(items: T[], count: number) =>
		Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
	return {
		customers: shop.customers.length,
		sales: shop.sales.length,
		seedMs,
		generateMs,
		usageEmpty,
		usageWithCustomers,
		usageWithSales,
		sampleNames: pick(shop.customers, 150).map((c) => `${c.firstName} ${c.lastName}`),
		samplePhones: pick(
			shop.customers.filter((c) => c.phone),
			75
		).map((c) => c.phone),
		sampleEmails: pick(
			shop.customers.filter((c) => c.email),
			75
		).map((c) => c.email),
		sampleCustomerId: buyers[Math.floor(buyers.length / 2)].id
	};
}

export async function clear(): Promise<void> {
	const db = new CardFileDb();
	await db.delete();
}

/** A shop of `count` customers who take letters, with a postal address each (the letters figure). */
export async function seedLetterShop(count: number): Promise<void> {
	const db = new CardFileDb();
	await db.open();
	const now = Date.parse('2024-01-01T10:00:00Z');
	const customers = Array.from({ length: count }, (_, i) => {
		const n = String(i).padStart(3, '0');
		const fields = {
			...emptyCustomerFields(),
			salutation: 'Ms',
			firstName: `Ada${n}`,
			lastName: `Lovelace${n}`,
			address: {
				street: `${i + 1} Market Street`,
				postalCode: `${10000 + i}`,
				city: 'Springfield',
				country: ''
			},
			preferredChannel: 'letter' as const,
			marketingConsent: true
		};
		return {
			...fields,
			id: `CUST${n}`,
			searchWords: searchWordsOf(fields),
			phoneDigits: '',
			visits: 0,
			totalSpent: 0,
			createdAt: now,
			updatedAt: now
		};
	});
	await db.transaction('rw', db.customers, db.settings, async () => {
		await db.customers.bulkAdd(customers);
		await db.settings.put({
			key: 'shop',
			value: {
				shopName: 'Corner Flowers',
				address: '5 High Street',
				phone: '555-0100',
				currency: 'EUR',
				language: 'en'
			}
		});
	});
	db.close();
}
