/** Letters and the contact plan on the segments' own groups and classes. */
import { describe, expect, it } from 'vitest';
import { dueCalls } from '../../../src/lib/domain/contact-plan';
import { usesField } from '../../../src/lib/domain/letters';
import { fromSegment, selectRecipients } from '../../../src/lib/domain/letters-audience';
import {
	analyzeShop,
	DEFAULT_SEGMENT_SETTINGS,
	type BuyerGroup
} from '../../../src/lib/domain/segments';
import { audienceIds } from '../../../src/lib/domain/segments-audiences';
import { ledgerOf, type LedgerLine } from '../../../src/lib/domain/stats';
import { card } from '../../fixtures/letters/customers';

const REF = '2025-06-30';

function monthly(n: number, amount: number, lastMonth = '2025-06'): LedgerLine[] {
	const [y, m] = lastMonth.split('-').map(Number);
	return Array.from({ length: n }, (_, i) => {
		const d = new Date(Date.UTC(y, m - 1 - i, 1));
		return { date: d.toISOString().slice(0, 10), amount };
	});
}

const cards = {
	heavy: card({ id: 'heavy', lastName: 'Heavy' }),
	heavyNoLetters: card({ id: 'heavy-2', lastName: 'Quiet', marketingConsent: false }),
	light: card({ id: 'light', lastName: 'Light' }),
	rare: card({ id: 'rare', lastName: 'Rare' }),
	former: card({ id: 'former', lastName: 'Former' }),
	prospect: card({ id: 'prospect', lastName: 'New' })
};
const ledgers = [
	ledgerOf('heavy', monthly(8, 10000)),
	ledgerOf('heavy-2', monthly(8, 9000)),
	ledgerOf('light', monthly(8, 500)),
	ledgerOf('rare', monthly(1, 300)),
	ledgerOf('former', monthly(6, 5000, '2023-01'))
];
const analysis = analyzeShop(
	ledgers,
	Object.values(cards).map((c) => c.id),
	{ ...DEFAULT_SEGMENT_SETTINGS, regularMinVisits: 4, heavyMinSpend: 20000 },
	REF
);

describe('segment audiences for letters', () => {
	it('is exactly the segments list, leaving out and counting those who declined letters', () => {
		const audience = fromSegment({ kind: 'group', group: 'regular-heavy' }, analysis);
		expect(audience.id).toBe('segment:group:regular-heavy');
		expect(audienceIds(analysis, { kind: 'group', group: 'regular-heavy' })).toEqual([
			'heavy',
			'heavy-2'
		]);
		const selection = selectRecipients(Object.values(cards), audience);
		expect(selection.recipients.map((c) => c.id)).toEqual(['heavy']);
		expect(selection.optedOut).toBe(1);
	});

	it('takes the 80/20 classes, former buyers and prospects from the same analysis', () => {
		const ids = (key: Parameters<typeof fromSegment>[0]) =>
			selectRecipients(Object.values(cards), fromSegment(key, analysis)).recipients.map(
				(c) => c.id
			);
		expect(ids({ kind: 'class', cls: 'A' })).toEqual(
			audienceIds(analysis, { kind: 'class', cls: 'A' }).filter((id) => id !== 'heavy-2')
		);
		expect(ids({ kind: 'group', group: 'former' })).toEqual(['former']);
		expect(ids({ kind: 'prospects' })).toEqual(['prospect']);
	});
});

describe('audience lists', () => {
	it('lists an audience once per analysis, and a new analysis lists it anew', () => {
		const key = { kind: 'group', group: 'regular-heavy' } as const;
		const first = audienceIds(analysis, key);
		expect(audienceIds(analysis, { ...key })).toBe(first);
		const again = analyzeShop(
			ledgers,
			Object.values(cards).map((c) => c.id),
			{ ...DEFAULT_SEGMENT_SETTINGS, regularMinVisits: 4, heavyMinSpend: 20000 },
			REF
		);
		expect(audienceIds(again, key)).not.toBe(first);
		expect(audienceIds(again, key)).toEqual(first);
	});
});

describe('usesField', () => {
	it('finds a merge field, spaces inside the braces allowed', () => {
		expect(usesField('Your code: {{ voucherCode }}', 'voucherCode')).toBe(true);
		expect(usesField('You have {{points}} points', 'voucherCode')).toBe(false);
	});
});

describe('due calls on the real buyer groups', () => {
	it('puts regular heavy buyers, then former buyers, first, whatever the aggregates say', () => {
		// The aggregates alone would call "big" heavy (top spend, many visits) and miss "small".
		const big = card({ id: 'big', visits: 9, totalSpent: 90000, lastPurchase: '2025-06-01' });
		const small = card({ id: 'small', visits: 3, totalSpent: 900, lastPurchase: '2025-06-01' });
		const gone = card({ id: 'gone', visits: 1, totalSpent: 100, lastPurchase: '2023-01-01' });
		const groups: Record<string, BuyerGroup> = {
			big: 'regular-light',
			small: 'regular-heavy',
			gone: 'former'
		};
		const due = dueCalls([big, small, gone], [], REF, undefined, (id) => groups[id]);
		expect(due.map((d) => [d.customer.id, d.reason])).toEqual([
			['small', 'heavy'],
			['gone', 'former'],
			['big', 'regular']
		]);
		// Without the groups (still loading) the approximation stands.
		expect(dueCalls([big, small, gone], [], REF)[0].customer.id).toBe('big');
	});
});
