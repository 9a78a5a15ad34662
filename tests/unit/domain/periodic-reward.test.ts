import { describe, expect, it } from 'vitest';
import { nextRewardDay, periodicReward } from '../../../src/lib/domain/periodic-reward';

describe('the periodic reward', () => {
	it('comes every six months, on 1 January and 1 July', () => {
		expect(nextRewardDay('2026-12-03')).toBe('2027-01-01');
		expect(nextRewardDay('2027-01-01')).toBe('2027-01-01');
		expect(nextRewardDay('2027-01-02')).toBe('2027-07-01');
		expect(nextRewardDay('2027-06-30')).toBe('2027-07-01');
		expect(nextRewardDay('2027-07-01')).toBe('2027-07-01');
		expect(nextRewardDay('2027-07-02')).toBe('2028-01-01');
	});

	it('proposes who spent more than the average buyer of the last six months', () => {
		const recent = (customerId: string, spend: number, visits: number) => ({
			customerId,
			recent6: { spend, visits }
		});
		const proposal = periodicReward(
			[
				recent('A', 30000, 4),
				recent('B', 10000, 2),
				recent('C', 20000, 1),
				recent('D', 0, 0), // no purchase in the six months: not a buyer
				recent('E', 20001, 3)
			],
			'2026-12-03'
		);
		expect(proposal).toEqual({
			rewardDay: '2027-01-01',
			buyers: 4,
			average: 20000,
			customers: [
				{ customerId: 'A', spend: 30000, visits: 4 },
				{ customerId: 'E', spend: 20001, visits: 3 }
			]
		});
		expect(periodicReward([], '2026-12-03')).toMatchObject({
			buyers: 0,
			average: 0,
			customers: []
		});
	});
});
