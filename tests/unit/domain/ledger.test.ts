import { describe, expect, it } from 'vitest';
import { ledgerChanges, ledgerOf, sameLedger, sameLedgers } from '../../../src/lib/domain/ledger';

const a = ledgerOf('a', [{ date: '2025-01-01', amount: 100 }]);
const b = ledgerOf('b', [{ date: '2025-02-01', amount: 250 }]);

describe('comparing ledgers', () => {
	it('treats typed-array views and plain arrays with the same lines as the same', () => {
		const stored = {
			customerId: 'a',
			days: Int32Array.from(a.days),
			amounts: Float64Array.from(a.amounts)
		};
		expect(sameLedger(a, stored)).toBe(true);
		expect(sameLedger(a, { ...stored, amounts: Float64Array.from([101]) })).toBe(false);
		expect(sameLedgers([a, b], [stored, b])).toBe(true);
		expect(sameLedgers([a, b], [b, a])).toBe(false);
		expect(sameLedgers([a], [a, b])).toBe(false);
	});
});

describe('what a write changed in a bucket', () => {
	it('lists new and changed ledgers, and customers left without one, and nothing else', () => {
		const aAfterSale = ledgerOf('a', [
			{ date: '2025-01-01', amount: 100 },
			{ date: '2025-03-01', amount: 40 }
		]);
		const c = ledgerOf('c', [{ date: '2025-03-02', amount: 10 }]);
		const changes = ledgerChanges([a, b], [aAfterSale, c]);
		expect([...changes.keys()].sort()).toEqual(['a', 'b', 'c']);
		expect(changes.get('a')).toBe(aAfterSale);
		expect(changes.get('c')).toBe(c);
		expect(changes.has('b') && changes.get('b')).toBeUndefined();
		expect(ledgerChanges([a, b], [{ ...b }, { ...a }]).size).toBe(0);
	});
});
