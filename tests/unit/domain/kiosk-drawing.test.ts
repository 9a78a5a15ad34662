import { describe, expect, it } from 'vitest';
import {
	contactKeyOf,
	drawProblem,
	fairIndex,
	latestDraw,
	monthOf,
	pickWinner,
	uniqueEntrants,
	type DrawingEntry,
	type DrawingRecord
} from '../../../src/lib/domain/kiosk-drawing';

function entry(customerId: string, date: string, createdAt: number, contactKey = ''): DrawingEntry {
	return {
		id: `E${createdAt}`,
		month: monthOf(date),
		customerId,
		date,
		contactKey,
		createdAt,
		updatedAt: createdAt
	};
}

function draw(id: string, month: string, drawnAt: number, extra: Partial<DrawingRecord> = {}) {
	return {
		id,
		month,
		date: `${month}-28`,
		drawnAt,
		entrants: ['a'],
		winnerId: 'a',
		createdAt: drawnAt,
		updatedAt: drawnAt,
		...extra
	} satisfies DrawingRecord;
}

/** A deterministic 32-bit source (xorshift32) standing in for crypto in tests. */
function fakeSource(seed: number) {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state >>>= 0;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state;
	};
}

describe('fair draw', () => {
	it('picks every entrant about equally often over many draws', () => {
		const entrants = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		const counts = new Map(entrants.map((id) => [id, 0]));
		const next = fakeSource(2026);
		const draws = 70_000;
		for (let i = 0; i < draws; i++) {
			const winner = pickWinner(entrants, next);
			counts.set(winner, (counts.get(winner) ?? 0) + 1);
		}
		const expected = draws / entrants.length;
		// Chi-square with 6 degrees of freedom: above 22.46 happens by chance once in a thousand.
		let chiSquare = 0;
		for (const count of counts.values()) chiSquare += (count - expected) ** 2 / expected;
		expect(chiSquare).toBeLessThan(22.46);
	});

	it('rejects the values a modulo would favour, instead of folding them onto low indexes', () => {
		// With n = 3, 2^32 mod 3 = 1: the single top value 2^32 - 1 would make index 0 more likely.
		const values = [2 ** 32 - 1, 2 ** 32 - 1, 5];
		const next = () => values.shift()!;
		expect(fairIndex(3, next)).toBe(5 % 3);
		expect(values).toEqual([]);
	});

	it('is exactly uniform over one full cycle of a source that yields each accepted value once', () => {
		// A source that counts 0..k-1 (k a multiple of n below 2^32) covers each index equally.
		const n = 6;
		let value = 0;
		const counts = new Array<number>(n).fill(0);
		for (let i = 0; i < n * 1000; i++) counts[fairIndex(n, () => value++)]++;
		expect(counts).toEqual(new Array<number>(n).fill(1000));
	});

	it('accepts only the largest multiple of n below 2^32', () => {
		const n = 2 ** 31 + 1; // only one multiple fits: values from n onwards are rejected
		const values = [n, 2 ** 32 - 1, n - 1];
		expect(fairIndex(n, () => values.shift()!)).toBe(n - 1);
	});

	it('refuses an empty draw', () => {
		expect(() => fairIndex(0, () => 0)).toThrow(RangeError);
	});
});

describe('entrants', () => {
	it('counts a card that signed up twice this month once', () => {
		const entries = [
			entry('a', '2026-11-02', 1),
			entry('b', '2026-11-03', 2),
			entry('a', '2026-11-20', 3)
		];
		expect(uniqueEntrants(entries, '2026-11')).toEqual(['a', 'b']);
	});

	it('counts one contact once even on two cards', () => {
		const entries = [
			entry('a', '2026-11-02', 1, 'e:dana@example.com'),
			entry('b', '2026-11-03', 2, 'e:dana@example.com'),
			entry('c', '2026-11-04', 3, '')
		];
		expect(uniqueEntrants(entries, '2026-11')).toEqual(['a', 'c']);
	});

	it('leaves out cards no longer in the file', () => {
		const entries = [entry('a', '2026-11-02', 1), entry('b', '2026-11-03', 2)];
		expect(uniqueEntrants(entries, '2026-11', (id) => id !== 'a')).toEqual(['b']);
	});

	it('keys contacts by email first, else phone digits', () => {
		expect(contactKeyOf(' Dana@Example.com ', '050 1')).toBe('e:dana@example.com');
		expect(contactKeyOf('', '+972 (50) 123')).toBe('p:97250123');
		expect(contactKeyOf('', '')).toBe('');
	});
});

describe('month boundaries', () => {
	it('puts the last day of a month and the first of the next in different draws', () => {
		const entries = [
			entry('a', '2026-01-31', 1),
			entry('b', '2026-02-01', 2),
			entry('c', '2025-12-31', 0),
			entry('d', '2026-02-28', 3)
		];
		expect(uniqueEntrants(entries, '2026-01')).toEqual(['a']);
		expect(uniqueEntrants(entries, '2026-02')).toEqual(['b', 'd']);
		expect(uniqueEntrants(entries, '2025-12')).toEqual(['c']);
	});

	it('reads the month from the calendar day', () => {
		expect(monthOf('2024-02-29')).toBe('2024-02');
		expect(monthOf('2026-12-31')).toBe('2026-12');
	});
});

describe('redraw rules', () => {
	it('needs entrants for any draw', () => {
		expect(drawProblem([], undefined, '')).toBe('no-entrants');
	});

	it('needs no reason for the first draw of a month', () => {
		expect(drawProblem(['a'], undefined, '')).toBeUndefined();
	});

	it('needs a reason for a redraw', () => {
		const first = draw('D1', '2026-11', 10);
		expect(drawProblem(['a'], first, '')).toBe('reason-needed');
		expect(drawProblem(['a'], first, '  x ')).toBe('reason-needed');
		expect(drawProblem(['a'], first, 'Winner could not be reached')).toBeUndefined();
	});

	it('takes the latest draw of the asked month only', () => {
		const history = [
			draw('D1', '2026-10', 5),
			draw('D2', '2026-11', 10),
			draw('D3', '2026-11', 20, { replaces: 'D2', reason: 'moved away' }),
			draw('D4', '2026-12', 30)
		];
		expect(latestDraw(history, '2026-11')?.id).toBe('D3');
		expect(latestDraw(history, '2026-09')).toBeUndefined();
	});
});
