/**
 * Who a batch of letters goes to. An audience is a named pure predicate over cards, so segment
 * audiences from other features plug in as one more Audience.
 */
import { nextBirthday } from './contact-plan';
import { daysBetween } from './dates';
import type { ShopAnalysis } from './segments';
import { audienceId, audienceIds, type AudienceKey } from './segments-audiences';
import type { Customer, Id, IsoDate } from './types';

export interface Audience {
	/** Stable id, e.g. "all", "tag:roses", "lapsed:6"; stored on the campaign. */
	id: string;
	includes: (customer: Customer) => boolean;
}

export const allCustomers: Audience = { id: 'all', includes: () => true };

export function withTag(tag: string): Audience {
	const wanted = tag.trim().toLocaleLowerCase();
	return {
		id: `tag:${tag.trim()}`,
		includes: (c) => c.tags.some((t) => t.toLocaleLowerCase() === wanted)
	};
}

/** Signed up but never bought. */
export const prospects: Audience = { id: 'prospects', includes: (c) => c.visits === 0 };

/** Bought before, but nothing in the last `months` months (30-day months, as the owner counts). */
export function noPurchaseSince(months: number, today: IsoDate): Audience {
	return {
		id: `lapsed:${months}`,
		includes: (c) =>
			c.visits > 0 &&
			c.lastPurchase !== undefined &&
			daysBetween(c.lastPurchase, today) > Math.round(months * 30.44)
	};
}

/** Birthdays from today to `days` days ahead (29 February counts on the 28th in other years). */
export function birthdaysWithin(days: number, today: IsoDate): Audience {
	return {
		id: `birthdays:${days}`,
		includes: (c) => {
			const next = c.birthday ? nextBirthday(c.birthday, today) : undefined;
			return next !== undefined && daysBetween(today, next) <= days;
		}
	};
}

export function handPicked(ids: readonly Id[]): Audience {
	const set = new Set(ids);
	return { id: 'picked', includes: (c) => set.has(c.id) };
}

/**
 * A segments audience (a buyer group, an 80/20 class, declining, stopped, prospects) as the
 * segments computed it, so a letter goes to exactly the list the segments page shows.
 */
export function fromSegment(key: AudienceKey, analysis: ShopAnalysis): Audience {
	const members = new Set(audienceIds(analysis, key));
	return { id: `segment:${audienceId(key)}`, includes: (c) => members.has(c.id) };
}

/** Declined letters: asked for no contact at all, or gave no marketing consent. */
export function declinesLetters(
	customer: Pick<Customer, 'preferredChannel' | 'marketingConsent'>
): boolean {
	return customer.preferredChannel === 'none' || !customer.marketingConsent;
}

export interface AudienceSelection {
	recipients: Customer[];
	/** In the audience, but left out because they declined letters. */
	optedOut: number;
}

/** The live cards of an audience who accept letters, sorted by last name for the post. */
export function selectRecipients(
	customers: readonly Customer[],
	audience: Audience
): AudienceSelection {
	const recipients: Customer[] = [];
	let optedOut = 0;
	for (const customer of customers) {
		if (customer.deletedAt !== undefined || !audience.includes(customer)) continue;
		if (declinesLetters(customer)) optedOut++;
		else recipients.push(customer);
	}
	recipients.sort(
		(a, b) =>
			a.lastName.localeCompare(b.lastName) ||
			a.firstName.localeCompare(b.firstName) ||
			a.id.localeCompare(b.id)
	);
	return { recipients, optedOut };
}

/** Every tag on the cards, for the audience picker. */
export function allTags(customers: readonly Customer[]): string[] {
	const tags = new Set<string>();
	for (const c of customers) if (c.deletedAt === undefined) c.tags.forEach((t) => tags.add(t));
	return [...tags].sort((a, b) => a.localeCompare(b));
}
