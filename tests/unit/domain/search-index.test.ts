import { describe, expect, it } from 'vitest';
import { DEMO_SHOP_DEFAULT, generateDemoShop } from '../../../src/lib/domain/demo-shop';
import {
	entryMatches,
	prepareQuery,
	searchEntryOf,
	searchIndex,
	searchIndexOf,
	searchPositions,
	type SearchEntry
} from '../../../src/lib/domain/search';

/** The plain card-by-card scan the prepared index must agree with, result for result. */
function scanCardByCard(entries: readonly SearchEntry[], rawQuery: string, limit: number) {
	const query = prepareQuery(rawQuery);
	if (query.text.length === 0) return [];
	const starts: string[] = [];
	const others: string[] = [];
	for (const entry of entries) {
		if (!entryMatches(entry, query)) continue;
		const startsWithQuery =
			entry.name.startsWith(query.text) || entry.name.includes(` ${query.text}`);
		(startsWithQuery ? starts : others).push(entry.id);
		if (starts.length >= limit) break;
	}
	return [...starts, ...others].slice(0, limit);
}

function queriesFor(
	customers: { firstName: string; lastName: string; email: string; phone: string }[]
) {
	const queries = new Set<string>([' ', 'a', 'an', 'zz', '@', '.', '05', '+972 50', '0']);
	for (const c of customers) {
		for (let i = 1; i <= Math.min(6, c.lastName.length); i++) queries.add(c.lastName.slice(0, i));
		queries.add(c.firstName.slice(1, 4));
		queries.add(`${c.firstName} ${c.lastName.slice(0, 2)}`);
		queries.add(`${c.lastName.slice(0, 3)} ${c.firstName.slice(0, 2)}`);
		queries.add(c.email.split('@')[0].slice(0, 5));
		queries.add(c.email.split('@')[1] ?? '');
		const digits = c.phone.replace(/\D/g, '');
		queries.add(digits.slice(-4));
		queries.add(`${digits.slice(-4, -2)} ${digits.slice(-2)}`);
		queries.add(c.phone);
		queries.add(`+972 ${digits.replace(/^0/, '')}`);
	}
	return [...queries];
}

describe('the prepared search index', () => {
	for (const language of ['en', 'he', 'el', 'ru', 'hy'] as const) {
		it(`finds exactly what the card-by-card search finds, in the same order (${language})`, () => {
			const shop = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: '2026-11-23', language });
			const entries = shop.customers.map(searchEntryOf);
			const index = searchIndexOf(entries);
			const sample = shop.customers.filter((_, i) => i % 7 === 0);
			for (const query of queriesFor(sample)) {
				for (const limit of [5, 30]) {
					expect(searchIndex(index, query, limit), `${query} (${limit})`).toEqual(
						scanCardByCard(entries, query, limit)
					);
				}
			}
		});
	}

	it('agrees with the card-by-card search on numbers typed with a national 0', () => {
		const entries = [
			{ id: 'a', firstName: 'Ann', lastName: 'Lee', email: '', phone: '+972 52 123 4567' },
			{ id: 'b', firstName: 'Bob', lastName: 'Ray', email: '', phone: '+1 521 234 9999' },
			{ id: 'c', firstName: 'Cy', lastName: 'Ng', email: '', phone: '052-123-4567' },
			{ id: 'd', firstName: 'Di', lastName: 'Ma', email: '', phone: '00353 87 765 4321' },
			{ id: 'e', firstName: 'Ed', lastName: 'Ko', email: '', phone: '+972 53 521 2345' }
		].map(searchEntryOf);
		const index = searchIndexOf(entries);
		for (const number of ['0521234567', '0877654321', '05212349999']) {
			for (let length = 3; length <= number.length; length++) {
				const query = number.slice(0, length);
				expect(searchIndex(index, query), query).toEqual(scanCardByCard(entries, query, 50));
			}
		}
		expect(searchIndex(index, '052 12')).toEqual(['a', 'b', 'c']);
		expect(searchIndex(index, '0521 234')).toEqual(['a', 'b', 'c']);
		expect(searchIndex(index, '0521 2349')).toEqual(['b']);
		expect(searchIndex(index, '087')).toEqual(['d']);
	});

	it('never matches across two cards', () => {
		const entries = [
			{ id: 'a', firstName: 'Ann', lastName: 'Lee', email: 'ann@x.org', phone: '123' },
			{ id: 'b', firstName: 'Bob', lastName: 'Ray', email: 'bob@x.org', phone: '456' }
		].map(searchEntryOf);
		const index = searchIndexOf(entries);
		expect(searchIndex(index, 'leebob')).toEqual([]);
		expect(searchIndex(index, '3456')).toEqual([]);
		expect(searchIndex(index, 'org\u0000bob')).toEqual([]);
		expect(searchIndex(index, 'ray')).toEqual(['b']);
		expect(searchIndex(index, '456')).toEqual(['b']);
	});

	it('gives the positions of the cards it finds, in the same order as their ids', () => {
		const entries = [
			{ id: 'a', firstName: 'Ann', lastName: 'Lee', email: 'ann@x.org', phone: '123' },
			{ id: 'b', firstName: 'Bob', lastName: 'Ray', email: 'bob@x.org', phone: '456' },
			{ id: 'c', firstName: 'Lee', lastName: 'Annan', email: 'lee@y.org', phone: '789' }
		].map(searchEntryOf);
		const index = searchIndexOf(entries);
		for (const query of ['lee', 'ann', 'org', '4', 'zzz']) {
			expect(searchPositions(index, query).map((i) => entries[i].id)).toEqual(
				searchIndex(index, query)
			);
		}
		expect(searchPositions(index, 'lee')).toEqual([0, 2]);
	});

	it('answers on an empty card file', () => {
		expect(searchIndex(searchIndexOf([]), 'ann')).toEqual([]);
		expect(searchIndex(searchIndexOf([]), '1234')).toEqual([]);
	});
});
