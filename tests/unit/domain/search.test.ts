import { describe, expect, it } from 'vitest';
import {
	foldText,
	phoneMatches,
	prepareQuery,
	searchEntries,
	searchEntryOf,
	searchWordsOf
} from '../../../src/lib/domain/search';

const people = [
	{
		id: 'a',
		firstName: 'Dana',
		lastName: 'Cohen-Levi',
		email: 'dana.cohen@example.com',
		phone: '050-123-4567'
	},
	{
		id: 'b',
		firstName: 'Zoë',
		lastName: "O'Brien",
		email: 'zoe@mail.ie',
		phone: '+353 87 765 4321'
	},
	{ id: 'c', firstName: 'שרה', lastName: 'כהן', email: '', phone: '052 999 1111' },
	{ id: 'd', firstName: 'Νίκος', lastName: 'Παπαδόπουλος', email: 'nikos@example.gr', phone: '' },
	{
		id: 'e',
		firstName: 'Anna',
		lastName: 'Smith',
		email: 'anna@shop.co.uk',
		phone: '020 7946 0000'
	}
].map(searchEntryOf);

const find = (query: string) => searchEntries(people, query);

describe('foldText', () => {
	it('ignores case, accents, Hebrew points and Greek final sigma', () => {
		expect(foldText('Zoë ÉLODIE')).toBe('zoe elodie');
		expect(foldText('שָׁלוֹם')).toBe('שלום');
		expect(foldText('ΠΑΠΑΔΌΠΟΥΛΟΣ')).toBe(foldText('παπαδοπουλος'));
	});
});

describe('searchWordsOf', () => {
	it('splits name and email into folded, unique words', () => {
		expect(
			searchWordsOf({ firstName: 'Zoë', lastName: 'Cohen-Levi', email: 'zoe@cohen.com' })
		).toEqual(['zoe', 'cohen', 'levi', 'com']);
	});
});

describe('searchEntries', () => {
	it('finds a customer by a middle part of the name', () => {
		expect(find('ohe')).toEqual(['a']);
		expect(find('brie')).toEqual(['b']);
	});

	it('matches any word of the name, in any order, accents and case ignored', () => {
		expect(find('levi dana')).toEqual(['a']);
		expect(find('ZOE')).toEqual(['b']);
		expect(find('νικος')).toEqual(['d']);
	});

	it('finds a Hebrew name', () => {
		expect(find('כהן')).toEqual(['c']);
		expect(find('שרה כ')).toEqual(['c']);
	});

	it('finds by an email fragment', () => {
		expect(find('shop.co')).toEqual(['e']);
		expect(find('mail.ie')).toEqual(['b']);
	});

	it('finds by the last four digits of the phone, with or without spaces', () => {
		expect(find('4567')).toEqual(['a']);
		expect(find('45 67')).toEqual(['a']);
		expect(find('45-67')).toEqual(['a']);
	});

	it('finds a number typed with the country prefix, and a national one stored with it', () => {
		expect(find('+972 50 123 4567')).toEqual(['a']);
		expect(find('087 765 4321')).toEqual(['b']);
	});

	it('puts names that start with the query first and respects the limit', () => {
		const entries = [
			searchEntryOf({ id: '1', firstName: 'Joanna', lastName: 'X', email: '', phone: '' }),
			searchEntryOf({ id: '2', firstName: 'Anna', lastName: 'Y', email: '', phone: '' })
		];
		expect(searchEntries(entries, 'anna')).toEqual(['2', '1']);
		expect(searchEntries(entries, 'anna', 1)).toEqual(['2']);
	});

	it('returns nothing for an empty query', () => {
		expect(find('   ')).toEqual([]);
	});
});

describe('phoneMatches', () => {
	it('does not match short unrelated digits on a suffix', () => {
		expect(phoneMatches('0501234567', '999')).toBe(false);
		expect(phoneMatches('', '123')).toBe(false);
	});

	it('finds a number stored with its country code as it is typed with the national 0', () => {
		const typed = '0521234567';
		for (let length = 3; length <= typed.length; length++) {
			const prefix = typed.slice(0, length);
			expect(phoneMatches('972521234567', prefix), prefix).toBe(true);
			expect(phoneMatches('00972521234567', prefix), prefix).toBe(true);
			expect(phoneMatches('15212349999', prefix), prefix).toBe(length <= 7);
		}
		expect(phoneMatches('972531234567', '0521')).toBe(false);
		// 00 starts an international number, not a national one.
		expect(phoneMatches('972521234567', '00521')).toBe(false);
		// A national number stored with its 0 is found by plain containment, as before.
		expect(phoneMatches('0521234567', '05212')).toBe(true);
	});

	it('finds a customer by a partial national number when the card has the country code', () => {
		expect(find('087 76')).toEqual(['b']);
		expect(find('0877654321')).toEqual(['b']);
		expect(find('020 79')).toEqual(['e']);
	});

	it('treats a query as a phone only when it is made of phone characters', () => {
		expect(prepareQuery('050 12').isPhone).toBe(true);
		expect(prepareQuery('dana 050').isPhone).toBe(false);
	});
});
