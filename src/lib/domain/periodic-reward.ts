/**
 * The periodic reward: every six months (on 1 January and 1 July), the customers who spent more
 * than the average customer in the last six months earn a voucher. The Due list proposes them.
 */
import type { Id, IsoDate, Minor } from './types';

export interface RewardCandidate {
	customerId: Id;
	/** Net spend in the last six months. */
	spend: Minor;
	visits: number;
}

export interface RewardProposal {
	/** The next reward day, 1 January or 1 July, today included. */
	rewardDay: IsoDate;
	/** Buyers of the last six months. */
	buyers: number;
	/** Their average spend in those months, rounded; 0 without buyers. */
	average: Minor;
	/** Who spent more than the average, the biggest spenders first. */
	customers: RewardCandidate[];
}

/** 1 January or 1 July, whichever comes first on or after today. */
export function nextRewardDay(today: IsoDate): IsoDate {
	const year = Number(today.slice(0, 4));
	const [month, day] = [today.slice(5, 7), today.slice(8, 10)];
	if (month === '01' && day === '01') return today;
	if (month < '07' || (month === '07' && day === '01')) return `${year}-07-01`;
	return `${year + 1}-01-01`;
}

/**
 * From each customer's spend and visits in the last six months (the segments' statistics, as of
 * `today`): the average buyer's spend, and who spent more.
 */
export function periodicReward(
	recent: Iterable<{ customerId: Id; recent6: { visits: number; spend: Minor } }>,
	today: IsoDate
): RewardProposal {
	const buyers: RewardCandidate[] = [];
	let total = 0;
	for (const { customerId, recent6 } of recent) {
		if (recent6.visits === 0) continue;
		buyers.push({ customerId, spend: recent6.spend, visits: recent6.visits });
		total += recent6.spend;
	}
	const average = buyers.length === 0 ? 0 : Math.round(total / buyers.length);
	return {
		rewardDay: nextRewardDay(today),
		buyers: buyers.length,
		average,
		customers: buyers
			.filter((b) => b.spend > average)
			.sort((a, b) => b.spend - a.spend || a.customerId.localeCompare(b.customerId))
	};
}
