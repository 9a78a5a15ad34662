import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	CARDS_READY_MARK,
	markCardsReady,
	whenStartupSettled
} from '../../../src/lib/state/startup';

afterEach(() => {
	performance.clearMarks(CARDS_READY_MARK);
	vi.useRealTimers();
});

describe('start-up settling', () => {
	it('settles when the counter marks its cards ready', async () => {
		let settled = false;
		const waiting = whenStartupSettled().then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		markCardsReady();
		await waiting;
		expect(settled).toBe(true);
	});

	it('settles at once when the cards were already ready', async () => {
		markCardsReady();
		await expect(whenStartupSettled()).resolves.toBeUndefined();
	});

	it('marks the moment once, however often the index reloads', () => {
		markCardsReady();
		markCardsReady();
		expect(performance.getEntriesByName(CARDS_READY_MARK)).toHaveLength(1);
	});

	it('settles after three seconds on pages without cards to load', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		let settled = false;
		const waiting = whenStartupSettled().then(() => (settled = true));
		vi.advanceTimersByTime(2999);
		await Promise.resolve();
		expect(settled).toBe(false);
		vi.advanceTimersByTime(1);
		await waiting;
		expect(settled).toBe(true);
	});
});
