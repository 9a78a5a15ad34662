/** Short messages at the bottom of the screen, some with an action such as "Undo". */
export interface Toast {
	id: number;
	message: string;
	kind: 'info' | 'error';
	action?: { label: string; run: () => void | Promise<void> };
}

const SHOW_MS = 8000;
/** The stack stays short: a fourth toast sends the oldest away. */
const MOST_SHOWN = 3;
let nextId = 1;

class Toasts {
	#items = $state.raw<Toast[]>([]);

	get items(): readonly Toast[] {
		return this.#items;
	}

	show(message: string, options: Partial<Pick<Toast, 'kind' | 'action'>> = {}): void {
		const toast: Toast = { id: nextId++, message, kind: options.kind ?? 'info', ...options };
		this.#items = [...this.#items, toast].slice(-MOST_SHOWN);
		setTimeout(() => this.dismiss(toast.id), SHOW_MS);
	}

	/** Forgets every toast and its action (kiosk mode: nothing from before may show or be undone). */
	clear(): void {
		this.#items = [];
	}

	dismiss(id: number): void {
		this.#items = this.#items.filter((t) => t.id !== id);
	}
}

export const toasts = new Toasts();
