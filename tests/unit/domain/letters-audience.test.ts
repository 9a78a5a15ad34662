import { describe, expect, it } from 'vitest';
import { dueLetterAudience } from '../../../src/lib/domain/contact-plan';
import {
	allCustomers,
	allTags,
	birthdaysWithin,
	declinesLetters,
	handPicked,
	noPurchaseSince,
	prospects,
	selectRecipients,
	withTag
} from '../../../src/lib/domain/letters-audience';
import { card } from '../../fixtures/letters/customers';

describe('audiences', () => {
	const roses = card({ lastName: 'B', tags: ['Roses'], visits: 3, lastPurchase: '2024-10-01' });
	const prospect = card({ lastName: 'A', visits: 0 });
	const lapsed = card({ lastName: 'C', visits: 2, lastPurchase: '2024-01-10' });
	const noConsent = card({ lastName: 'D', marketingConsent: false, tags: ['roses'] });
	const none = card({ lastName: 'E', preferredChannel: 'none', visits: 0 });
	const deleted = card({ lastName: 'F', deletedAt: 1 });
	const all = [roses, prospect, lapsed, noConsent, none, deleted];

	it('all customers: live cards, opt-outs counted and left out, sorted by last name', () => {
		const { recipients, optedOut } = selectRecipients(all, allCustomers);
		expect(recipients.map((c) => c.lastName)).toEqual(['A', 'B', 'C']);
		expect(optedOut).toBe(2);
	});

	it('by interest tag, case-insensitively', () => {
		const { recipients, optedOut } = selectRecipients(all, withTag('roses'));
		expect(recipients).toEqual([roses]);
		expect(optedOut).toBe(1);
	});

	it('prospects are cards with no visit', () => {
		const { recipients, optedOut } = selectRecipients(all, prospects);
		expect(recipients).toEqual([prospect]);
		expect(optedOut).toBe(2);
	});

	it('no purchase in N months uses the last purchase', () => {
		expect(selectRecipients(all, noPurchaseSince(6, '2024-11-20')).recipients).toEqual([lapsed]);
		expect(selectRecipients(all, noPurchaseSince(1, '2024-11-20')).recipients).toEqual([
			roses,
			lapsed
		]);
	});

	it('hand-picked cards', () => {
		expect(selectRecipients(all, handPicked([lapsed.id, none.id]))).toEqual({
			recipients: [lapsed],
			optedOut: 1
		});
	});

	it('declining letters means channel none or no consent', () => {
		expect(declinesLetters(noConsent)).toBe(true);
		expect(declinesLetters(none)).toBe(true);
		expect(declinesLetters(roses)).toBe(false);
	});

	it('lists the tags of live cards', () => {
		expect(allTags(all)).toEqual(['roses', 'Roses']);
	});
});

describe('contact-plan audiences', () => {
	it('birthdays within N days, 29 February included on the 28th', () => {
		const leap = card({ birthday: '2000-02-29' });
		const soon = card({ birthday: '1990-02-22' });
		const later = card({ birthday: '1990-04-01' });
		const { recipients } = selectRecipients([leap, soon, later], birthdaysWithin(8, '2025-02-20'));
		expect(recipients.map((c) => c.id).sort()).toEqual([leap.id, soon.id].sort());
	});

	it('due a letter: none in 90 days', () => {
		const written = card();
		const due = card();
		const line = {
			id: 'L',
			customerId: written.id,
			date: '2025-01-10',
			kind: 'letter' as const,
			summary: '',
			createdAt: 0,
			updatedAt: 0
		};
		const audience = dueLetterAudience([written, due], [line], '2025-02-20');
		expect(selectRecipients([written, due], audience).recipients).toEqual([due]);
		expect(audience.id).toBe('due-letter');
	});
});
