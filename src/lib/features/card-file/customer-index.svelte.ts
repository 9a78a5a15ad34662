/** Every live card in memory, prepared for search-as-you-type and the A to Z box. */
import { appDb } from '$lib/db/app-db';
import { liveCustomers, onCustomersChanged } from '$lib/db/customer-reads';
import { searchEntries, searchEntryOf, type SearchEntry } from '$lib/domain/search';
import type { Customer, Id } from '$lib/domain/types';
import { markCardsReady } from '$lib/state/startup';

function isLive(customer: Customer | undefined): customer is Customer {
	return customer !== undefined && customer.deletedAt === undefined;
}

/**
 * Loaded once, then patched card by card: after a sale only the one card it rewrote is read
 * again, so a shop of 50,000 cards does not reload and re-index everything at every tap.
 */
class CustomerIndex {
	#customers = $state.raw<Customer[]>([]);
	/** Changes only when a card appears or disappears, not when a card's fields change. */
	#liveIds = $state.raw<readonly Id[]>([]);
	#loaded = $state(false);
	#error = $state.raw<unknown>(undefined);
	#started = false;
	// Plain, not reactive: kept in step with #customers, whose change is the signal.
	#entries: SearchEntry[] = [];
	#positions = new Map<Id, number>();
	#work: Promise<void> = Promise.resolve();

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
		});
	}

	async #reloadAll(): Promise<void> {
		const customers = await liveCustomers(appDb());
		this.#entries = customers.map(searchEntryOf);
		this.#positions = new Map(customers.map((c, i) => [c.id, i]));
		this.#customers = customers;
		this.#liveIds = customers.map((c) => c.id);
		// From here the counter can serve a customer (the benchmark reads this mark too).
		markCardsReady();
		this.#loaded = true;
	}

	async #apply(ids: Id[] | 'many'): Promise<void> {
		if (ids === 'many' || !this.#loaded) return this.#reloadAll();
		const fresh = await appDb().customers.bulkGet(ids);
		const customers = this.#customers.slice();
		let membershipChanged = false;
		ids.forEach((id, i) => {
			const customer = fresh[i];
			const at = this.#positions.get(id);
			if (at === undefined) {
				if (!isLive(customer)) return;
				this.#positions.set(id, customers.length);
				customers.push(customer);
				this.#entries.push(searchEntryOf(customer));
				membershipChanged = true;
			} else if (isLive(customer)) {
				customers[at] = customer;
				this.#entries[at] = searchEntryOf(customer);
			} else {
				// The last card moves into the gap, so removal stays cheap at any size.
				const last = customers.length - 1;
				customers[at] = customers[last];
				this.#entries[at] = this.#entries[last];
				this.#positions.set(customers[at].id, at);
				customers.pop();
				this.#entries.pop();
				this.#positions.delete(id);
				membershipChanged = true;
			}
		});
		this.#customers = customers;
		if (membershipChanged) this.#liveIds = customers.map((c) => c.id);
	}

	get customers(): readonly Customer[] {
		return this.#customers;
	}

	get liveIds(): readonly Id[] {
		return this.#liveIds;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): unknown {
		return this.#error;
	}

	get(id: string): Customer | undefined {
		// Read first, so callers follow the card even before it exists.
		const customers = this.#customers;
		const at = this.#positions.get(id);
		return at === undefined ? undefined : customers[at];
	}

	search(query: string, limit = 30): Customer[] {
		// Reading #customers here too, so a search that found nothing follows new cards.
		if (this.#customers.length === 0) return [];
		return searchEntries(this.#entries, query, limit)
			.map((id) => this.get(id))
			.filter((c): c is Customer => c !== undefined);
	}
}

export const customerIndex = new CustomerIndex();
