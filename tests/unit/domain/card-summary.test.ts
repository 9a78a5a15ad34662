import { describe, expect, it } from 'vitest';
import { packSummaries, patchPacked } from '../../../src/lib/domain/card-summary-pack';
import {
	sameSummary,
	summaryOf,
	unpackSearchEntries,
	unpackSummaries
} from '../../../src/lib/domain/card-summary';
import { searchEntryOf } from '../../../src/lib/domain/search';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import type { Customer } from '../../../src/lib/domain/types';

function card(id: string, fields: Partial<Customer> = {}): Customer {
	return {
		...emptyCustomerFields(),
		id,
		createdAt: 1,
		updatedAt: 1,
		firstName: 'Zoë',
		lastName: 'Lévy',
		phone: '050-123 4567',
		email: 'zoe@example.com',
		address: { street: '', postalCode: '', city: 'Haifa', country: '' },
		searchWords: [],
		phoneDigits: '0501234567',
		visits: 3,
		totalSpent: 12_345,
		lastPurchase: '2026-11-01',
		...fields
	};
}

describe('card summaries', () => {
	it('store the search entries of their cards, and survive a pasted NUL in a field', () => {
		const cards = [
			card('a'),
			card('b', { firstName: 'Ann\u0000a', email: '' }),
			card('c', { phone: '' })
		];
		const packed = packSummaries(cards.map(summaryOf));
		expect(unpackSearchEntries(packed)).toEqual(cards.map(summaryOf).map(searchEntryOf));
		expect(unpackSummaries(packed)[1].firstName).toBe('Anna');
		expect(sameSummary(unpackSummaries(packed)[1], summaryOf(cards[1]))).toBe(true);
		const one = packSummaries([summaryOf(card('x', { firstName: '', lastName: '' }))]);
		expect(unpackSummaries(one).map((s) => s.firstName)).toEqual(['']);
	});

	it('keep what the counter shows and the contact plan counts, and nothing else', () => {
		expect(summaryOf(card('a', { notes: 'private', tags: ['vip'] }))).toEqual({
			id: 'a',
			firstName: 'Zoë',
			lastName: 'Lévy',
			phone: '050-123 4567',
			email: 'zoe@example.com',
			city: 'Haifa',
			birthday: '',
			preferredChannel: card('a').preferredChannel,
			marketingConsent: card('a').marketingConsent,
			visits: 3,
			totalSpent: 12_345,
			lastPurchase: '2026-11-01'
		});
		expect('lastPurchase' in summaryOf(card('b', { lastPurchase: undefined }))).toBe(false);
	});

	it('pack field by field in id order and unpack to the same summaries', () => {
		const summaries = [
			card('c'),
			card('a', { lastPurchase: undefined }),
			card('b', { marketingConsent: true })
		].map(summaryOf);
		const packed = packSummaries(summaries);
		expect(packed.ids).toBe('a\u0000b\u0000c');
		expect(packed.count).toBe(3);
		expect(packed.marketingConsent).toBeInstanceOf(Uint8Array);
		const back = unpackSummaries(packed);
		expect(back).toEqual([summaries[1], summaries[2], summaries[0]]);
		back.forEach((s) =>
			expect(
				sameSummary(
					s,
					summaries.find((x) => x.id === s.id)!
				)
			).toBe(true)
		);
	});

	it('patch a row: new, changed, tombstoned and deleted cards; nothing when nothing changed', () => {
		const packed = packSummaries([card('a'), card('b')].map(summaryOf));
		expect(patchPacked(packed, [card('a')], [])).toBeUndefined();
		expect(patchPacked(packed, [], ['zzz'])).toBeUndefined();
		const patched = patchPacked(
			packed,
			[card('c', { firstName: 'New' }), card('a', { visits: 4 }), card('b', { deletedAt: 5 })],
			[]
		)!;
		expect(patched.tombstones).toBe('b');
		expect(patched.tombstoneCount).toBe(1);
		// A tombstone written again changes nothing; a card taken out of the trash is live again.
		expect(patchPacked(patched, [card('b', { deletedAt: 6 })], [])).toBeUndefined();
		expect(patchPacked(patched, [card('b')], [])!.tombstoneCount).toBe(0);
		expect(patchPacked(patched, [], ['b'])!.tombstoneCount).toBe(0);
		expect(unpackSummaries(patched).map((s) => [s.id, s.visits, s.firstName])).toEqual([
			['a', 4, 'Zoë'],
			['c', 3, 'New']
		]);
		expect(patchPacked(patched, [], ['a', 'c'])!.count).toBe(0);
		expect(unpackSummaries(patchPacked(undefined, [card('d')], [])!).map((s) => s.id)).toEqual([
			'd'
		]);
		expect(patchPacked(undefined, [card('e', { deletedAt: 1 })], [])!.tombstoneCount).toBe(1);
	});
});
