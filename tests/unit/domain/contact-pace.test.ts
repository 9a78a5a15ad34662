import { describe, expect, it } from 'vitest';
import {
	allowanceToday,
	doneAtPaceOn,
	DEFAULT_PACE,
	isValidPace,
	quarterEnd,
	quarterLabel,
	quarterProgress,
	quarterStart,
	todaysShare,
	todaysShareCounts,
	weekStart,
	type ContactPace
} from '../../../src/lib/domain/contact-pace';
import {
	contactCounts,
	contactPlan,
	type ContactRecord
} from '../../../src/lib/domain/contact-plan';
import { DEMO_SHOP_DEFAULT, generateDemoShop } from '../../../src/lib/domain/demo-shop';
import type { Note } from '../../../src/lib/domain/types';
import { card } from '../../fixtures/letters/customers';

// A Thursday.
const today = '2025-02-20';

function contact(customerId: string, kind: 'letter' | 'call', date: string, extra = {}) {
	return {
		id: `${customerId}-${kind}-${date}`,
		customerId,
		kind,
		date,
		summary: '',
		createdAt: Date.parse(`${date}T10:00:00Z`),
		updatedAt: Date.parse(`${date}T10:00:00Z`),
		...extra
	} satisfies ContactRecord;
}

function complaint(customerId: string): Note {
	return {
		id: `N-${customerId}`,
		customerId,
		kind: 'complaint',
		status: 'open',
		text: 'Broken zip',
		createdAt: Date.parse('2025-02-10T10:00:00Z'),
		updatedAt: Date.parse('2025-02-10T10:00:00Z')
	};
}

describe('calendar', () => {
	it('weeks start on Monday; quarters are calendar quarters', () => {
		expect(weekStart('2025-02-20')).toBe('2025-02-17');
		expect(weekStart('2025-02-17')).toBe('2025-02-17');
		expect(weekStart('2025-02-23')).toBe('2025-02-17');
		expect(quarterStart('2025-02-20')).toBe('2025-01-01');
		expect(quarterEnd('2025-02-20')).toBe('2025-03-31');
		expect(quarterStart('2026-12-03')).toBe('2026-10-01');
		expect(quarterEnd('2026-12-03')).toBe('2026-12-31');
		expect(quarterLabel('2026-12-03')).toEqual({ quarter: 4, year: 2026 });
	});
});

describe('allowanceToday', () => {
	it('a daily pace starts afresh and takes off what was done today', () => {
		expect(allowanceToday(5, 'day', 0, 30, today)).toBe(5);
		expect(allowanceToday(5, 'day', 2, 0, today)).toBe(3);
		expect(allowanceToday(5, 'day', 9, 0, today)).toBe(0);
	});

	it('a weekly pace is spread over the days left in the week, never above the week', () => {
		// Monday: 20 over 7 days.
		expect(allowanceToday(20, 'week', 0, 0, '2025-02-17')).toBe(3);
		// Thursday with 8 done earlier: 12 over 4 days.
		expect(allowanceToday(20, 'week', 0, 8, today)).toBe(3);
		// Sunday: whatever is left of the week.
		expect(allowanceToday(20, 'week', 0, 11, '2025-02-23')).toBe(9);
		expect(allowanceToday(20, 'week', 0, 25, '2025-02-23')).toBe(0);
		expect(allowanceToday(3, 'week', 1, 0, '2025-02-23')).toBe(2);
	});

	it('checks a pace', () => {
		expect(isValidPace(DEFAULT_PACE)).toBe(true);
		expect(isValidPace({ ...DEFAULT_PACE, calls: -1 })).toBe(false);
		expect(isValidPace({ ...DEFAULT_PACE, letters: 2.5 })).toBe(false);
		expect(isValidPace({ ...DEFAULT_PACE, lettersPer: 'month' as 'week' })).toBe(false);
	});
});

describe('todaysShare', () => {
	const pace: ContactPace = { calls: 2, callsPer: 'day', letters: 2, lettersPer: 'day' };

	it('puts open complaints first, then good customers slipping, then birthdays, capped by the pace', () => {
		const regular = card({ id: 'REG', visits: 2, totalSpent: 1000, lastPurchase: '2025-02-01' });
		const slipping = card({
			id: 'SLIP',
			visits: 10,
			totalSpent: 90000,
			lastPurchase: '2024-11-01'
		});
		const birthday = card({
			id: 'BDAY',
			visits: 2,
			totalSpent: 900,
			lastPurchase: '2025-02-10',
			birthday: '1970-02-22'
		});
		const complainer = card({ id: 'COMP', visits: 1, totalSpent: 500, lastPurchase: '2025-02-05' });
		const customers = [regular, slipping, birthday, complainer];
		const plan = contactPlan(customers, [], [complaint('COMP')], today);
		const share = todaysShare(plan, customers, [], { ...pace, calls: 3, letters: 3 }, today);
		expect(share.calls.map((c) => [c.customer.id, c.reason])).toEqual([
			['COMP', 'complaint'],
			['SLIP', 'slipping'],
			['BDAY', 'birthday']
		]);
		expect(share.letters.map((c) => [c.customer.id, c.reason])).toEqual([
			['COMP', 'complaint'],
			['SLIP', 'slipping'],
			['BDAY', 'birthday']
		]);
		const small = todaysShare(plan, customers, [], pace, today);
		expect(small.calls).toHaveLength(2);
		expect(small.letters).toHaveLength(2);
	});

	it('counts what was done today and leaves those cards out', () => {
		const a = card({ id: 'A', visits: 3, totalSpent: 100, lastPurchase: '2024-01-01' });
		const b = card({ id: 'B', visits: 3, totalSpent: 100, lastPurchase: '2024-01-01' });
		const contacts = [contact('A', 'call', today, { callOutcome: 'no-answer' })];
		const plan = contactPlan([a, b], contacts, [], today);
		const share = todaysShare(plan, [a, b], contacts, pace, today);
		expect(share.callsAllowed).toBe(1);
		expect(share.callsDoneToday).toBe(1);
		expect(share.calls.map((c) => c.customer.id)).toEqual(['B']);
	});

	it('with the demo shop, today is never more than the owner set, and the counts agree', () => {
		const demo = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: '2026-11-23' });
		const notes = demo.notes;
		for (const p of [
			DEFAULT_PACE,
			pace,
			{ calls: 0, callsPer: 'week', letters: 7, lettersPer: 'week' } as ContactPace
		]) {
			const plan = contactPlan(demo.customers, [], notes, '2026-11-23');
			const share = todaysShare(plan, demo.customers, [], p, '2026-11-23');
			expect(share.calls.length).toBeLessThanOrEqual(p.calls);
			expect(share.letters.length).toBeLessThanOrEqual(p.letters);
			const counts = todaysShareCounts(
				demo.customers,
				[],
				notes,
				contactCounts(demo.customers, [], notes, '2026-11-23').letters,
				p,
				'2026-11-23'
			);
			expect(counts.calls).toBe(share.calls.length);
			expect(counts.letters).toBe(share.letters.length);
		}
		// The demo's open complaints come first in the calls.
		const plan = contactPlan(demo.customers, [], notes, '2026-11-23');
		const share = todaysShare(plan, demo.customers, [], DEFAULT_PACE, '2026-11-23');
		expect(share.calls[0].reason).toBe('complaint');
		expect(plan.calls.length).toBeGreaterThan(DEFAULT_PACE.calls);
	});
});

describe('quarterProgress', () => {
	it('counts customers written to and reached this quarter against the quarter goal', () => {
		const a = card({ id: 'A', visits: 3, totalSpent: 100 });
		const b = card({ id: 'B', visits: 3, totalSpent: 100 });
		const c = card({ id: 'C', visits: 0, phone: '' });
		const out = card({ id: 'D', marketingConsent: false, visits: 2 });
		const contacts = [
			contact('A', 'letter', '2025-01-05'),
			contact('A', 'letter', '2025-02-05'),
			contact('B', 'letter', '2024-12-20'),
			contact('A', 'call', '2025-02-01'),
			contact('B', 'call', '2025-02-02', { callOutcome: 'no-answer' })
		];
		const progress = quarterProgress([a, b, c, out], contacts, today);
		expect(progress.start).toBe('2025-01-01');
		expect(progress.end).toBe('2025-03-31');
		expect(progress.letters).toEqual({ done: 1, goal: 3 });
		expect(progress.calls).toEqual({ done: 1, goal: 1 });
	});
});

describe('doneAtPaceOn', () => {
	it('says when the rest is done at the pace, today counting', () => {
		expect(doneAtPaceOn(0, 5, 'day', today)).toBe(today);
		expect(doneAtPaceOn(5, 5, 'day', today)).toBe(today);
		expect(doneAtPaceOn(6, 5, 'day', today)).toBe('2025-02-21');
		expect(doneAtPaceOn(20, 20, 'week', today)).toBe('2025-02-26');
		expect(doneAtPaceOn(21, 20, 'week', today)).toBe('2025-02-27');
		expect(doneAtPaceOn(3, 0, 'week', today)).toBeUndefined();
	});
});
