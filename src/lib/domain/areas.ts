/**
 * Where customers live, from the card's address: by city, or by the first characters of the
 * postcode (the district part of most countries' codes), for counts by area and letter audiences.
 */
import type { Audience } from './letters-audience';
import type { Customer, Id, Minor } from './types';

export type AreaKind = 'city' | 'postcode';

export const DEFAULT_POSTCODE_LENGTH = 3;

/** Cities match whatever their case and spacing ("Tel Aviv", " tel  aviv"). */
export function cityKey(city: string): string {
	return city.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The postcode's first `length` characters, spaces left out, upper case ("sw1a 1aa" → "SW1"). */
export function postcodeArea(postalCode: string, length: number): string {
	return postalCode.replace(/\s+/g, '').toLocaleUpperCase().slice(0, Math.max(1, length));
}

/** The card's area, as a key; empty when the card has none. */
export function areaKeyOf(
	customer: Pick<Customer, 'address'>,
	kind: AreaKind,
	length: number
): string {
	return kind === 'city'
		? cityKey(customer.address.city)
		: postcodeArea(customer.address.postalCode, length);
}

export interface AreaRow {
	/** Empty for the cards without a city (or postcode). */
	key: string;
	/** As most of its cards spell it. */
	label: string;
	customers: number;
	/** Cards with a purchase. */
	buyers: number;
	/** Spend in the last 12 months, from the segments' statistics. */
	spend12: Minor;
}

/**
 * Live cards by area, most customers first; the cards without an area come last. `spend12Of`
 * gives a customer's spend in the last 12 months (0 for none).
 */
export function areaCounts(
	customers: Iterable<Customer>,
	kind: AreaKind,
	length: number,
	spend12Of: (id: Id) => Minor
): AreaRow[] {
	const rows = new Map<string, AreaRow & { spellings: Map<string, number> }>();
	for (const customer of customers) {
		if (customer.deletedAt !== undefined) continue;
		const key = areaKeyOf(customer, kind, length);
		let row = rows.get(key);
		if (!row) {
			rows.set(
				key,
				(row = { key, label: '', customers: 0, buyers: 0, spend12: 0, spellings: new Map() })
			);
		}
		row.customers++;
		if (customer.visits > 0) row.buyers++;
		row.spend12 += spend12Of(customer.id);
		const spelled = kind === 'city' ? customer.address.city.trim().replace(/\s+/g, ' ') : key;
		row.spellings.set(spelled, (row.spellings.get(spelled) ?? 0) + 1);
	}
	return [...rows.values()]
		.map(({ spellings, ...row }) => ({
			...row,
			label: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]
		}))
		.sort(
			(a, b) =>
				Number(a.key === '') - Number(b.key === '') ||
				b.customers - a.customers ||
				a.label.localeCompare(b.label)
		);
}

/** The audience "lives in this city" or "postcode starts with this". */
export function livesIn(kind: AreaKind, area: string): Audience {
	if (kind === 'city') {
		const wanted = cityKey(area);
		return {
			id: `city:${area.trim()}`,
			includes: (c) => wanted !== '' && cityKey(c.address.city) === wanted
		};
	}
	const prefix = postcodeArea(area, area.length);
	return {
		id: `postcode:${prefix}`,
		includes: (c) => prefix !== '' && postcodeArea(c.address.postalCode, prefix.length) === prefix
	};
}
