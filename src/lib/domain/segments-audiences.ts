/**
 * Audiences: every group, class or list of the segments view as a reusable, filterable set of
 * customers that letters, vouchers and exports can take, defined here and not in components.
 */
import type { AbcClass, BuyerGroup, ShopAnalysis } from './segments';
import type { ContactChannel, Customer, Id } from './types';
import { csvCell } from './io-csv-write';
import { tableCells, type ColumnKind, type ExportTable } from './io-table';

export type AudienceKey =
	| { kind: 'all-buyers' }
	| { kind: 'group'; group: BuyerGroup }
	| { kind: 'class'; cls: AbcClass }
	| { kind: 'declining' }
	| { kind: 'stopped' }
	| { kind: 'prospects' };

export interface AudienceFilter {
	/** Only customers with this interest tag (case-insensitive); empty for any. */
	tag?: string;
	/** Only customers who agreed to marketing. */
	consentOnly?: boolean;
	/** Only customers who prefer this channel. */
	channel?: ContactChannel;
}

/** A stable text form, for URLs and saved lists: "group:regular-heavy", "class:A", "stopped". */
export function audienceId(key: AudienceKey): string {
	switch (key.kind) {
		case 'group':
			return `group:${key.group}`;
		case 'class':
			return `class:${key.cls}`;
		default:
			return key.kind;
	}
}

export function parseAudienceId(text: string): AudienceKey | undefined {
	const [kind, value] = text.split(':');
	switch (kind) {
		case 'group':
			return [
				'regular-heavy',
				'regular-light',
				'infrequent-heavy',
				'infrequent-light',
				'former'
			].includes(value)
				? { kind, group: value as BuyerGroup }
				: undefined;
		case 'class':
			return ['A', 'B', 'C'].includes(value) ? { kind, cls: value as AbcClass } : undefined;
		case 'all-buyers':
		case 'declining':
		case 'stopped':
		case 'prospects':
			return { kind };
		default:
			return undefined;
	}
}

/**
 * Each analysis's audiences as they were listed: an analysis never changes once made, and the
 * segments page, letters and vouchers ask for the same lists on every visit.
 */
const listed = new WeakMap<ShopAnalysis, Map<string, Id[]>>();

/** Members of an audience, in its natural order (by rank, by worth, or by spend). */
export function audienceIds(analysis: ShopAnalysis, key: AudienceKey): readonly Id[] {
	let lists = listed.get(analysis);
	if (!lists) listed.set(analysis, (lists = new Map()));
	const id = audienceId(key);
	let ids = lists.get(id);
	if (!ids) lists.set(id, (ids = listAudience(analysis, key)));
	return ids;
}

function listAudience(analysis: ShopAnalysis, key: AudienceKey): Id[] {
	switch (key.kind) {
		case 'declining':
			return analysis.declining;
		case 'stopped':
			return analysis.stopped;
		case 'prospects':
			return analysis.prospects;
		case 'class':
			return analysis.abc.ranked.filter((r) => r.abc === key.cls).map((r) => r.customerId);
		case 'group':
		case 'all-buyers': {
			const members = [...analysis.byCustomer.values()].filter((s) =>
				key.kind === 'group' ? s.group?.group === key.group : s.group !== undefined
			);
			return members
				.sort(
					(a, b) =>
						b.stats.spend12 - a.stats.spend12 ||
						b.stats.totalSpent - a.stats.totalSpent ||
						(a.stats.customerId < b.stats.customerId ? -1 : 1)
				)
				.map((s) => s.stats.customerId);
		}
	}
}

const tagsOfCards = new WeakMap<ReadonlyMap<Id, Customer>, string[]>();

/**
 * Every interest tag on the cards, once each, unsorted. Kept per map of cards (a new map comes
 * with every change to the cards): going through 50,000 cards' tags at every visit of the
 * segments page cost more than the rest of the page.
 */
export function interestTags(customers: ReadonlyMap<Id, Customer>): readonly string[] {
	let tags = tagsOfCards.get(customers);
	if (!tags) {
		const seen = new Set<string>();
		for (const customer of customers.values()) for (const tag of customer.tags) seen.add(tag);
		tagsOfCards.set(customers, (tags = [...seen]));
	}
	return tags;
}

export function matchesFilter(customer: Customer, filter: AudienceFilter): boolean {
	if (filter.consentOnly && !customer.marketingConsent) return false;
	if (filter.channel && customer.preferredChannel !== filter.channel) return false;
	const tag = filter.tag?.trim().toLowerCase();
	if (tag && !customer.tags.some((t) => t.toLowerCase() === tag)) return false;
	return true;
}

/** The audience's live cards that pass the filter, in the audience's order. */
export function audienceMembers(
	analysis: ShopAnalysis,
	key: AudienceKey,
	customers: ReadonlyMap<Id, Customer>,
	filter: AudienceFilter = {}
): Customer[] {
	const members: Customer[] = [];
	for (const id of audienceIds(analysis, key)) {
		const customer = customers.get(id);
		if (customer && customer.deletedAt === undefined && matchesFilter(customer, filter)) {
			members.push(customer);
		}
	}
	return members;
}

export const STATS_CSV_COLUMNS = [
	'customer_id',
	'external_id',
	'first_name',
	'last_name',
	'email',
	'phone',
	'visits',
	'total_spent',
	'first_purchase',
	'last_purchase',
	'recency_days',
	'visits_12m',
	'spend_12m',
	'average_ticket',
	'lifetime_value',
	'group',
	'abc_class',
	'reference_date'
] as const;

const STATS_KINDS: Partial<Record<(typeof STATS_CSV_COLUMNS)[number], ColumnKind>> = {
	visits: 'number',
	total_spent: 'money',
	first_purchase: 'date',
	last_purchase: 'date',
	recency_days: 'number',
	visits_12m: 'number',
	spend_12m: 'money',
	average_ticket: 'money',
	lifetime_value: 'money',
	reference_date: 'date'
};

/**
 * "Customers with statistics" as a typed table, for every given customer, prospects included
 * with zero visits: the rows of the CSV and of the .xlsx alike.
 */
export function customersWithStatsTable(
	analysis: ShopAnalysis,
	customers: readonly Customer[],
	currency: string
): ExportTable {
	const money = (minor: number) => ({ minor, currency });
	return {
		columns: STATS_CSV_COLUMNS.map((header) => ({ header, kind: STATS_KINDS[header] ?? 'text' })),
		rows: customers.map((c) => {
			const segment = analysis.byCustomer.get(c.id);
			const s = segment?.stats;
			return [
				c.id,
				c.externalId ?? '',
				c.firstName,
				c.lastName,
				c.email,
				c.phone,
				s?.visits ?? 0,
				money(s?.totalSpent ?? 0),
				s?.firstPurchase ?? '',
				s?.lastPurchase ?? '',
				s?.recencyDays ?? '',
				s?.frequency12 ?? 0,
				money(s?.spend12 ?? 0),
				money(s?.averageTicket ?? 0),
				money(s?.lifetimeValue ?? 0),
				segment?.group?.group ?? 'prospect',
				segment?.abc ?? '',
				analysis.reference
			];
		})
	};
}

/**
 * "Customers with statistics" as CSV (comma-separated, header row, money in major units with a
 * dot), for every given customer, prospects included with zero visits.
 */
export function customersWithStatsCsv(
	analysis: ShopAnalysis,
	customers: readonly Customer[],
	currency: string
): string {
	const lines = tableCells(customersWithStatsTable(analysis, customers, currency)).map((row) =>
		row.map((cell) => csvCell(cell, ',')).join(',')
	);
	return lines.join('\r\n') + '\r\n';
}
