/** The audience picker's choice, turned into an Audience; segments will add a kind here. */
import {
	allCustomers,
	handPicked,
	noPurchaseSince,
	prospects,
	withTag,
	type Audience
} from '$lib/domain/letters-audience';
import type { Id, IsoDate } from '$lib/domain/types';

export type AudienceKind = 'all' | 'tag' | 'prospects' | 'lapsed' | 'picked';
export const AUDIENCE_KINDS: readonly AudienceKind[] = [
	'all',
	'tag',
	'prospects',
	'lapsed',
	'picked'
];

export interface AudienceChoice {
	kind: AudienceKind;
	tag: string;
	months: number;
	picked: Id[];
}

export function audienceOf(choice: AudienceChoice, today: IsoDate): Audience {
	switch (choice.kind) {
		case 'all':
			return allCustomers;
		case 'tag':
			return withTag(choice.tag);
		case 'prospects':
			return prospects;
		case 'lapsed':
			return noPurchaseSince(Math.max(1, choice.months || 1), today);
		case 'picked':
			return handPicked(choice.picked);
	}
}
