/** Runs in the app's origin during the benchmark: fills the card file with a generated shop. */
import { loadShopRecords } from '../../src/lib/db/demo-shop';
import { CardFileDb } from '../../src/lib/db/schema';
import { rebuildCustomerStats } from '../../src/lib/db/segments';
import { generateDemoShop } from '../../src/lib/domain/demo-shop';

export interface SeedResult {
	customers: number;
	sales: number;
	seedMs: number;
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

const CHUNK = 20_000;

export async function seed(options: {
	customers: number;
	sales: number;
	seed: number;
	today: string;
}): Promise<SeedResult> {
	const db = new CardFileDb();
	await db.open();
	const shop = generateDemoShop({ ...options, language: 'en' });
	const usageEmpty = await usage();
	const started = performance.now();
	for (let i = 0; i < shop.customers.length; i += CHUNK) {
		await loadShopRecords(db, {
			customers: shop.customers.slice(i, i + CHUNK),
			sales: [],
			notes: []
		});
	}
	const usageWithCustomers = await usage();
	// Sales in chunks, then the segments' statistics once from the whole ledger, as an import does.
	for (let i = 0; i < shop.sales.length; i += CHUNK) {
		await db.sales.bulkAdd(shop.sales.slice(i, i + CHUNK));
	}
	await rebuildCustomerStats(db);
	await loadShopRecords(db, { customers: [], sales: [], notes: shop.notes });
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
