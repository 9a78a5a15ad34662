import { describe, expect, it } from 'vitest';
import { areaCounts, livesIn, postcodeArea } from '../../../src/lib/domain/areas';
import { selectRecipients } from '../../../src/lib/domain/letters-audience';
import type { Customer } from '../../../src/lib/domain/types';
import { card } from '../../fixtures/letters/customers';

const at = (city: string, postalCode: string, more: Partial<Customer> = {}) =>
	card({ address: { street: '1 Main St', city, postalCode, country: '' }, ...more });

const galway1 = at('Galway', 'H91 X2Y3', { lastName: 'A', visits: 2 });
const galway2 = at(' galway ', 'h91 a1b2', { lastName: 'B' });
const galway3 = at('Galway', 'H91 Q9Q9', { lastName: 'C', visits: 1 });
const dublin = at('Dublin', 'D02 XY45', { lastName: 'D', visits: 5 });
const nowhere = at('', '', { lastName: 'E' });
const gone = at('Galway', 'H91 X2Y3', { lastName: 'F', deletedAt: 1 });
const cards = [galway1, galway2, galway3, dublin, nowhere, gone];
const spend = new Map([
	[galway1.id, 1000],
	[dublin.id, 5000]
]);

describe('areas', () => {
	it('counts live cards by city, whatever the case and spacing, the cards without a city last', () => {
		expect(areaCounts(cards, 'city', 0, (id) => spend.get(id) ?? 0)).toEqual([
			{ key: 'galway', label: 'Galway', customers: 3, buyers: 2, spend12: 1000 },
			{ key: 'dublin', label: 'Dublin', customers: 1, buyers: 1, spend12: 5000 },
			{ key: '', label: '', customers: 1, buyers: 0, spend12: 0 }
		]);
	});

	it('counts by the first characters of the postcode, spaces left out', () => {
		expect(postcodeArea('sw1a 1aa', 3)).toBe('SW1');
		expect(postcodeArea('541 23', 3)).toBe('541');
		const rows = areaCounts(cards, 'postcode', 2, () => 0);
		expect(rows.map((r) => [r.label, r.customers])).toEqual([
			['H9', 3],
			['D0', 1],
			['', 1]
		]);
	});

	it('letters go to the live cards of a city, or of a postcode start', () => {
		const byCity = selectRecipients(cards, livesIn('city', 'GALWAY'));
		expect(byCity.recipients.map((c) => c.lastName)).toEqual(['A', 'B', 'C']);
		expect(livesIn('city', 'Galway').id).toBe('city:Galway');
		const byPostcode = selectRecipients(cards, livesIn('postcode', 'd02'));
		expect(byPostcode.recipients).toEqual([dublin]);
		expect(selectRecipients(cards, livesIn('postcode', 'h91x')).recipients).toEqual([galway1]);
		expect(selectRecipients(cards, livesIn('city', '')).recipients).toEqual([]);
		expect(selectRecipients(cards, livesIn('postcode', ' ')).recipients).toEqual([]);
	});
});
