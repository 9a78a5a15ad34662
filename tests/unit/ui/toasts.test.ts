import { describe, expect, it } from 'vitest';
import { toasts } from '../../../src/lib/ui/toasts.svelte';

describe('the toasts', () => {
	it('stack at most three, the newest last, and clear at once', () => {
		for (const message of ['one', 'two', 'three', 'four']) toasts.show(message);
		expect(toasts.items.map((t) => t.message)).toEqual(['two', 'three', 'four']);
		toasts.clear();
		expect(toasts.items).toEqual([]);
	});
});
