/**
 * The part of a card the counter shows before the whole card is needed: what the search finds
 * it by and lists, and what the contact plan counts. Kept packed in the database so that a
 * cold start reads a few hundred rows instead of every card.
 */
import type { SearchEntry } from './search';
import type { ContactChannel, Customer, Id } from './types';

export interface CardSummary {
	id: Id;
	firstName: string;
	lastName: string;
	phone: string;
	email: string;
	city: string;
	/** `YYYY-MM-DD`, or empty when unknown. */
	birthday: string;
	preferredChannel: ContactChannel;
	marketingConsent: boolean;
	visits: number;
	totalSpent: number;
	lastPurchase?: string;
}

export function summaryOf(customer: Customer | CardSummary): CardSummary {
	const summary: CardSummary = {
		id: customer.id,
		firstName: clean(customer.firstName),
		lastName: clean(customer.lastName),
		phone: clean(customer.phone),
		email: clean(customer.email),
		city: clean('address' in customer ? customer.address.city : customer.city),
		birthday: clean(customer.birthday),
		preferredChannel: customer.preferredChannel,
		marketingConsent: customer.marketingConsent,
		visits: customer.visits,
		totalSpent: customer.totalSpent
	};
	if (customer.lastPurchase !== undefined) summary.lastPurchase = customer.lastPurchase;
	return summary;
}

export function sameSummary(a: CardSummary, b: CardSummary): boolean {
	return (
		a.id === b.id &&
		a.firstName === b.firstName &&
		a.lastName === b.lastName &&
		a.phone === b.phone &&
		a.email === b.email &&
		a.city === b.city &&
		a.birthday === b.birthday &&
		a.preferredChannel === b.preferredChannel &&
		a.marketingConsent === b.marketingConsent &&
		a.visits === b.visits &&
		a.totalSpent === b.totalSpent &&
		a.lastPurchase === b.lastPurchase
	);
}

/**
 * The summaries of some cards in one stored row, field by field, each text field one string
 * joined by NUL: IndexedDB reads a dozen long strings far faster than a thousand short ones.
 * The row also carries what the search scans (folded names, lower-case emails, phone digits),
 * so a cold start folds nothing; a change to `searchEntryOf` needs a schema version that
 * rewrites the index.
 */
export interface PackedSummaries {
	/** Live cards in the row. */
	count: number;
	/**
	 * The ids of the row's deleted cards (kept as tombstones): with them the rows account for
	 * every stored card, so a start can tell by a count that the index is out of step.
	 */
	tombstones: string;
	tombstoneCount: number;
	ids: string;
	firstNames: string;
	lastNames: string;
	phones: string;
	emails: string;
	cities: string;
	birthdays: string;
	preferredChannels: string;
	/** Empty for a card without purchases. */
	lastPurchases: string;
	/** 1 for consent, 0 for none. */
	marketingConsent: Uint8Array;
	visits: Int32Array;
	totalSpent: Float64Array;
	searchNames: string;
	searchEmails: string;
	searchPhones: string;
}

export const FIELD_SEPARATOR = '\u0000';

/** NUL separates the packed fields; no one types it, and a pasted one is dropped from the summary. */
function clean(text: string): string {
	return text.includes(FIELD_SEPARATOR) ? text.replaceAll(FIELD_SEPARATOR, '') : text;
}

export function split(text: string, count: number): string[] {
	// ''.split() gives [''], right for one empty value; no values at all is an empty row.
	return count === 0 ? [] : text.split(FIELD_SEPARATOR);
}

/** The row's ids, for a caller that unpacks both the summaries and the search entries. */
export function packedIds(packed: PackedSummaries): Id[] {
	return split(packed.ids, packed.count);
}

export function unpackSummaries(
	packed: PackedSummaries,
	ids: readonly Id[] = packedIds(packed)
): CardSummary[] {
	const n = packed.count;
	const firstNames = split(packed.firstNames, n);
	const lastNames = split(packed.lastNames, n);
	const phones = split(packed.phones, n);
	const emails = split(packed.emails, n);
	const cities = split(packed.cities, n);
	const birthdays = split(packed.birthdays, n);
	const channels = split(packed.preferredChannels, n) as ContactChannel[];
	const lastPurchases = split(packed.lastPurchases, n);
	return ids.map((id, i) => {
		const summary: CardSummary = {
			id,
			firstName: firstNames[i],
			lastName: lastNames[i],
			phone: phones[i],
			email: emails[i],
			city: cities[i],
			birthday: birthdays[i],
			preferredChannel: channels[i],
			marketingConsent: packed.marketingConsent[i] === 1,
			visits: packed.visits[i],
			totalSpent: packed.totalSpent[i]
		};
		if (lastPurchases[i] !== '') summary.lastPurchase = lastPurchases[i];
		return summary;
	});
}

/** What the search scans for each card of the row, as `searchEntryOf` would make it. */
export function unpackSearchEntries(
	packed: PackedSummaries,
	ids: readonly Id[] = packedIds(packed)
): SearchEntry[] {
	const n = packed.count;
	const names = split(packed.searchNames, n);
	const emails = split(packed.searchEmails, n);
	const phones = split(packed.searchPhones, n);
	return ids.map((id, i) => ({ id, name: names[i], email: emails[i], phoneDigits: phones[i] }));
}
