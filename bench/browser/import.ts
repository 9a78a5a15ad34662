/**
 * The import figure's two halves, run in the app's origin: a deterministic CSV of sales rows
 * (the shape of an online shop's invoice export), and the raw floor any import of it must pay,
 * papaparse plus Dexie bulkPut of the same records into the app's tables.
 */
import Papa from 'papaparse';
import { CardFileDb } from '../../src/lib/db/schema';
import { emptyCustomerFields } from '../../src/lib/domain/customer';
import { newId } from '../../src/lib/domain/ids';
import { searchWordsOf } from '../../src/lib/domain/search';
import type { Customer, Sale } from '../../src/lib/domain/types';

/** sfc32-like mulberry32: a few lines, deterministic, good enough for test data. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `rows` sales by `customers` distinct customer numbers over two years, invoice numbers unique
 * and rising, a few customers buying far more often than most (as in real shops).
 */
export function salesCsv(options: { rows: number; customers: number; seed: number }): string {
	const next = random(options.seed);
	const lines = ['InvoiceNo,InvoiceDate,CustomerID,TotalPrice'];
	const start = Date.UTC(2023, 0, 1);
	const span = 730 * 86_400_000;
	for (let i = 0; i < options.rows; i++) {
		const invoice = 536_365 + i;
		const date = new Date(start + Math.floor((i / options.rows) * span)).toISOString().slice(0, 10);
		// Squaring skews towards low numbers: the regulars.
		const customer = 12_000 + Math.floor(next() ** 2 * options.customers);
		const total = (2 + next() * 180).toFixed(2);
		lines.push(`${invoice},${date},${customer},${total}`);
	}
	return `${lines.join('\r\n')}\r\n`;
}

/**
 * A shop's hand-kept list at its largest: one row per purchase with the customer's name, phone
 * and email beside it (semicolons, decimal commas, day-first dates, as Excel writes it in most of
 * Europe). About 57 bytes a row: 880,000 rows make a 50 MB file.
 */
export function handListCsv(options: { rows: number; customers: number; seed: number }): string {
	const next = random(options.seed);
	const lines = ['Фамилия;Имя;Телефон;Эл. почта;Сумма покупки;Дата покупки'];
	for (let i = 0; i < options.rows; i++) {
		const c = Math.floor(next() ** 2 * options.customers);
		const day = 1 + Math.floor(next() * 28);
		const month = 1 + Math.floor(next() * 12);
		const amount = `${1 + Math.floor(next() * 900)},${Math.floor(next() * 90) + 10}`;
		lines.push(
			`S${c};Ann;050${String(c).padStart(7, '0')};c${c}@ex.com;${amount};${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2024`
		);
	}
	return `${lines.join('\r\n')}\r\n`;
}

export const FLOOR_DB = 'bench-floor';

export interface FloorResult {
	parseMs: number;
	writeMs: number;
	floorMs: number;
	customers: number;
	sales: number;
}

/**
 * The floor: papaparse on this page's main thread (the whole text at once, no step callback, no
 * worker: the cheapest parse), then the customer and sale records the import writes (the same
 * fields and indexes) with one bulkPut per table in one transaction, into a fresh database with
 * the app's schema. No matching, no validation, no statistics.
 */
export async function floor(text: string, currency = 'EUR'): Promise<FloorResult> {
	await new CardFileDb(FLOOR_DB).delete();
	const db = new CardFileDb(FLOOR_DB);
	await db.open();
	const started = performance.now();
	const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
	const rows = parsed.data.slice(1);
	const parsedAt = performance.now();
	const now = Date.now();
	const cards = new Map<string, Customer>();
	const sales: Sale[] = [];
	for (const [ref, date, customerRef, total] of rows) {
		let card = cards.get(customerRef);
		if (!card) {
			const fields = { ...emptyCustomerFields(), lastName: `Customer ${customerRef}` };
			card = {
				...fields,
				externalId: customerRef,
				searchWords: searchWordsOf(fields),
				phoneDigits: '',
				visits: 0,
				totalSpent: 0,
				id: newId(now),
				createdAt: now,
				updatedAt: now
			};
			cards.set(customerRef, card);
		}
		const amount = Math.round(Number(total) * 100);
		card.visits++;
		card.totalSpent += amount;
		if (!card.firstPurchase || date < card.firstPurchase) card.firstPurchase = date;
		if (!card.lastPurchase || date > card.lastPurchase) card.lastPurchase = date;
		sales.push({
			id: newId(now),
			customerId: card.id,
			date,
			amount,
			currency,
			category: '',
			externalRef: ref,
			createdAt: now,
			updatedAt: now
		});
	}
	await db.transaction('rw', db.customers, db.sales, async () => {
		await db.customers.bulkPut([...cards.values()]);
		await db.sales.bulkPut(sales);
	});
	const done = performance.now();
	db.close();
	await new CardFileDb(FLOOR_DB).delete();
	return {
		parseMs: parsedAt - started,
		writeMs: done - parsedAt,
		floorMs: done - started,
		customers: cards.size,
		sales: sales.length
	};
}
