/** The demo shop must look real to every screen: buyer kinds, seasons, consistent cards. */
import { describe, expect, it } from 'vitest';
import {
	DEMO_SHOP_DEFAULT,
	generateDemoShop,
	type DemoShop,
	type DemoShopOptions
} from '../../../src/lib/domain/demo-shop';
import { digitsOf, searchWordsOf } from '../../../src/lib/domain/search';
import type { Customer, Sale } from '../../../src/lib/domain/types';

const TODAY = '2026-11-23';
const DEFAULT: DemoShopOptions = { ...DEMO_SHOP_DEFAULT, today: TODAY };
const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const shop = generateDemoShop(DEFAULT);

function isoDaysBefore(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

function salesByCustomer(demo: DemoShop): Map<string, Sale[]> {
	const map = new Map<string, Sale[]>();
	for (const sale of demo.sales) {
		const list = map.get(sale.customerId);
		if (list) list.push(sale);
		else map.set(sale.customerId, [sale]);
	}
	return map;
}

function ulidTime(id: string): number {
	let time = 0;
	for (const ch of id.slice(0, 10)) time = time * 32 + CROCKFORD.indexOf(ch);
	return time;
}

function revenueInMonth(demo: DemoShop, month: string): number {
	return demo.sales.filter((s) => s.date.slice(5, 7) === month).reduce((t, s) => t + s.amount, 0);
}

describe('generateDemoShop', () => {
	it('is deterministic for a seed and different for another', () => {
		const options = { seed: 7, customers: 120, sales: 1100, today: TODAY };
		const first = generateDemoShop(options);
		expect(generateDemoShop(options)).toEqual(first);
		const other = generateDemoShop({ ...options, seed: 8 });
		expect(other).not.toEqual(first);
		expect(other.customers[0].id).not.toBe(first.customers[0].id);
	});

	it('makes exactly the customers and sales asked for', () => {
		expect(shop.customers).toHaveLength(300);
		expect(shop.sales).toHaveLength(3000);
		for (const [customers, sales] of [
			[1000, 9000],
			[57, 333],
			[40, 30],
			[10, 2000]
		]) {
			const demo = generateDemoShop({ seed: 3, customers, sales, today: TODAY });
			expect(demo.customers).toHaveLength(customers);
			expect(demo.sales).toHaveLength(sales);
		}
		const empty = generateDemoShop({ seed: 1, customers: 0, sales: 0, today: TODAY });
		expect(empty).toEqual({ customers: [], sales: [], notes: [] });
	});

	it('rejects an impossible day or count', () => {
		expect(() => generateDemoShop({ ...DEFAULT, today: '2026-02-30' })).toThrow(RangeError);
		expect(() => generateDemoShop({ ...DEFAULT, customers: -1 })).toThrow(RangeError);
		expect(() => generateDemoShop({ ...DEFAULT, sales: 1.5 })).toThrow(RangeError);
	});

	it('keeps every card aggregate equal to what its sales add up to', () => {
		const byCustomer = salesByCustomer(shop);
		const ids = new Set(shop.customers.map((c) => c.id));
		for (const sale of shop.sales) expect(ids.has(sale.customerId)).toBe(true);
		for (const customer of shop.customers) {
			const sales = byCustomer.get(customer.id) ?? [];
			const dates = sales.map((s) => s.date).sort();
			expect(customer.visits).toBe(sales.length);
			expect(customer.totalSpent).toBe(sales.reduce((t, s) => t + s.amount, 0));
			expect(customer.firstPurchase).toBe(dates[0]);
			expect(customer.lastPurchase).toBe(dates.at(-1));
			expect(customer.searchWords).toEqual(searchWordsOf(customer));
			expect(customer.phoneDigits).toBe(digitsOf(customer.phone));
			if (sales.length > 0) expect(customer.createdAt).toBeLessThan(sales[0].createdAt);
		}
	});

	it('has every kind of buyer', () => {
		const byCustomer = salesByCustomer(shop);
		const yearStart = isoDaysBefore(TODAY, 364);
		const halfStart = isoDaysBefore(TODAY, 182);
		const averageTicket =
			shop.sales.reduce((t, s) => t + s.amount, 0) / Math.max(1, shop.sales.length);
		const kinds = {
			regularHeavy: 0,
			regularLight: 0,
			infrequentHeavy: 0,
			infrequentLight: 0,
			oneTimer: 0,
			lapsed: 0,
			declining: 0,
			prospect: 0
		};
		for (const customer of shop.customers) {
			const sales = byCustomer.get(customer.id) ?? [];
			const lastYear = sales.filter((s) => s.date >= yearStart).length;
			const lastHalf = sales.filter((s) => s.date >= halfStart).length;
			const ticket = customer.visits > 0 ? customer.totalSpent / customer.visits : 0;
			if (customer.visits === 0) {
				kinds.prospect++;
				expect(customer.totalSpent).toBe(0);
				expect(customer.firstPurchase).toBeUndefined();
				expect(customer.lastPurchase).toBeUndefined();
			}
			if (customer.visits === 1) kinds.oneTimer++;
			if (lastYear >= 8 && ticket > averageTicket) kinds.regularHeavy++;
			if (lastYear >= 8 && ticket < averageTicket / 2) kinds.regularLight++;
			if (customer.visits >= 2 && customer.visits <= 4 && ticket > 2 * averageTicket)
				kinds.infrequentHeavy++;
			if (customer.visits >= 2 && customer.visits <= 5 && ticket < averageTicket / 2)
				kinds.infrequentLight++;
			if (customer.visits > 0 && lastYear === 0) kinds.lapsed++;
			// The 18 months before the last 6 are three times as long: compare rates, not counts.
			const before = customer.visits - lastHalf;
			if (lastHalf > 0 && before >= 6 && lastHalf * 3 < before / 2) kinds.declining++;
		}
		for (const count of Object.values(kinds)) expect(count).toBeGreaterThanOrEqual(5);
		expect(kinds.prospect).toBe(15);
	});

	it('follows the seasons: December sells far more than July', () => {
		expect(revenueInMonth(shop, '12')).toBeGreaterThan(1.5 * revenueInMonth(shop, '07'));
		const big = generateDemoShop({ seed: 11, customers: 2000, sales: 20000, today: '2026-03-10' });
		expect(revenueInMonth(big, '12')).toBeGreaterThan(2 * revenueInMonth(big, '07'));
		expect(revenueInMonth(big, '05')).toBeGreaterThan(revenueInMonth(big, '08'));
	});

	it('dates every sale in the two years up to today, at that day', () => {
		const windowStart = isoDaysBefore(TODAY, 729);
		const dates = shop.sales.map((s) => s.date).sort();
		expect(dates[0] >= windowStart).toBe(true);
		expect(dates.at(-1)! <= TODAY).toBe(true);
		expect(dates[0] < isoDaysBefore(TODAY, 700)).toBe(true);
		expect(dates.at(-1)! > isoDaysBefore(TODAY, 30)).toBe(true);
		for (const sale of shop.sales) {
			expect(new Date(sale.createdAt).toISOString().slice(0, 10)).toBe(sale.date);
			expect(sale.updatedAt).toBe(sale.createdAt);
			expect(Number.isInteger(sale.amount) && sale.amount > 0).toBe(true);
			expect(sale.currency).toBe('EUR');
			expect(sale.category.length).toBeGreaterThan(0);
		}
		expect(new Set(shop.sales.map((s) => s.category)).size).toBe(10);
		expect(new Set(shop.sales.map((s) => s.amount)).size).toBeGreaterThan(300);
	});

	it('gives unique ULIDs that carry the creation time', () => {
		const records = [...shop.customers, ...shop.sales, ...shop.notes];
		expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
		for (const record of records) {
			expect(record.id).toMatch(ULID);
			expect(ulidTime(record.id)).toBe(record.createdAt);
		}
	});

	it('fills in whole, believable cards', () => {
		const channels = new Set(shop.customers.map((c) => c.preferredChannel));
		expect([...channels].sort()).toEqual(['email', 'letter', 'none', 'phone']);
		const share = (test: (c: Customer) => boolean) =>
			shop.customers.filter(test).length / shop.customers.length;
		expect(share((c) => c.email !== '')).toBeGreaterThan(0.6);
		expect(share((c) => c.email === '')).toBeGreaterThan(0.03);
		expect(share((c) => c.birthday !== '')).toBeGreaterThan(0.75);
		expect(share((c) => c.marketingConsent)).toBeGreaterThan(0.6);
		expect(share((c) => c.notes === '')).toBeGreaterThan(0.8);
		expect(share((c) => c.tags.length > 0)).toBeGreaterThan(0.5);
		for (const c of shop.customers) {
			expect(['Mr', 'Mrs', 'Ms', 'Dr']).toContain(c.salutation);
			expect(c.firstName && c.lastName && c.address.street && c.address.city).toBeTruthy();
			expect(c.address.postalCode && c.address.country).toBeTruthy();
			expect(c.phone).toMatch(/^\+?\d[\d -]{7,}\d$/);
			expect(c.phone).toMatch(/[ -]/);
			if (c.email) expect(c.email).toMatch(/^[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}$/);
			if (c.birthday) {
				expect(new Date(`${c.birthday}T00:00:00Z`).toISOString().slice(0, 10)).toBe(c.birthday);
				expect(c.birthday >= '1940-01-01' && c.birthday <= '2006-12-31').toBe(true);
			}
			if (c.marketingConsent) expect(c.consentAt).toBe(c.createdAt);
			expect(c.updatedAt).toBeGreaterThanOrEqual(c.createdAt);
		}
		expect(new Set(shop.customers.map((c) => c.email).filter(Boolean)).size).toBe(
			shop.customers.filter((c) => c.email).length
		);
	});

	it('writes a few comments and complaints, some still open', () => {
		const big = generateDemoShop({ seed: 5, customers: 3000, sales: 30000, today: TODAY });
		const ratio = big.notes.length / big.customers.length;
		expect(ratio).toBeGreaterThan(0.015);
		expect(ratio).toBeLessThan(0.05);
		const customers = new Map(big.customers.map((c) => [c.id, c]));
		const todayEnd = Date.parse(`${TODAY}T23:59:59Z`);
		const statuses = { comment: 0, open: 0, answered: 0 };
		for (const note of big.notes) {
			const customer = customers.get(note.customerId);
			expect(customer?.visits).toBeGreaterThan(0);
			expect(note.createdAt).toBeLessThanOrEqual(todayEnd);
			if (note.kind === 'comment') {
				expect(note.status).toBeUndefined();
				statuses.comment++;
			} else if (note.status === 'answered') {
				expect(note.answeredAt).toBeGreaterThan(note.createdAt);
				expect(note.answeredAt).toBeLessThanOrEqual(todayEnd);
				statuses.answered++;
			} else {
				expect(note.status).toBe('open');
				expect(note.answeredAt).toBeUndefined();
				statuses.open++;
			}
		}
		for (const count of Object.values(statuses)) expect(count).toBeGreaterThan(0);
	});

	it('speaks the chosen language, in its own script', () => {
		const scripts = {
			he: /\p{Script=Hebrew}/u,
			el: /\p{Script=Greek}/u,
			ru: /\p{Script=Cyrillic}/u
		};
		for (const [language, script] of Object.entries(scripts)) {
			const demo = generateDemoShop({
				...DEFAULT,
				customers: 100,
				sales: 600,
				language: language as 'he' | 'el' | 'ru'
			});
			for (const c of demo.customers) {
				expect(c.firstName).toMatch(script);
				expect(c.lastName).toMatch(script);
				expect(c.address.city).toMatch(script);
				expect(c.salutation).toMatch(script);
			}
			for (const sale of demo.sales) expect(sale.category).toMatch(script);
			for (const note of demo.notes) expect(note.text).toMatch(script);
		}
		const armenian = generateDemoShop({ ...DEFAULT, language: 'hy' });
		for (const c of armenian.customers) expect(c.lastName).toMatch(/\p{Script=Armenian}/u);
	});

	it('writes Israeli phone numbers for a Hebrew shop, nationally or with +972', () => {
		const demo = generateDemoShop({ ...DEFAULT, language: 'he', currency: 'ILS' });
		for (const c of demo.customers) expect(c.phone).toMatch(/^(0\d{1,2}-\d{3}-\d{4}|\+972 5\d-)/);
		expect(demo.customers.some((c) => c.phone.startsWith('05'))).toBe(true);
		expect(demo.customers.some((c) => c.phone.startsWith('+972'))).toBe(true);
		expect(demo.sales.every((s) => s.currency === 'ILS')).toBe(true);
	});
});
