/**
 * "Customer since" anniversaries: a year (or two, or ten) since a customer's first purchase,
 * proposed on the Due list for a thank-you letter or a call.
 */
import { nextBirthday } from './contact-plan';
import { daysBetween } from './dates';
import type { Id, IsoDate } from './types';

export interface CustomerAnniversary {
	customerId: Id;
	/** The first purchase. */
	since: IsoDate;
	/** The anniversary to come, on or after today (29 February on 28 February in other years). */
	date: IsoDate;
	years: number;
	inDays: number;
}

/** Anniversaries of at least one year from today to `withinDays` ahead, soonest first. */
export function customerAnniversaries(
	firstPurchases: Iterable<{ customerId: Id; firstPurchase?: IsoDate }>,
	today: IsoDate,
	withinDays: number
): CustomerAnniversary[] {
	const found: CustomerAnniversary[] = [];
	for (const { customerId, firstPurchase } of firstPurchases) {
		if (!firstPurchase || firstPurchase >= today) continue;
		const date = nextBirthday(firstPurchase, today);
		if (!date) continue;
		const inDays = daysBetween(today, date);
		const years = Number(date.slice(0, 4)) - Number(firstPurchase.slice(0, 4));
		if (inDays <= withinDays && years >= 1) {
			found.push({ customerId, since: firstPurchase, date, years, inDays });
		}
	}
	return found.sort(
		(a, b) => a.inDays - b.inDays || b.years - a.years || a.customerId.localeCompare(b.customerId)
	);
}
