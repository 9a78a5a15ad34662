import { describe, expect, it } from 'vitest';
import { customerAnniversaries } from '../../../src/lib/domain/anniversaries';

describe('"customer since" anniversaries', () => {
	it('lists a year or more since the first purchase, from today to the window end, soonest first', () => {
		const found = customerAnniversaries(
			[
				{ customerId: 'TEN', firstPurchase: '2016-12-20' },
				{ customerId: 'ONE', firstPurchase: '2025-12-03' },
				{ customerId: 'NEW', firstPurchase: '2026-11-01' },
				{ customerId: 'TODAY', firstPurchase: '2026-12-03' },
				{ customerId: 'LATE', firstPurchase: '2024-01-03' },
				{ customerId: 'PAST', firstPurchase: '2020-12-02' },
				{ customerId: 'NONE' }
			],
			'2026-12-03',
			30
		);
		expect(found).toEqual([
			{ customerId: 'ONE', since: '2025-12-03', date: '2026-12-03', years: 1, inDays: 0 },
			{ customerId: 'TEN', since: '2016-12-20', date: '2026-12-20', years: 10, inDays: 17 }
		]);
	});

	it('keeps a 29 February first purchase on 28 February in other years, across the new year', () => {
		expect(
			customerAnniversaries([{ customerId: 'LEAP', firstPurchase: '2024-02-29' }], '2027-02-01', 30)
		).toEqual([
			{ customerId: 'LEAP', since: '2024-02-29', date: '2027-02-28', years: 3, inDays: 27 }
		]);
		expect(
			customerAnniversaries([{ customerId: 'NY', firstPurchase: '2025-01-02' }], '2026-12-20', 30)
		).toEqual([
			{ customerId: 'NY', since: '2025-01-02', date: '2027-01-02', years: 2, inDays: 13 }
		]);
	});
});
