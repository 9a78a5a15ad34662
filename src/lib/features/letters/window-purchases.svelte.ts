/**
 * Who bought what in the letters' purchase window, followed while the "bought a category"
 * audience is chosen: the window's sales are read again when a sale is recorded or voided.
 */
import { appDb } from '$lib/db/app-db';
import { watchQuery } from '$lib/db/live.svelte';
import { loadWindowPurchases } from '$lib/db/sales-window';
import {
	sameWindow,
	type PurchaseWindow,
	type WindowPurchases
} from '$lib/domain/category-audience';

class WindowPurchasesState {
	#current = $state.raw<WindowPurchases | undefined>(undefined);
	#error = $state.raw<unknown>(undefined);

	/** Follows a window's sales; call from an effect and return what it returns. */
	follow(window: PurchaseWindow): () => void {
		return watchQuery(
			() => loadWindowPurchases(appDb(), window),
			(purchases) => {
				this.#current = purchases;
				this.#error = undefined;
			},
			(error) => (this.#error = error)
		);
	}

	/** The purchases of this window once read; undefined while they are read. */
	of(window: PurchaseWindow): WindowPurchases | undefined {
		const current = this.#current;
		return current && sameWindow(current.window, window) ? current : undefined;
	}

	get error(): unknown {
		return this.#error;
	}
}

export const windowPurchases = new WindowPurchasesState();
