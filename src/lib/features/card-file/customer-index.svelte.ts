/**
 * Every live card in memory for the counter: the summaries (what search-as-you-type, the A to Z
 * box and the contact plan need) from the packed card index at start, and the full cards only
 * once a screen asks for them (letters, segment audiences).
 */
import { appDb } from '$lib/db/app-db';
import { loadCardIndexWrites } from '$lib/db/card-index';
import { onCustomersChanged, readCardIndex } from '$lib/db/customer-reads';
import { summaryOf, type CardSummary } from '$lib/domain/card-summary';
import {
	searchEntryOf,
	searchIndexOf,
	searchPositions,
	type SearchEntry,
	type SearchIndex
} from '$lib/domain/search';
import type { Customer, Id } from '$lib/domain/types';
import { markCardsReady } from '$lib/state/startup';
import { whenIdle } from '$lib/ui/when-idle';

function isLive(customer: Customer | undefined): customer is Customer {
	return customer !== undefined && customer.deletedAt === undefined;
}

function sameEntry(a: SearchEntry, b: SearchEntry): boolean {
	return a.name === b.name && a.email === b.email && a.phoneDigits === b.phoneDigits;
}

/**
 * Loaded once, then patched card by card: after a sale only the one card it rewrote is read
 * again, so a shop of 50,000 cards does not reload and re-index everything at every tap.
 */
class CustomerIndex {
	#cards = $state.raw<CardSummary[]>([]);
	/** Changes only when a card appears or disappears, not when a card's fields change. */
	#liveIds = $state.raw<readonly Id[]>([]);
	#loaded = $state(false);
	#error = $state.raw<unknown>(undefined);
	#started = false;
	/** The full cards, in step with #cards (same order), once a screen asked for them. */
	#customers = $state.raw<Customer[] | undefined>(undefined);
	#customersWanted = false;
	// Plain, not reactive: kept in step with #cards, whose change is the signal.
	#entries: SearchEntry[] = [];
	/** Built at the first search after a change to what cards are found by. */
	#prepared: SearchIndex | undefined;
	/** Where each card is in #cards; made at the first lookup, not on the way to the search box. */
	#positionsMap: Map<Id, number> | undefined;
	#work: Promise<void> = Promise.resolve();
	#markLoaded: () => void = () => {};
	readonly #whenLoaded = new Promise<void>((resolve) => (this.#markLoaded = resolve));

	/** Starts following the database; safe to call from every screen that needs the index. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		const db = appDb();
		onCustomersChanged(db, (ids) => this.#enqueue(() => this.#apply(ids)));
		this.#enqueue(() => this.#reloadAll());
	}

	/** One change at a time, in the order they were committed. */
	#enqueue(step: () => Promise<void>): void {
		this.#work = this.#work.then(step).catch((error: unknown) => {
			this.#error = error;
			this.#loaded = true;
			this.#markLoaded();
		});
	}

	#setCards(cards: CardSummary[], entries: SearchEntry[]): void {
		this.#entries = entries;
		this.#prepared = undefined;
		this.#positionsMap = undefined;
		this.#cards = cards;
		this.#liveIds = cards.map((c) => c.id);
	}

	get #positions(): Map<Id, number> {
		this.#positionsMap ??= new Map(this.#cards.map((c, i) => [c.id, i]));
		return this.#positionsMap;
	}

	async #reloadAll(): Promise<void> {
		const { summaries, entries, inStep } = await readCardIndex(appDb());
		this.#setCards(summaries, entries);
		// Cards written behind the app's back: read them all, which mends the index.
		if (!inStep) await this.#loadCustomers();
		// From here the counter can serve a customer (the benchmark reads this mark too).
		markCardsReady();
		this.#loaded = true;
		this.#markLoaded();
		// The lookup by id is made while the owner looks at the screen, not at the first sale.
		whenIdle(() => void this.#positions);
		if (inStep && this.#customers !== undefined) await this.#loadCustomers();
	}

	async #loadCustomers(): Promise<void> {
		const { liveCustomersAlongIndex } = await loadCardIndexWrites();
		const { customers, mended } = await liveCustomersAlongIndex(appDb(), this.#cards);
		if (mended) this.#setCards(mended.summaries, mended.entries);
		this.#customers = customers;
	}

	#wantCustomers(): void {
		if (this.#customersWanted) return;
		this.#customersWanted = true;
		this.start();
		this.#enqueue(() => this.#loadCustomers());
	}

	async #apply(ids: Id[] | 'many'): Promise<void> {
		if (ids === 'many' || !this.#loaded) return this.#reloadAll();
		const fresh = await appDb().customers.bulkGet(ids);
		const positions = this.#positions;
		const cards = this.#cards.slice();
		const customers = this.#customers?.slice();
		let membershipChanged = false;
		ids.forEach((id, i) => {
			const customer = fresh[i];
			const at = positions.get(id);
			if (at === undefined) {
				if (!isLive(customer)) return;
				positions.set(id, cards.length);
				cards.push(summaryOf(customer));
				customers?.push(customer);
				this.#entries.push(searchEntryOf(customer));
				this.#prepared = undefined;
				membershipChanged = true;
			} else if (isLive(customer)) {
				cards[at] = summaryOf(customer);
				if (customers) customers[at] = customer;
				const entry = searchEntryOf(customer);
				// A sale rewrites the card but not what it is found by: the prepared index stays.
				if (!sameEntry(entry, this.#entries[at])) this.#prepared = undefined;
				this.#entries[at] = entry;
			} else {
				// The last card moves into the gap, so removal stays cheap at any size.
				const last = cards.length - 1;
				cards[at] = cards[last];
				if (customers) customers[at] = customers[last];
				this.#entries[at] = this.#entries[last];
				positions.set(cards[at].id, at);
				cards.pop();
				customers?.pop();
				this.#entries.pop();
				positions.delete(id);
				this.#prepared = undefined;
				membershipChanged = true;
			}
		});
		this.#cards = cards;
		if (customers) this.#customers = customers;
		if (membershipChanged) this.#liveIds = cards.map((c) => c.id);
	}

	/** Every live card's summary. */
	get cards(): readonly CardSummary[] {
		return this.#cards;
	}

	/** The full live cards; reading them starts loading them, empty until `customersLoaded`. */
	get customers(): readonly Customer[] {
		this.#wantCustomers();
		return this.#customers ?? [];
	}

	get customersLoaded(): boolean {
		this.#wantCustomers();
		return this.#customers !== undefined;
	}

	get liveIds(): readonly Id[] {
		return this.#liveIds;
	}

	/** Settles once the summaries are loaded, or loading them failed (then `error` says why). */
	whenLoaded(): Promise<void> {
		this.start();
		return this.#whenLoaded;
	}

	/** True once the summaries are loaded: search, counts and names work from here. */
	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): unknown {
		return this.#error;
	}

	get(id: string): CardSummary | undefined {
		// Read first, so callers follow the card even before it exists.
		const cards = this.#cards;
		const at = this.#positions.get(id);
		return at === undefined ? undefined : cards[at];
	}

	search(query: string, limit = 30): CardSummary[] {
		// Reading #cards here too, so a search that found nothing follows new cards.
		if (this.#cards.length === 0) return [];
		this.#prepared ??= searchIndexOf(this.#entries);
		// #entries and #cards are in the same order (kept so by every change), and the prepared
		// index is dropped whenever a card comes or goes: a position is the card's place in both.
		const cards = this.#cards;
		return searchPositions(this.#prepared, query, limit).map((i) => cards[i]);
	}
}

export const customerIndex = new CustomerIndex();
