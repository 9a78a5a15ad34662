import { describe, expect, it } from 'vitest';
import { hasOwnerPin, setOwnerPin, verifyOwnerPin } from '../../../src/lib/db/pin-lock';
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
});
