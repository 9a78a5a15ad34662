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

class SegmentsState {
	#ledgers = $state.raw<CustomerLedger[]>([]);
	#settings = $state.raw<SegmentSettings>(DEFAULT_SEGMENT_SETTINGS);
	#ledgersLoaded = $state(false);
	#settingsLoaded = $state(false);
	#error = $state.raw<unknown>(undefined);
	#today = $state(todayIso());
	#started = false;

	readonly reference = $derived(referenceDayOf(this.#settings, this.#today));

	readonly analysis: ShopAnalysis = $derived(
		analyzeShop(
			this.#ledgers,
			customerIndex.customers.map((c) => c.id),
			this.#settings,
			this.reference
		)
	);

	readonly customersById = $derived(new Map(customerIndex.customers.map((c) => [c.id, c])));

	/** Follows the database from now on; safe to call from every screen that needs segments. */
	start(): void {
		this.#today = todayIso();
		if (this.#started) return;
		this.#started = true;
		customerIndex.start();
		const db = appDb();
		const fail = (error: unknown) => (this.#error = error);
		let checked = false;
		watchQuery(
			() => loadCustomerLedgers(db),
			(ledgers) => {
				this.#ledgers = ledgers;
				if (checked) {
					this.#ledgersLoaded = true;
					return;
				}
				// Once per session: a demo shop or an older import may have written sales without
				// ledgers; a repair writes them, and this query then delivers the repaired set.
				checked = true;
				ensureCustomerStats(db, ledgers)
					.catch(fail)
					.finally(() => (this.#ledgersLoaded = true));
			},
			fail
		);
		watchQuery(
			() => loadSegmentSettings(db),
			(settings) => {
				this.#settings = settings;
				this.#settingsLoaded = true;
			},
			fail
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
