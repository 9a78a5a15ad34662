/** Every live card in memory, prepared for search-as-you-type and the A to Z box. */
import { appDb } from '$lib/db/app-db';
import { liveCustomers } from '$lib/db/customers';
import { watchQuery } from '$lib/db/live.svelte';
import { searchEntries, searchEntryOf } from '$lib/domain/search';
import type { Customer } from '$lib/domain/types';

class CustomerIndex {
	#customers = $state.raw<Customer[]>([]);
	#loaded = $state(false);
	#error = $state.raw<unknown>(undefined);
	#stop: (() => void) | undefined;
	#entries = $derived(this.#customers.map(searchEntryOf));
	#byId = $derived(new Map(this.#customers.map((c) => [c.id, c])));

	/** Starts following the database; safe to call from every screen that needs the index. */
	start(): void {
		if (this.#stop) return;
		this.#stop = watchQuery(
			() => liveCustomers(appDb()),
			(customers) => {
				this.#customers = customers;
				this.#loaded = true;
			},
			(error) => {
				this.#error = error;
				this.#loaded = true;
			}
		);
	}

	get customers(): readonly Customer[] {
		return this.#customers;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): unknown {
		return this.#error;
	}

	get(id: string): Customer | undefined {
		return this.#byId.get(id);
	}

	search(query: string, limit = 30): Customer[] {
		return searchEntries(this.#entries, query, limit)
			.map((id) => this.#byId.get(id))
			.filter((c): c is Customer => c !== undefined);
	}
}

export const customerIndex = new CustomerIndex();
