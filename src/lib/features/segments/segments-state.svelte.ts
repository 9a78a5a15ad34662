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
	#users = 0;
	#stops: (() => void)[] = [];
	#checked = false;

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
					this.#ledgers = ledgers;
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
