/** The audience picker's choice, turned into an Audience, segment audiences included. */
import {
	boughtCategory,
	purchaseWindow,
	sameWindow,
	type PurchaseWindow,
	type WindowPurchases
} from '$lib/domain/category-audience';
import { livesIn, type AreaKind } from '$lib/domain/areas';
import { dueLetterAudience, type ContactRecord } from '$lib/domain/contact-plan';
import {
	allCustomers,
	birthdaysWithin,
	fromSegment,
	handPicked,
	noPurchaseSince,
	prospects,
	withTag,
	type Audience
} from '$lib/domain/letters-audience';
import type { ShopAnalysis } from '$lib/domain/segments';
import { parseAudienceId } from '$lib/domain/segments-audiences';
import type { Customer, Id, IsoDate } from '$lib/domain/types';

export type AudienceKind =
	| 'all'
	| 'segment'
	| 'tag'
	| 'bought'
	| 'area'
	| 'prospects'
	| 'lapsed'
	| 'due-letter'
	| 'birthdays'
	| 'picked';
export const AUDIENCE_KINDS: readonly AudienceKind[] = [
	'all',
	'segment',
	'tag',
	'bought',
	'area',
	'prospects',
	'lapsed',
	'due-letter',
	'birthdays',
	'picked'
];

export interface AudienceChoice {
	kind: AudienceKind;
	tag: string;
	months: number;
	/** Birthdays within this many days. */
	days: number;
	picked: Id[];
	/** A segments audience id ("group:regular-heavy", "class:A", "stopped"). */
	segment: string;
	/** Bought this sales category (any case) ... */
	category?: string;
	/** ... in the last this many calendar months (6 when not set). */
	boughtMonths?: number;
	/** Lives in this city, or has a postcode starting with this ("city" when not set). */
	areaKind?: AreaKind;
	area?: string;
}

export const DEFAULT_BOUGHT_MONTHS = 6;

/** The window of the "bought a category" audience. */
export function boughtWindow(choice: AudienceChoice, today: IsoDate): PurchaseWindow {
	return purchaseWindow(today, choice.boughtMonths || DEFAULT_BOUGHT_MONTHS);
}

/** What the contact-plan audiences need to know besides the card itself. */
export interface AudienceData {
	customers: readonly Customer[];
	contacts: readonly ContactRecord[];
	/** The segments' analysis, for the segment audiences. */
	analysis: ShopAnalysis;
	/** Who bought what in the chosen window, once read (the "bought a category" audience). */
	purchases?: WindowPurchases;
}

/** Whether an audience's members are known: segments and purchases are read from storage. */
export function audienceKnown(
	choice: AudienceChoice,
	today: IsoDate,
	sources: { segmentsLoaded: boolean; purchases?: WindowPurchases }
): boolean {
	if (choice.kind === 'segment') return sources.segmentsLoaded;
	if (choice.kind === 'bought') {
		const read = sources.purchases;
		return read !== undefined && sameWindow(read.window, boughtWindow(choice, today));
	}
	return true;
}

export function audienceOf(choice: AudienceChoice, today: IsoDate, data: AudienceData): Audience {
	switch (choice.kind) {
		case 'all':
			return allCustomers;
		case 'tag':
			return withTag(choice.tag);
		case 'prospects':
			return prospects;
		case 'lapsed':
			return noPurchaseSince(Math.max(1, choice.months || 1), today);
		case 'due-letter':
			return dueLetterAudience(data.customers, data.contacts, today);
		case 'birthdays':
			return birthdaysWithin(Math.max(0, choice.days || 0), today);
		case 'picked':
			return handPicked(choice.picked);
		case 'bought': {
			const window = boughtWindow(choice, today);
			const read = data.purchases;
			const purchases =
				read && sameWindow(read.window, window) ? read : { window, byCategory: new Map() };
			return boughtCategory(choice.category ?? '', purchases);
		}
		case 'area':
			return livesIn(choice.areaKind ?? 'city', choice.area ?? '');
		case 'segment': {
			const key = parseAudienceId(choice.segment);
			return key ? fromSegment(key, data.analysis) : handPicked([]);
		}
	}
}
