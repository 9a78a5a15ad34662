/** The card file as spreadsheet rows: customers, sales, and customers with their statistics. */
import { daysBetween } from './dates';
import { fullName } from './customer';
import { minorToDecimalString } from './money';
import type { Customer, IsoDate, Minor, Sale } from './types';

export type ExportKind = 'customers' | 'sales' | 'statistics';

export interface ExportOptions {
	currency: string;
	/** Amounts written with a decimal comma, as Excel expects beside semicolon delimiters. */
	decimalComma: boolean;
	/** The day recency is counted to, e.g. today or the end of a season. */
	referenceDate: IsoDate;
}

type Cell = string | number;

// Headers the import's column guesses recognise, so an export reads straight back in; the card's
// own id is "card_id", which the import leaves out rather than mistake it for another system's id.
const CUSTOMER_HEADER = [
	'card_id',
	'external_id',
	'salutation',
	'first_name',
	'last_name',
	'email',
	'phone',
	'street',
	'postal_code',
	'city',
	'country',
	'birthday',
	'tags',
	'notes',
	'marketing_consent'
];

const SALE_HEADER = [
	'sale_id',
	'card_id',
	'external_id',
	'date',
	'amount',
	'currency',
	'category',
	'invoice'
];

const STATISTICS_HEADER = [
	'card_id',
	'external_id',
	'name',
	'email',
	'phone',
	'first_purchase',
	'last_purchase',
	'visits',
	'total_spent',
	'recency_days'
];

function money(minor: Minor, options: ExportOptions): string {
	const text = minorToDecimalString(minor, options.currency);
	return options.decimalComma ? text.replace('.', ',') : text;
}

const live = <T extends { deletedAt?: number }>(rows: readonly T[]) =>
	rows.filter((r) => r.deletedAt === undefined);

export function customerRows(customers: readonly Customer[]): Cell[][] {
	return [
		CUSTOMER_HEADER,
		...live(customers).map((c) => [
			c.id,
			c.externalId ?? '',
			c.salutation,
			c.firstName,
			c.lastName,
			c.email,
			c.phone,
			c.address.street,
			c.address.postalCode,
			c.address.city,
			c.address.country,
			c.birthday,
			c.tags.join(', '),
			c.notes,
			c.marketingConsent ? 'yes' : 'no'
		])
	];
}

export function saleRows(
	sales: readonly Sale[],
	customers: readonly Customer[],
	options: ExportOptions
): Cell[][] {
	const externalIds = new Map(customers.map((c) => [c.id, c.externalId ?? '']));
	const rows = live(sales)
		.slice()
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	return [
		SALE_HEADER,
		...rows.map((s) => [
			s.id,
			s.customerId,
			externalIds.get(s.customerId) ?? '',
			s.date,
			money(s.amount, { ...options, currency: s.currency }),
			s.currency,
			s.category,
			s.externalRef ?? ''
		])
	];
}

export function statisticsRows(customers: readonly Customer[], options: ExportOptions): Cell[][] {
	return [
		STATISTICS_HEADER,
		...live(customers).map((c) => [
			c.id,
			c.externalId ?? '',
			fullName(c),
			c.email,
			c.phone,
			c.firstPurchase ?? '',
			c.lastPurchase ?? '',
			c.visits,
			money(c.totalSpent, options),
			c.lastPurchase ? daysBetween(c.lastPurchase, options.referenceDate) : ''
		])
	];
}
