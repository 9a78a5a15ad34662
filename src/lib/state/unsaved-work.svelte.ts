/** Forms with unsaved typing register here, so an app update never reloads over them. */
import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

class UnsavedWork {
	#dirty = new SvelteSet<symbol>();

	get any(): boolean {
		return this.#dirty.size > 0;
	}

	/** Marks one form dirty or clean; call with `false` when it is saved or discarded. */
	mark(form: symbol, dirty: boolean): void {
		untrack(() => {
			if (this.#dirty.has(form) === dirty) return;
			if (dirty) this.#dirty.add(form);
			else this.#dirty.delete(form);
		});
	}
}

export const unsavedWork = new UnsavedWork();
