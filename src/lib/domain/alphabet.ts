/** The A to Z box: cards sorted by the language's alphabet and grouped under their first letter. */
import { foldText } from './search';
import type { CustomerFields } from './types';

type Named = Pick<CustomerFields, 'firstName' | 'lastName'>;

/** The name a card is filed under: the last name, or the first when there is no last name. */
export function filingName(customer: Named): string {
	return (customer.lastName || customer.firstName).trim();
}

// Accents are dropped from Latin and Greek initials (É files under E, Ά under Α), but Cyrillic
// letters such as Й and Ё are letters of their own alphabet and keep their own section.
const FOLDED_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}]/u;

/** The section letter: the first letter, upper-cased; "#" for digits and symbols. */
export function filingLetter(customer: Named): string {
	const first = [...filingName(customer).normalize('NFC')][0] ?? '';
	if (!/\p{L}/u.test(first)) return '#';
	const letter = FOLDED_SCRIPTS.test(first) ? foldText(first) : first;
	return letter.toLocaleUpperCase();
}

export function compareByFilingName<T extends Named>(
	collator: Intl.Collator
): (a: T, b: T) => number {
	return (a, b) =>
		collator.compare(filingName(a), filingName(b)) ||
		collator.compare(a.firstName, b.firstName) ||
		collator.compare(a.lastName, b.lastName);
}

export type BoxRow<T> = { kind: 'letter'; letter: string } | { kind: 'card'; card: T };

/** Sorted cards with a letter row before each new letter, ready for a virtual list. */
export function boxRows<T extends Named>(cards: readonly T[], locale: string): BoxRow<T>[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	const sorted = [...cards].sort(compareByFilingName(collator));
	const rows: BoxRow<T>[] = [];
	let letter = '';
	for (const card of sorted) {
		const next = filingLetter(card);
		if (next !== letter) {
			letter = next;
			rows.push({ kind: 'letter', letter });
		}
		rows.push({ kind: 'card', card });
	}
	return rows;
}
