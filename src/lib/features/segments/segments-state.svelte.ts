/** The shop's segments, shared by the segments page and the card's stats panel. */
import { appDb } from '$lib/db/app-db';
import { watchQuery } from '$lib/db/live.svelte';
import type { CardFileDb } from '$lib/db/schema';
import {
	ensureCustomerStats,
	loadLedgerBuckets,
	loadLedgersOfBuckets,
	loadSegmentSettings,
	onStatsChanged,
	saveSegmentSettings
} from '$lib/db/segments';
import { todayIso } from '$lib/domain/dates';
import {
	segmentOnCard,
	shopBackdrop,
	updateBackdrop,
	type CardSegment,
	type ShopBackdrop
} from '$lib/domain/segments-card';
import { ledgerChanges, sameLedgers, type CustomerLedger } from '$lib/domain/ledger';
import type { Id } from '$lib/domain/types';
import {
	analyzeShop,
	DEFAULT_SEGMENT_SETTINGS,
	referenceDayOf,
	type SegmentSettings,
	type ShopAnalysis
} from '$lib/domain/segments';
import { customerIndex } from '$lib/features/card-file/customer-index.svelte';

function flatten(buckets: ReadonlyMap<number, readonly CustomerLedger[]>): CustomerLedger[] {
	const all: CustomerLedger[] = [];
	for (const list of buckets.values()) for (const ledger of list) all.push(ledger);
	return all;
}

class SegmentsState {
	/**
	 * The ledgers as stored, bucket by bucket: a sale replaces its bucket's hundred ledgers
	 * without touching (or hashing the ids of) the other 50,000. Bumping #version tells readers;
	 * the flat list a whole-shop analysis needs is built only when one is asked for.
	 */
	#buckets = new Map<number, CustomerLedger[]>();
	#version = $state(0);
	#flat: { version: number; ledgers: CustomerLedger[] } = { version: 0, ledgers: [] };
	#settings = $state.raw<SegmentSettings>(DEFAULT_SEGMENT_SETTINGS);
	#ledgersLoaded = $state(false);
	#settingsLoaded = $state(false);
	#error = $state.raw<unknown>(undefined);
	#today = $state(todayIso());
	#following = false;
	#work: Promise<unknown> = Promise.resolve();

	readonly reference = $derived(referenceDayOf(this.#settings, this.#today));
	/**
	 * Kept by hand beside #ledgers: after a sale only the patched ledgers are replaced, where a
	 * `$derived` would rebuild a map of 50,000 entries on every sale.
	 */
	#ledgerById = new Map<Id, CustomerLedger>();

	#memo: { inputs: unknown[]; analysis: ShopAnalysis } | undefined;
	#backdrop: { inputs: unknown[]; backdrop: ShopBackdrop } | undefined;

	get #ledgers(): CustomerLedger[] {
		if (this.#flat.version !== this.#version) {
			this.#flat = { version: this.#version, ledgers: flatten(this.#buckets) };
		}
		return this.#flat.ledgers;
	}

	/**
	 * Memoised by hand rather than `$derived`: a screen that comes back must find the figures it
	 * left, not recompute them (a few hundred milliseconds for 50,000 customers).
	 */
	get analysis(): ShopAnalysis {
		const inputs = [this.#version, customerIndex.liveIds, this.#settings, this.reference];
		if (this.#memo && inputs.every((input, i) => input === this.#memo?.inputs[i])) {
			return this.#memo.analysis;
		}
		const analysis = analyzeShop(
			this.#ledgers,
			customerIndex.liveIds,
			this.#settings,
			this.reference
		);
		this.#memo = { inputs, analysis };
		return analysis;
	}

	/**
	 * Where one customer stands, current after their own sales and everyone else's. The rest of
	 * the shop comes from one whole-shop analysis, then kept current customer by customer as
	 * sales come in, so a card never waits for a new analysis of 50,000 customers.
	 */
	cardSegment(customerId: Id): CardSegment {
		// #version is read first: every changed ledger makes the card recompute.
		void this.#version;
		const ledger = this.#ledgerById.get(customerId);
		const inputs = [customerIndex.liveIds, this.#settings, this.reference];
		if (!this.#backdrop || !inputs.every((input, i) => input === this.#backdrop?.inputs[i])) {
			this.#backdrop = { inputs, backdrop: shopBackdrop(this.analysis, this.#settings) };
		}
		return segmentOnCard(customerId, ledger, this.#backdrop.backdrop);
	}

	readonly customersById = $derived(new Map(customerIndex.customers.map((c) => [c.id, c])));

	/** The whole cards behind `customersById` (the audience lists' filters read their tags). */
	get customersLoaded(): boolean {
		return customerIndex.customersLoaded;
	}

	/**
	 * Makes sure the figures follow the database (from the first screen that asks, for the rest
	 * of the session). A sale re-reads only the statistics bucket it wrote, never the whole shop.
	 * Returns a stop function for symmetry with other screens' subscriptions; there is nothing to
	 * stop, since the last figures stay in memory for the next visit.
	 */
	start(): () => void {
		this.#today = todayIso();
		if (!this.#following) this.#follow();
		return () => {};
	}

	#follow(): void {
		this.#following = true;
		customerIndex.start();
		const db = appDb();
		onStatsChanged(db, (buckets) =>
			this.#enqueue(() => (buckets === 'many' ? this.#loadAll(db) : this.#patch(db, buckets)))
		);
		this.#enqueue(async () => {
			const ledgers = await this.#loadAll(db);
			// Once per session: a demo shop or an older import may have written sales without
			// ledgers; the repair writes them, and the change events bring them in. Who bought
			// comes from the card summaries in memory, not from a second read of every card.
			await customerIndex.whenLoaded();
			const buyers = customerIndex.error
				? undefined
				: customerIndex.cards.filter((c) => c.lastPurchase).map((c) => c.id);
			await ensureCustomerStats(db, ledgers, buyers);
		});
		watchQuery(
			() => loadSegmentSettings(db),
			(settings) => {
				// Each delivery is a fresh object; only a real change may recompute.
				if (JSON.stringify(settings) !== JSON.stringify(this.#settings)) this.#settings = settings;
				this.#settingsLoaded = true;
			},
			(error) => (this.#error = error)
		);
	}

	#enqueue(step: () => Promise<unknown>): void {
		this.#work = this.#work
			.then(step)
			.catch((error: unknown) => (this.#error = error))
			.finally(() => (this.#ledgersLoaded = true));
	}

	async #loadAll(db: CardFileDb): Promise<CustomerLedger[]> {
		const buckets = await loadLedgerBuckets(db);
		const ledgers = flatten(buckets);
		// A reload that brings back the same figures keeps the old ones, so nothing recomputes.
		if (!sameLedgers(this.#ledgers, ledgers)) {
			this.#buckets = buckets;
			this.#ledgerById = new Map(ledgers.map((l) => [l.customerId, l]));
			this.#flat = { version: this.#version + 1, ledgers };
			this.#version = this.#flat.version;
			this.#backdrop = undefined;
		}
		return ledgers;
	}

	async #patch(db: CardFileDb, buckets: number[]): Promise<void> {
		const fresh = await loadLedgersOfBuckets(db, buckets);
		const backdrop = this.#backdrop?.backdrop;
		let changes = 0;
		for (const [bucket, after] of fresh) {
			for (const [id, ledger] of ledgerChanges(this.#buckets.get(bucket) ?? [], after)) {
				if (backdrop) updateBackdrop(backdrop, id, ledger);
				if (ledger) this.#ledgerById.set(id, ledger);
				else this.#ledgerById.delete(id);
				changes++;
			}
			if (after.length > 0) this.#buckets.set(bucket, after);
			else this.#buckets.delete(bucket);
		}
		if (changes > 0) this.#version++;
	}

	get settings(): SegmentSettings {
		return this.#settings;
	}

	get loaded(): boolean {
		return this.#ledgersLoaded && this.#settingsLoaded && customerIndex.loaded;
	}

	get error(): unknown {
		return this.#error ?? customerIndex.error;
	}

	async save(settings: SegmentSettings): Promise<void> {
		await saveSegmentSettings(appDb(), settings);
		this.#settings = settings;
	}
}

export const segments = new SegmentsState();
