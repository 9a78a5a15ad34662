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

/** Longest country calling code (ITU E.164: 1 to 3 digits). */
const LONGEST_COUNTRY_CODE = 3;

/**
 * A number typed nationally with its trunk 0 (052 123...) without that 0, or undefined when the
 * digits do not start with exactly one 0 (00 starts an international number).
 */
export function nationalPart(digits: string): string | undefined {
	return /^0[1-9]/.test(digits) ? digits.slice(1) : undefined;
}

/**
 * The typed national digits (without their 0) follow a country code at the start of a number
 * stored internationally: "0521234" finds "+972 52 123 4567" while it is still being typed.
 */
function followsCountryCode(storedDigits: string, national: string): boolean {
	// Stored as 00 972 ... (the international call prefix) is the same as +972 ...
	const international = storedDigits.startsWith('00') ? storedDigits.slice(2) : storedDigits;
	if (international.startsWith('0')) return false;
	for (let code = 1; code <= LONGEST_COUNTRY_CODE; code++) {
		if (international.startsWith(national, code)) return true;
	}
	return false;
}

/**
 * Phone numbers match on any run of digits; a number typed with its national leading 0 matches
 * the same number stored with its country code, digit by digit as it is typed; and a whole number
 * typed with its country prefix (+972 50 123 4567) matches it stored nationally (050-123-4567).
 */
export function phoneMatches(storedDigits: string, queryDigits: string): boolean {
	if (storedDigits.length === 0 || queryDigits.length === 0) return false;
	if (storedDigits.includes(queryDigits)) return true;
	const national = nationalPart(queryDigits);
	if (national !== undefined && national.length >= 2 && followsCountryCode(storedDigits, national))
		return true;
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

/**
 * The entries' fields joined into one text each, so a keystroke is a few native `indexOf` calls
 * over the whole card file instead of one `includes` per card: 50,000 cards answer in well under
 * a millisecond. Finds what `entryMatches` accepts, card by card.
 */
export interface SearchIndex {
	entries: readonly SearchEntry[];
	names: Haystack;
	emails: Haystack;
	phones: Haystack;
}

interface Haystack {
	text: string;
	/** Where entry i's field starts in `text`. */
	starts: Int32Array;
}

/** Never typed into a name, email or phone number, so no match can run across two cards. */
const SEPARATOR = '\u0000';

function haystackOf(values: readonly string[]): Haystack {
	const starts = new Int32Array(values.length);
	let at = 0;
	values.forEach((value, i) => {
		starts[i] = at;
		at += value.length + SEPARATOR.length;
	});
	return { text: values.join(SEPARATOR), starts };
}

export function searchIndexOf(entries: readonly SearchEntry[]): SearchIndex {
	return {
		entries,
		names: haystackOf(entries.map((e) => e.name)),
		emails: haystackOf(entries.map((e) => e.email)),
		phones: haystackOf(entries.map((e) => e.phoneDigits))
	};
}

/** The entry whose field holds position `at`: the last start at or before it. */
function entryAt(starts: Int32Array, at: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle] <= at) low = middle;
		else high = middle - 1;
	}
	return low;
}

/**
 * Indexes of the entries whose field contains `needle`, ascending, found one at a time: a short
 * query matches most of the shop, and the search stops as soon as it has enough.
 */
function* entriesContaining(haystack: Haystack, needle: string): Generator<number> {
	if (needle.includes(SEPARATOR)) return;
	let from = 0;
	for (;;) {
		const at = haystack.text.indexOf(needle, from);
		if (at < 0) return;
		const entry = entryAt(haystack.starts, at);
		yield entry;
		if (entry + 1 >= haystack.starts.length) return;
		from = haystack.starts[entry + 1];
	}
}

function* unionAscending(a: Iterator<number>, b: Iterator<number>): Generator<number> {
	let x = a.next();
	let y = b.next();
	while (!x.done || !y.done) {
		if (y.done || (!x.done && x.value < y.value)) {
			yield x.value;
			x = a.next();
		} else if (x.done || y.value < x.value) {
			yield y.value;
			y = b.next();
		} else {
			yield x.value;
			x = a.next();
			y = b.next();
		}
	}
}

function* candidatesOf(index: SearchIndex, query: PreparedQuery): Generator<number> {
	if (query.isPhone) {
		// Short fragments match by containment alone; longer numbers also match across a country
		// prefix, which a text search cannot see, so they are checked card by card.
		if (query.digits.length < 7) {
			const national = nationalPart(query.digits);
			if (national === undefined) {
				yield* entriesContaining(index.phones, query.digits);
				return;
			}
			// Typed with a national 0: every match holds the digits after the 0 somewhere.
			for (const i of entriesContaining(index.phones, national)) {
				if (phoneMatches(index.entries[i].phoneDigits, query.digits)) yield i;
			}
			return;
		}
		for (let i = 0; i < index.entries.length; i++) {
			if (phoneMatches(index.entries[i].phoneDigits, query.digits)) yield i;
		}
		return;
	}
	const longest = query.words.reduce((a, b) => (b.length > a.length ? b : a));
	function* byName(): Generator<number> {
		for (const i of entriesContaining(index.names, longest)) {
			if (query.words.every((w) => index.entries[i].name.includes(w))) yield i;
		}
	}
	if (query.words.length !== 1) yield* byName();
	else yield* unionAscending(byName(), entriesContaining(index.emails, query.words[0]));
}

/**
 * Positions (in the index's entries) of matching cards, names that start with the query first,
 * at most `limit` of them: a caller that keeps its cards in the entries' order takes them by
 * position, with no lookup by id.
 */
export function searchPositions(index: SearchIndex, rawQuery: string, limit = 50): number[] {
	const query = prepareQuery(rawQuery);
	if (query.text.length === 0) return [];
	const starts: number[] = [];
	const others: number[] = [];
	for (const i of candidatesOf(index, query)) {
		const name = index.entries[i].name;
		const startsWithQuery = name.startsWith(query.text) || name.includes(` ${query.text}`);
		(startsWithQuery ? starts : others).push(i);
		if (starts.length >= limit) break;
	}
	return [...starts, ...others].slice(0, limit);
}

/** Ids of matching cards, names that start with the query first, at most `limit` of them. */
export function searchIndex(index: SearchIndex, rawQuery: string, limit = 50): string[] {
	return searchPositions(index, rawQuery, limit).map((i) => index.entries[i].id);
}

/** `searchIndex` for a one-off list of entries (the index is built and dropped). */
export function searchEntries(
	entries: readonly SearchEntry[],
	rawQuery: string,
	limit = 50
): string[] {
	return searchIndex(searchIndexOf(entries), rawQuery, limit);
}
