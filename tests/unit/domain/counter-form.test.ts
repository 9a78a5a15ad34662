import { describe, expect, it } from 'vitest';
import {
	counterFormProblems,
	feedbackSummary,
	friendsToLink,
	hasFeedback,
	isHeardFrom,
	isRating,
	sourceCounts,
	unusableCodes,
	type Feedback,
	type SignUpSource
} from '../../../src/lib/domain/counter-form';

const at = (n: number) => ({ createdAt: n, updatedAt: n });

function fb(id: string, n: number, rating: Feedback['rating'], suggestion = ''): Feedback {
	return { id, customerId: `c${id}`, ...at(n), ...(rating ? { rating } : {}), suggestion };
}

function src(id: string, n: number, extra: Partial<SignUpSource>): SignUpSource {
	return { id, customerId: `c${id}`, source: 'friend', ...at(n), ...extra };
}

describe('counter form rules', () => {
	it('knows its ratings and sources', () => {
		expect(isRating(3)).toBe(true);
		expect(isRating(0)).toBe(false);
		expect(isRating(6)).toBe(false);
		expect(isRating('5')).toBe(false);
		expect(isHeardFrom('newspaper')).toBe(true);
		expect(isHeardFrom('tv')).toBe(false);
	});

	it('treats the feedback step as optional', () => {
		expect(hasFeedback({ suggestion: '  ' })).toBe(false);
		expect(hasFeedback({ rating: 4, suggestion: '' })).toBe(true);
		expect(hasFeedback({ suggestion: 'More tulips' })).toBe(true);
	});

	it('refuses overlong text and ratings out of range', () => {
		expect(counterFormProblems({ suggestion: 'ok', rating: 5, friendName: 'Ann' })).toEqual([]);
		expect(
			counterFormProblems({ suggestion: 'x'.repeat(1001), rating: 7, friendName: 'y'.repeat(201) })
		).toEqual(['friend-name-long', 'suggestion-long', 'rating']);
	});
});

describe('feedback summary', () => {
	it('averages the ratings given, to one decimal, and lists the latest suggestions', () => {
		const rows = [
			fb('1', 1, 5, 'Open on Sundays'),
			fb('2', 2, 4),
			fb('3', 3, undefined, 'More parking'),
			fb('4', 4, 4, '  '),
			{ ...fb('5', 5, 1, 'Deleted'), deletedAt: 6 }
		];
		const summary = feedbackSummary(rows, 5);
		expect(summary.count).toBe(4);
		expect(summary.rated).toBe(3);
		expect(summary.average).toBe(4.3);
		expect(summary.byRating).toEqual({ 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 });
		expect(summary.latestSuggestions.map((f) => f.id)).toEqual(['3', '1']);
		expect(summary.unanswered).toBe(2);
		expect(feedbackSummary(rows, 1).latestSuggestions.map((f) => f.id)).toEqual(['3']);
	});

	it('has no average without ratings, and counts answered suggestions out', () => {
		const summary = feedbackSummary([{ ...fb('1', 1, undefined, 'Hi'), answeredAt: 2 }]);
		expect(summary.average).toBeUndefined();
		expect(summary.unanswered).toBe(0);
	});
});

describe('sources', () => {
	const rows = [
		src('1', 1, { source: 'passing-by' }),
		src('2', 2, { friendName: 'Ann Levi' }),
		src('3', 3, { friendName: 'Bob', referrerId: 'cX' }),
		src('4', 4, { voucherCode: 'ABC', codeOutcome: 'used' }),
		src('5', 5, { voucherCode: 'DEF', codeOutcome: 'linked', referrerId: 'cY' }),
		src('6', 6, { source: 'passing-by', deletedAt: 7 })
	];

	it('counts every source, zero included, in the form order', () => {
		expect(sourceCounts(rows)).toEqual([
			{ source: 'friend', count: 4 },
			{ source: 'passing-by', count: 1 },
			{ source: 'social-media', count: 0 },
			{ source: 'newspaper', count: 0 },
			{ source: 'other', count: 0 }
		]);
	});

	it('lists the friends named but not linked, and the codes that could not be used', () => {
		expect(friendsToLink(rows).map((r) => r.id)).toEqual(['2']);
		expect(unusableCodes(rows).map((r) => r.id)).toEqual(['4']);
	});
});
