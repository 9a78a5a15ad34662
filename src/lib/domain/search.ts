/** Finding a card while the owner types: normalisation of names, phones and emails, and matching. */
import type { CustomerFields } from './types';

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds text for matching: case, accents and Hebrew vowel points are ignored, and Greek final
 * sigma equals sigma, so "Zoë", "zoe" and "ZOE" are the same word.
 */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ς/g, 'σ');
}

export function digitsOf(text: string): string {
	return text.replace(/\D/g, '');
}

/** The words a card is found by: every word of the name and the parts of the email. */
export function searchWordsOf(
	fields: Pick<CustomerFields, 'firstName' | 'lastName' | 'email'>
): string[] {
	const text = `${fields.firstName} ${fields.lastName} ${fields.email}`;
	const words = foldText(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
	return [...new Set(words)];
}

/** What the search scans for one card, prepared once so that each keystroke is a plain scan. */
export interface SearchEntry {
	id: string;
	/** Folded full name, for matching any part of it. */
	name: string;
	email: string;
	phoneDigits: string;
}

export function searchEntryOf(
	customer: Pick<CustomerFields, 'firstName' | 'lastName' | 'email' | 'phone'> & { id: string }
): SearchEntry {
	return {
		id: customer.id,
		name: foldText(`${customer.firstName} ${customer.lastName}`),
		email: customer.email.toLowerCase(),
		phoneDigits: digitsOf(customer.phone)
	};
}

export interface PreparedQuery {
	text: string;
	/** Text words, each of which must appear in the name (in any order). */
	words: string[];
	digits: string;
	/** True when the query is a phone number or part of one. */
	isPhone: boolean;
}

export function prepareQuery(query: string): PreparedQuery {
	const text = foldText(query.trim());
	const digits = digitsOf(text);
	const isPhone = digits.length >= 3 && /^[\d\s()+\-./]+$/.test(text);
	const words = text.split(/\s+/).filter((w) => w.length > 0);
	return { text, words, digits, isPhone };
}

const stripLeadingZeros = (digits: string) => digits.replace(/^0+/, '');

/**
 * Phone numbers match on any run of digits, and a number typed with its country prefix
 * (+972 50 123 4567) matches the same number stored nationally (050-123-4567), and back.
 */
export function phoneMatches(storedDigits: string, queryDigits: string): boolean {
	if (storedDigits.length === 0 || queryDigits.length === 0) return false;
	if (storedDigits.includes(queryDigits)) return true;
	const stored = stripLeadingZeros(storedDigits);
	const typed = stripLeadingZeros(queryDigits);
	const shorter = Math.min(stored.length, typed.length);
	if (shorter < 7) return false;
	return stored.endsWith(typed) || typed.endsWith(stored);
}

export function entryMatches(entry: SearchEntry, query: PreparedQuery): boolean {
	if (query.text.length === 0) return false;
	if (query.isPhone) return phoneMatches(entry.phoneDigits, query.digits);
	if (query.words.every((w) => entry.name.includes(w))) return true;
	return query.words.length === 1 && entry.email.includes(query.words[0]);
}

/** Ids of matching cards, names that start with the query first, at most `limit` of them. */
export function searchEntries(
	entries: readonly SearchEntry[],
	rawQuery: string,
	limit = 50
): string[] {
	const query = prepareQuery(rawQuery);
	if (query.text.length === 0) return [];
	const starts: string[] = [];
	const others: string[] = [];
	for (const entry of entries) {
		if (!entryMatches(entry, query)) continue;
		const startsWithQuery =
			entry.name.startsWith(query.text) || entry.name.includes(` ${query.text}`);
		(startsWithQuery ? starts : others).push(entry.id);
		if (starts.length >= limit) break;
	}
	return [...starts, ...others].slice(0, limit);
}
