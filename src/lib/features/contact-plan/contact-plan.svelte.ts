/** The contact plan, following the cards, their history and the open complaints. */
import { untrack } from 'svelte';
import { appDb } from '$lib/db/app-db';
import { loadContactPace } from '$lib/db/contact-pace';
import { allContacts } from '$lib/db/letters';
import { live } from '$lib/db/live.svelte';
import { openComplaints } from '$lib/db/notes';
import {
	contactCounts,
	contactPlan,
	type ContactCounts,
	type ContactPlan,
	type ContactRecord
} from '$lib/domain/contact-plan';
import {
	DEFAULT_PACE,
	quarterProgress,
	todaysShare,
	todaysShareCounts,
	type ContactPace,
	type QuarterProgress,
	type ShareCounts,
	type TodaysShare
} from '$lib/domain/contact-pace';
import { todayIso } from '$lib/domain/dates';
import type { Note } from '$lib/domain/types';
import { customerIndex } from '$lib/features/card-file/customer-index.svelte';
import { segments } from '$lib/features/segments/segments-state.svelte';

/** Call during component initialisation. */
export function liveContactPlan(): {
	readonly plan: ContactPlan;
	readonly pace: ContactPace;
	readonly share: TodaysShare;
	readonly quarter: QuarterProgress;
	readonly loaded: boolean;
} {
	customerIndex.start();
	// The real buyer groups order the calls; the contact plan approximates them until they load.
	$effect(() => untrack(() => segments.start()));
	const contacts = live(() => allContacts(appDb()), [] as ContactRecord[]);
	const complaints = live(() => openComplaints(appDb()), [] as Note[]);
	const plan = $derived(
		contactPlan(
			customerIndex.cards,
			contacts.value,
			complaints.value,
			todayIso(),
			segments.loaded ? (id) => segments.analysis.byCustomer.get(id)?.group?.group : undefined
		)
	);
	const pace = live(() => loadContactPace(appDb()), DEFAULT_PACE);
	const share = $derived(
		todaysShare(plan, customerIndex.cards, contacts.value, pace.value, todayIso())
	);
	const quarter = $derived(quarterProgress(customerIndex.cards, contacts.value, todayIso()));
	return {
		get plan() {
			return plan;
		},
		get pace(): ContactPace {
			return pace.value;
		},
		get share(): TodaysShare {
			return share;
		},
		get quarter(): QuarterProgress {
			return quarter;
		},
		get loaded() {
			return customerIndex.loaded && contacts.loaded && complaints.loaded && pace.loaded;
		}
	};
}

/**
 * The plan's numbers only, for the counter's panel: no ordering and no buyer groups, so the
 * counter neither sorts the whole card file nor loads the segments after every sale.
 */
export function liveContactCounts(): {
	readonly counts: ContactCounts;
	readonly share: ShareCounts;
	readonly pace: ContactPace;
} {
	customerIndex.start();
	const contacts = live(() => allContacts(appDb()), [] as ContactRecord[]);
	const complaints = live(() => openComplaints(appDb()), [] as Note[]);
	const pace = live(() => loadContactPace(appDb()), DEFAULT_PACE);
	const counts = $derived(
		contactCounts(customerIndex.cards, contacts.value, complaints.value, todayIso())
	);
	const share = $derived(
		todaysShareCounts(
			customerIndex.cards,
			contacts.value,
			complaints.value,
			counts.letters,
			pace.value,
			todayIso()
		)
	);
	return {
		get counts() {
			return counts;
		},
		get share() {
			return share;
		},
		get pace() {
			return pace.value;
		}
	};
}
