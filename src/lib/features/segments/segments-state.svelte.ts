/** The shop's segments, shared by the segments page and the card's stats panel. */
import { appDb } from '$lib/db/app-db';
import { watchQuery } from '$lib/db/live.svelte';
import type { CardFileDb } from '$lib/db/schema';
import {
	bucketOf,
	ensureCustomerStats,
	loadCustomerLedgers,
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
import type { CustomerLedger } from '$lib/domain/stats';
import type { Id } from '$lib/domain/types';
import {
	analyzeShop,
	DEFAULT_SEGMENT_SETTINGS,
	referenceDayOf,
	type SegmentSettings,
	type ShopAnalysis
} from '$lib/domain/segments';
import { customerIndex } from '$lib/features/card-file/customer-index.svelte';

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** Comparing half a million numbers costs a millisecond or two; recomputing costs far more. */
function sameLedgers(a: readonly CustomerLedger[], b: readonly CustomerLedger[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		if (a[i].customerId !== b[i].customerId) return false;
		if (!sameArray(a[i].days, b[i].days) || !sameArray(a[i].amounts, b[i].amounts)) return false;
	}
	return true;
}

class SegmentsState {
	#ledgers = $state.raw<CustomerLedger[]>([]);
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

	/**
	 * Memoised by hand rather than `$derived`: a screen that comes back must find the figures it
	 * left, not recompute them (a few hundred milliseconds for 50,000 customers).
	 */
	get analysis(): ShopAnalysis {
		const inputs = [this.#ledgers, customerIndex.liveIds, this.#settings, this.reference];
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
		// #ledgers is read first: every patched bucket makes the card recompute.
		void this.#ledgers;
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
			// ledgers; the repair writes them, and the change events bring them in.
			await ensureCustomerStats(db, ledgers);
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
		const ledgers = await loadCustomerLedgers(db);
		// A reload that brings back the same figures keeps the old array, so nothing recomputes.
		if (!sameLedgers(this.#ledgers, ledgers)) {
			this.#ledgerById = new Map(ledgers.map((l) => [l.customerId, l]));
			this.#ledgers = ledgers;
			this.#backdrop = undefined;
		}
		return ledgers;
	}

	async #patch(db: CardFileDb, buckets: number[]): Promise<void> {
		const fresh = await loadLedgersOfBuckets(db, buckets);
		const touched = new Set(buckets);
		const kept: CustomerLedger[] = [];
		const replacedLedgers: CustomerLedger[] = [];
		for (const ledger of this.#ledgers) {
			(touched.has(bucketOf(ledger.customerId)) ? replacedLedgers : kept).push(ledger);
		}
		const before = new Map(replacedLedgers.map((l) => [l.customerId, l]));
		const after = new Map(fresh.map((l) => [l.customerId, l]));
		const backdrop = this.#backdrop?.backdrop;
		if (backdrop) {
			for (const id of new Set([...before.keys(), ...after.keys()])) {
				const old = before.get(id);
				const now = after.get(id);
				if (old && now && sameLedgers([old], [now])) continue;
				updateBackdrop(backdrop, id, now);
			}
		}
		for (const id of before.keys()) this.#ledgerById.delete(id);
		for (const ledger of fresh) this.#ledgerById.set(ledger.customerId, ledger);
		this.#ledgers = kept.concat(fresh);
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
