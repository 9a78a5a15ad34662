/** The card file as spreadsheet rows: customers, sales, and customers with their statistics. */
import { daysBetween } from './dates';
import { fullName } from './customer';
import { tableCells, type ExportColumn, type ExportTable } from './io-table';
import type { Customer, IsoDate, Sale } from './types';

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
const text = (header: string): ExportColumn => ({ header, kind: 'text' });
const date = (header: string): ExportColumn => ({ header, kind: 'date' });
const number = (header: string): ExportColumn => ({ header, kind: 'number' });
const money = (header: string): ExportColumn => ({ header, kind: 'money' });

const CUSTOMER_COLUMNS: ExportColumn[] = [
	text('card_id'),
	text('external_id'),
	text('salutation'),
	text('first_name'),
	text('last_name'),
	text('email'),
	text('phone'),
	text('street'),
	text('postal_code'),
	text('city'),
	text('country'),
	date('birthday'),
	text('tags'),
	text('notes'),
	text('marketing_consent')
];

const SALE_COLUMNS: ExportColumn[] = [
	text('sale_id'),
	text('card_id'),
	text('external_id'),
	date('date'),
	money('amount'),
	text('currency'),
	text('category'),
	text('invoice')
];

const STATISTICS_COLUMNS: ExportColumn[] = [
	text('card_id'),
	text('external_id'),
	text('name'),
	text('email'),
	text('phone'),
	date('first_purchase'),
	date('last_purchase'),
	number('visits'),
	money('total_spent'),
	number('recency_days')
];

const live = <T extends { deletedAt?: number }>(rows: readonly T[]) =>
	rows.filter((r) => r.deletedAt === undefined);

export function customerTable(customers: readonly Customer[]): ExportTable {
	return {
		columns: CUSTOMER_COLUMNS,
		rows: live(customers).map((c) => [
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
	};
}

export function saleTable(sales: readonly Sale[], customers: readonly Customer[]): ExportTable {
	const externalIds = new Map(customers.map((c) => [c.id, c.externalId ?? '']));
	const rows = live(sales)
		.slice()
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	return {
		columns: SALE_COLUMNS,
		rows: rows.map((s) => [
			s.id,
			s.customerId,
			externalIds.get(s.customerId) ?? '',
			s.date,
			{ minor: s.amount, currency: s.currency },
			s.currency,
			s.category,
			s.externalRef ?? ''
		])
	};
}

export function statisticsTable(
	customers: readonly Customer[],
	options: Pick<ExportOptions, 'currency' | 'referenceDate'>
): ExportTable {
	return {
		columns: STATISTICS_COLUMNS,
		rows: live(customers).map((c) => [
			c.id,
			c.externalId ?? '',
			fullName(c),
			c.email,
			c.phone,
			c.firstPurchase ?? '',
			c.lastPurchase ?? '',
			c.visits,
			{ minor: c.totalSpent, currency: options.currency },
			c.lastPurchase ? daysBetween(c.lastPurchase, options.referenceDate) : ''
		])
	};
}

/** The export of the given kind as a typed table (for CSV and .xlsx alike). */
export function exportTable(
	kind: ExportKind,
	customers: readonly Customer[],
	sales: readonly Sale[],
	options: Pick<ExportOptions, 'currency' | 'referenceDate'>
): ExportTable {
	if (kind === 'customers') return customerTable(customers);
	if (kind === 'sales') return saleTable(sales, customers);
	return statisticsTable(customers, options);
}

export function customerRows(customers: readonly Customer[]): Cell[][] {
	return tableCells(customerTable(customers));
}

export function saleRows(
	sales: readonly Sale[],
	customers: readonly Customer[],
	options: ExportOptions
): Cell[][] {
	return tableCells(saleTable(sales, customers), options.decimalComma);
}

export function statisticsRows(customers: readonly Customer[], options: ExportOptions): Cell[][] {
	return tableCells(statisticsTable(customers, options), options.decimalComma);
}
