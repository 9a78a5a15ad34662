// Keeps what the owner was typing across a lock: the page is taken out of the DOM while locked,
// so the values are held in memory (never in storage) and put back once the page is shown again.

export interface FieldValue {
	id: string;
	value: string;
	checked?: boolean;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const SKIPPED_TYPES = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset']);

export function captureTyping(root: ParentNode | null): FieldValue[] {
	if (!root) return [];
	const fields = root.querySelectorAll<Field>('input[id], textarea[id], select[id]');
	return [...fields]
		.filter((field) => !(field instanceof HTMLInputElement && SKIPPED_TYPES.has(field.type)))
		.map((field) =>
			field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')
				? { id: field.id, value: field.value, checked: field.checked }
				: { id: field.id, value: field.value }
		);
}

/**
 * Puts the values back through input and change events, so Svelte's bindings take them too.
 * Returns the ids not found yet (a page may still be loading its card from the database).
 */
export function restoreTyping(root: ParentNode, saved: readonly FieldValue[]): FieldValue[] {
	const missing: FieldValue[] = [];
	for (const entry of saved) {
		const field = root.querySelector<Field>(`#${CSS.escape(entry.id)}`);
		if (!field) {
			missing.push(entry);
			continue;
		}
		if (entry.checked !== undefined && field instanceof HTMLInputElement) {
			if (field.checked === entry.checked) continue;
			field.checked = entry.checked;
		} else {
			if (field.value === entry.value) continue;
			field.value = entry.value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}
		field.dispatchEvent(new Event('change', { bubbles: true }));
	}
	return missing;
}

/** Tries again for a short while, until every field is back or the page shows none of them. */
export function restoreTypingSoon(getRoot: () => ParentNode | null, saved: FieldValue[]): void {
	let left = saved;
	let tries = 0;
	const attempt = () => {
		const root = getRoot();
		if (root) left = restoreTyping(root, left);
		if (left.length > 0 && ++tries < 40) setTimeout(attempt, 50);
	};
	setTimeout(attempt, 0);
}
