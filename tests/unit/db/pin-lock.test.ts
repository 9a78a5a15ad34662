import { describe, expect, it } from 'vitest';
import {
	hasOwnerPin,
	pinAttempts,
	setOwnerPin,
	verifyOwnerPin
} from '../../../src/lib/db/pin-lock';
import { CardFileDb } from '../../../src/lib/db/schema';
import { freshDb } from './helpers';

describe('owner PIN on the device', () => {
	it('is set once, checked, and changed only with the current PIN', async () => {
		const db = freshDb();
		expect(await hasOwnerPin(db)).toBe(false);
		expect(await verifyOwnerPin(db, '1234')).toEqual({ ok: false, reason: 'not-set' });
		expect(await setOwnerPin(db, '482913')).toEqual({ ok: true });
		expect(await verifyOwnerPin(db, '482913')).toEqual({ ok: true });
		expect(await verifyOwnerPin(db, '000000')).toEqual({ ok: false, reason: 'wrong' });
		expect((await setOwnerPin(db, '1111', '000000')).ok).toBe(false);
		expect(await setOwnerPin(db, '1111', '482913')).toEqual({ ok: true });
		expect(await verifyOwnerPin(db, '1111')).toEqual({ ok: true });
	});

	it('makes the sixth try wait after five wrong PINs, even with the right one', async () => {
		const db = freshDb();
		await setOwnerPin(db, '482913', '', 0);
		const now = 1_000_000;
		for (let i = 0; i < 4; i++) expect((await verifyOwnerPin(db, '1', now)).ok).toBe(false);
		const fifth = await verifyOwnerPin(db, '1', now);
		expect(fifth).toMatchObject({ ok: false, reason: 'wait' });
		expect(await verifyOwnerPin(db, '482913', now + 1000)).toMatchObject({ reason: 'wait' });
		const retryAt = (fifth as { retryAt: number }).retryAt;
		expect(await verifyOwnerPin(db, '482913', retryAt)).toEqual({ ok: true });
		// A right PIN clears the count.
		expect(await verifyOwnerPin(db, '1', retryAt + 1)).toEqual({ ok: false, reason: 'wrong' });
	});

	it('counts eight wrong PINs tried at the same moment as eight, and checks only five', async () => {
		const db = freshDb();
		await setOwnerPin(db, '482913', '', 0);
		const now = 1_000_000;
		const results = await Promise.all(
			Array.from({ length: 8 }, (_, i) => verifyOwnerPin(db, `00000${i}`, now))
		);
		expect(results.every((r) => !r.ok)).toBe(true);
		expect(await pinAttempts(db)).toEqual({ failures: 8, checked: 5, lastFailureAt: now });
		// Three were refused unchecked: the wait the fifth started, not a longer one.
		const waits = results.filter((r) => !r.ok && r.reason === 'wait');
		expect(waits.length).toBeGreaterThanOrEqual(3);
		expect(await verifyOwnerPin(db, '482913', now + 30_000)).toEqual({ ok: true });
		expect(await pinAttempts(db)).toBeUndefined();
	});

	it('counts tries from separate connections (tabs) to the same database one by one', async () => {
		const name = `test-tabs-${Math.random().toString(36).slice(2)}`;
		const first = new CardFileDb(name);
		await setOwnerPin(first, '482913', '', 0);
		const tabs = Array.from({ length: 4 }, () => new CardFileDb(name));
		const now = 1_000_000;
		await Promise.all(tabs.map((tab) => verifyOwnerPin(tab, '111111', now)));
		expect(await pinAttempts(first)).toEqual({ failures: 4, checked: 4, lastFailureAt: now });
		for (const tab of tabs) tab.close();
		first.close();
	});

	it('a try during the wait is counted but does not lengthen the wait', async () => {
		const db = freshDb();
		await setOwnerPin(db, '482913', '', 0);
		const now = 1_000_000;
		for (let i = 0; i < 5; i++) await verifyOwnerPin(db, '1', now);
		for (let i = 0; i < 3; i++) {
			expect(await verifyOwnerPin(db, '1', now + 1000)).toEqual({
				ok: false,
				reason: 'wait',
				retryAt: now + 30_000
			});
		}
		expect(await pinAttempts(db)).toEqual({ failures: 8, checked: 5, lastFailureAt: now });
	});
});
