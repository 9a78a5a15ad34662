import { describe, expect, it } from 'vitest';
import {
	addDays,
	contactCounts,
	contactPlan,
	dueCalls,
	dueLetters,
	nextBirthday,
	upcomingBirthdays,
	type ContactRecord
} from '../../../src/lib/domain/contact-plan';
import type { Note } from '../../../src/lib/domain/types';
import { summaryOf } from '../../../src/lib/domain/card-summary';
import { DEMO_SHOP_DEFAULT, generateDemoShop } from '../../../src/lib/domain/demo-shop';
import { card } from '../../fixtures/letters/customers';

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

describe('addDays', () => {
	it('crosses months and years', () => {
		expect(addDays('2024-12-25', 10)).toBe('2025-01-04');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
	});
});

describe('dueLetters', () => {
	it('is due with no letter in 90 days; never-written first; opt-outs left out', () => {
		const never = card({ lastName: 'Never' });
		const old = card({ lastName: 'Old' });
		const recent = card({ lastName: 'Recent' });
		const optOut = card({ marketingConsent: false });
		const contacts = [
			contact(old.id, 'letter', '2024-11-21'),
			contact(recent.id, 'letter', '2024-11-23'),
			contact(recent.id, 'call', '2024-01-01')
		];
		const due = dueLetters([recent, old, never, optOut], contacts, today);
		expect(due.map((d) => d.customer.lastName)).toEqual(['Never', 'Old']);
		expect(due[1].lastLetter).toBe('2024-11-21');
	});
});

describe('dueCalls', () => {
	const spenders = [100, 200, 300, 400].map((spent) =>
		card({ visits: 1, totalSpent: spent, lastPurchase: '2025-01-01' })
	);

	it('puts call-backs, then heavy buyers, then former buyers, then the rest', () => {
		const heavy = card({ visits: 5, totalSpent: 5000, lastPurchase: '2025-02-01' });
		const former = card({ visits: 4, totalSpent: 900, lastPurchase: '2023-06-01' });
		const callBack = card({ visits: 1, totalSpent: 50, lastPurchase: '2025-01-01' });
		const later = card({ visits: 1, totalSpent: 50, lastPurchase: '2025-01-01' });
		const contacts = [
			contact(callBack.id, 'call', '2025-02-10', {
				callOutcome: 'call-back',
				callBackOn: '2025-02-20'
			}),
			contact(later.id, 'call', '2025-02-10', {
				callOutcome: 'call-back',
				callBackOn: '2025-03-01'
			})
		];
		const due = dueCalls([...spenders, heavy, former, callBack, later], contacts, today);
		expect(due.slice(0, 3).map((d) => [d.customer.id, d.reason])).toEqual([
			[callBack.id, 'call-back'],
			[heavy.id, 'heavy'],
			[former.id, 'former']
		]);
		expect(due.find((d) => d.customer.id === later.id)).toBeUndefined();
		expect(due).toHaveLength(7);
	});

	it('a reached call in six months is enough; no answer is not', () => {
		const reached = card({ visits: 2, lastPurchase: '2025-01-01' });
		const noAnswer = card({ visits: 2, lastPurchase: '2025-01-01' });
		const longAgo = card({ visits: 2, lastPurchase: '2025-01-01' });
		const contacts = [
			contact(reached.id, 'call', '2024-12-01', { callOutcome: 'reached' }),
			contact(noAnswer.id, 'call', '2025-02-01', { callOutcome: 'no-answer' }),
			contact(longAgo.id, 'call', '2024-06-01', { callOutcome: 'reached' })
		];
		const ids = dueCalls([reached, noAnswer, longAgo], contacts, today).map((d) => d.customer.id);
		expect(ids.sort()).toEqual([noAnswer.id, longAgo.id].sort());
	});

	it('skips prospects, cards without a phone and those who declined contact', () => {
		const cards = [
			card({ visits: 0 }),
			card({ visits: 2, phone: '' }),
			card({ visits: 2, preferredChannel: 'none' })
		];
		expect(dueCalls(cards, [], today)).toEqual([]);
	});
});

describe('birthdays', () => {
	it('finds the next birthday, this year or next', () => {
		expect(nextBirthday('1980-02-25', today)).toBe('2025-02-25');
		expect(nextBirthday('1980-02-20', today)).toBe('2025-02-20');
		expect(nextBirthday('1980-01-05', today)).toBe('2026-01-05');
	});

	it('keeps a 29 February birthday on 28 February outside leap years', () => {
		expect(nextBirthday('2000-02-29', '2025-02-20')).toBe('2025-02-28');
		expect(nextBirthday('2000-02-29', '2024-02-20')).toBe('2024-02-29');
		expect(nextBirthday('2000-02-29', '2025-03-01')).toBe('2026-02-28');
	});

	it('finds the same birthdays as working out each next birthday, around leap days and new year', () => {
		const birthdays = [
			'2000-02-29',
			'1990-02-28',
			'1985-03-01',
			'1970-12-31',
			'1970-01-01',
			'1999-01-07',
			'1988-06-15',
			'not a date',
			'1990-13-45',
			'x990-03-01'
		];
		const cards = birthdays.map((birthday, i) => card({ id: `b${i}`, birthday }));
		const todays = [
			'2024-02-20',
			'2025-02-20',
			'2025-02-28',
			'2024-02-29',
			'2025-12-28',
			'2023-12-31'
		];
		for (const day of todays) {
			for (const within of [0, 1, 7, 30, 400]) {
				const expected = cards
					.flatMap((c) => {
						const date = nextBirthday(c.birthday, day);
						if (!date) return [];
						const inDays = Math.round((Date.parse(date) - Date.parse(day)) / 86_400_000);
						return inDays <= within ? [[c.id, date, inDays]] : [];
					})
					.sort(
						(a, b) =>
							(a[2] as number) - (b[2] as number) || String(a[0]).localeCompare(String(b[0]))
					);
				const found = upcomingBirthdays(cards, day, within).map((b) => [
					b.customer.id,
					b.date,
					b.inDays
				]);
				expect(found, `${day} within ${within}`).toEqual(expected);
			}
		}
	});

	it('lists birthdays within 7 and 30 days, soonest first', () => {
		const leap = card({ birthday: '2000-02-29' });
		const today0 = card({ birthday: '1990-02-20' });
		const inMonth = card({ birthday: '1970-03-15' });
		const far = card({ birthday: '1970-06-15' });
		const none = card({ birthday: '' });
		const cards = [leap, today0, inMonth, far, none];
		expect(upcomingBirthdays(cards, today, 7).map((b) => [b.customer.id, b.inDays])).toEqual([
			[today0.id, 0]
		]);
		expect(upcomingBirthdays(cards, today, 8).map((b) => b.customer.id)).toEqual([
			today0.id,
			leap.id
		]);
		expect(upcomingBirthdays(cards, today, 30).map((b) => b.customer.id)).toEqual([
			today0.id,
			leap.id,
			inMonth.id
		]);
	});
});

describe('contactPlan', () => {
	it('gathers letters, calls, birthdays and open complaints', () => {
		const c = card({ birthday: '1990-02-23', visits: 2, lastPurchase: '2025-01-01' });
		const gone = card({ deletedAt: 5 });
		const note = (customerId: string, status: 'open' | 'answered'): Note => ({
			id: `N-${customerId}-${status}`,
			customerId,
			kind: 'complaint',
			text: 'late',
			status,
			createdAt: Date.parse('2025-02-10T10:00:00Z'),
			updatedAt: 0
		});
		const plan = contactPlan(
			[c, gone],
			[],
			[note(c.id, 'open'), note(c.id, 'answered'), note(gone.id, 'open')],
			today
		);
		expect(plan.letters.map((d) => d.customer.id)).toEqual([c.id]);
		expect(plan.calls.map((d) => d.customer.id)).toEqual([c.id]);
		expect(plan.birthdaysWeek.map((b) => b.inDays)).toEqual([3]);
		expect(plan.birthdaysMonth).toHaveLength(1);
		expect(plan.complaints.map((x) => [x.note.id, x.waiting])).toEqual([[`N-${c.id}-open`, 10]]);
	});
});

describe('contactCounts', () => {
	it('counts what the plan lists, from the cards or their summaries alike', () => {
		const shop = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today });
		const [first, second, third] = shop.customers;
		const contacts = [
			contact(first.id, 'letter', '2025-02-01'),
			contact(second.id, 'call', '2025-01-10'),
			contact(third.id, 'call', '2025-02-01', {
				callOutcome: 'call-back',
				callBackOn: '2025-02-19'
			})
		];
		const plan = contactPlan(shop.customers, contacts, shop.notes, today);
		const counts = {
			letters: plan.letters.length,
			calls: plan.calls.length,
			birthdaysWeek: plan.birthdaysWeek.length,
			complaints: plan.complaints.length
		};
		expect(counts.letters).toBeGreaterThan(0);
		expect(counts.calls).toBeGreaterThan(0);
		expect(contactCounts(shop.customers, contacts, shop.notes, today)).toEqual(counts);
		expect(contactCounts(shop.customers.map(summaryOf), contacts, shop.notes, today)).toEqual(
			counts
		);
	});
});
