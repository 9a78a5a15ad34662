/** The cards opened most recently on this device, for the counter home. */
import { untrack } from 'svelte';

const STORAGE_KEY = 'counter-cards:recently-seen';
const KEEP = 8;

function readStored(): string[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : [];
	} catch {
		return [];
	}
}

class RecentlySeen {
	#ids = $state.raw<string[]>(typeof localStorage === 'undefined' ? [] : readStored());

	get ids(): readonly string[] {
		return this.#ids;
	}

	/** Safe to call from an effect: it does not make the caller depend on the list. */
	saw(id: string): void {
		const previous = untrack(() => this.#ids);
		if (previous[0] === id) return;
		this.#ids = [id, ...previous.filter((other) => other !== id)].slice(0, KEEP);
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify(this.#ids));
		} catch {
			// A full or disabled storage only loses this convenience list, never a card.
		}
	}
}

export const recentlySeen = new RecentlySeen();
