/** The audience picker's choice, turned into an Audience, segment audiences included. */
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
	'all' | 'segment' | 'tag' | 'prospects' | 'lapsed' | 'due-letter' | 'birthdays' | 'picked';
export const AUDIENCE_KINDS: readonly AudienceKind[] = [
	'all',
	'segment',
	'tag',
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
}

/** What the contact-plan audiences need to know besides the card itself. */
export interface AudienceData {
	customers: readonly Customer[];
	contacts: readonly ContactRecord[];
	/** The segments' analysis, for the segment audiences. */
	analysis: ShopAnalysis;
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
		case 'segment': {
			const key = parseAudienceId(choice.segment);
			return key ? fromSegment(key, data.analysis) : handPicked([]);
		}
	}
}
