/** The shop's segments, shared by the segments page and the card's stats panel. */
import { appDb } from '$lib/db/app-db';
import { watchQuery } from '$lib/db/live.svelte';
import {
	ensureCustomerStats,
	loadCustomerLedgers,
	loadSegmentSettings,
	saveSegmentSettings
} from '$lib/db/segments';
import { todayIso } from '$lib/domain/dates';
import type { CustomerLedger } from '$lib/domain/stats';
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
	#users = 0;
	#stops: (() => void)[] = [];
	#checked = false;

	readonly reference = $derived(referenceDayOf(this.#settings, this.#today));

	#memo: { inputs: unknown[]; analysis: ShopAnalysis } | undefined;

	/**
	 * Memoised by hand rather than `$derived`: a screen that comes back must find the figures it
	 * left, not recompute them (a few hundred milliseconds for 50,000 customers).
	 */
	get analysis(): ShopAnalysis {
		const inputs = [this.#ledgers, customerIndex.customers, this.#settings, this.reference];
		if (this.#memo && inputs.every((input, i) => input === this.#memo?.inputs[i])) {
			return this.#memo.analysis;
		}
		const analysis = analyzeShop(
			this.#ledgers,
			customerIndex.customers.map((c) => c.id),
			this.#settings,
			this.reference
		);
		this.#memo = { inputs, analysis };
		return analysis;
	}

	readonly customersById = $derived(new Map(customerIndex.customers.map((c) => [c.id, c])));

	/**
	 * Follows the database while some screen shows segments; returns the stop for that screen.
	 * The last figures stay in memory, so a second visit shows them at once while they refresh.
	 */
	start(): () => void {
		this.#today = todayIso();
		this.#users++;
		if (this.#users === 1) this.#subscribe();
		return () => {
			this.#users--;
			if (this.#users === 0) {
				this.#stops.forEach((stop) => stop());
				this.#stops = [];
			}
		};
	}

	#subscribe(): void {
		customerIndex.start();
		const db = appDb();
		const fail = (error: unknown) => (this.#error = error);
		this.#stops.push(
			watchQuery(
				() => loadCustomerLedgers(db),
				(ledgers) => {
					// A refresh that brings back the same figures keeps the old array, so nothing recomputes.
					if (!sameLedgers(this.#ledgers, ledgers)) this.#ledgers = ledgers;
					if (this.#checked) {
						this.#ledgersLoaded = true;
						return;
					}
					// Once per session: a demo shop or an older import may have written sales without
					// ledgers; a repair writes them, and this query then delivers the repaired set.
					this.#checked = true;
					ensureCustomerStats(db, ledgers)
						.catch(fail)
						.finally(() => (this.#ledgersLoaded = true));
				},
				fail
			),
			watchQuery(
				() => loadSegmentSettings(db),
				(settings) => {
					// Each new subscription delivers a fresh object; only a real change may recompute.
					if (JSON.stringify(settings) !== JSON.stringify(this.#settings))
						this.#settings = settings;
					this.#settingsLoaded = true;
				},
				fail
			)
		);
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
