/**
 * Writing the packed card summaries: only the writes to the cards need it, so it loads after the
 * counter is up (see db/card-index.ts).
 */
import {
	FIELD_SEPARATOR,
	sameSummary,
	summaryOf,
	unpackSummaries,
	split,
	type CardSummary,
	type PackedSummaries
} from './card-summary';
import { searchEntryOf } from './search';
import type { Customer, Id } from './types';

function joined(list: readonly CardSummary[], field: (s: CardSummary) => string): string {
	return list.map(field).join(FIELD_SEPARATOR);
}

const byId = (a: { id: Id }, b: { id: Id }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Packs the summaries in id order, so that a row reads back the same whatever order they came. */
export function packSummaries(
	summaries: Iterable<CardSummary>,
	tombstoneIds: Iterable<Id> = []
): PackedSummaries {
	const list = [...summaries].sort(byId);
	const entries = list.map(searchEntryOf);
	const tombstones = [...tombstoneIds].sort();
	return {
		count: list.length,
		tombstones: tombstones.join(FIELD_SEPARATOR),
		tombstoneCount: tombstones.length,
		ids: joined(list, (s) => s.id),
		firstNames: joined(list, (s) => s.firstName),
		lastNames: joined(list, (s) => s.lastName),
		phones: joined(list, (s) => s.phone),
		emails: joined(list, (s) => s.email),
		cities: joined(list, (s) => s.city),
		birthdays: joined(list, (s) => s.birthday),
		preferredChannels: joined(list, (s) => s.preferredChannel),
		lastPurchases: joined(list, (s) => s.lastPurchase ?? ''),
		marketingConsent: Uint8Array.from(list, (s) => (s.marketingConsent ? 1 : 0)),
		visits: Int32Array.from(list, (s) => s.visits),
		totalSpent: Float64Array.from(list, (s) => s.totalSpent),
		searchNames: entries.map((e) => e.name).join(FIELD_SEPARATOR),
		searchEmails: entries.map((e) => e.email).join(FIELD_SEPARATOR),
		searchPhones: entries.map((e) => e.phoneDigits).join(FIELD_SEPARATOR)
	};
}

/**
 * A packed row after some cards were written or deleted: written live cards are put in (or
 * replaced), tombstoned ones move to the tombstones, deleted ones leave. Undefined when nothing
 * changed.
 */
export function patchPacked(
	packed: PackedSummaries | undefined,
	written: readonly Customer[],
	deletedIds: readonly Id[]
): PackedSummaries | undefined {
	const live = new Map((packed ? unpackSummaries(packed) : []).map((s) => [s.id, s]));
	const tombstones = new Set(packed ? split(packed.tombstones, packed.tombstoneCount) : []);
	let changed = false;
	for (const customer of written) {
		const before = live.get(customer.id);
		if (customer.deletedAt !== undefined) {
			if (before) live.delete(customer.id);
			if (before || !tombstones.has(customer.id)) changed = true;
			tombstones.add(customer.id);
			continue;
		}
		if (tombstones.delete(customer.id)) changed = true;
		const after = summaryOf(customer);
		if (before && sameSummary(before, after)) continue;
		live.set(customer.id, after);
		changed = true;
	}
	for (const id of deletedIds) {
		if (live.delete(id)) changed = true;
		if (tombstones.delete(id)) changed = true;
	}
	return changed ? packSummaries(live.values(), tombstones) : undefined;
}
