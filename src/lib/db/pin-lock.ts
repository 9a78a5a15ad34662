/** The owner's PIN as stored on the device (settings rows), and checking a typed PIN against it. */
import {
	hashNewPin,
	nextAttemptAt,
	pinMatches,
	type OwnerPinRecord,
	type PinAttempts
} from '../domain/pin-lock';
import type { EpochMs } from '../domain/types';
import type { CardFileDb } from './schema';

import { hasOwnerPin, OWNER_PIN_KEY as PIN_KEY } from './owner-pin-key';
const ATTEMPTS_KEY = 'ownerPinAttempts';

export type PinCheck =
	| { ok: true }
	| { ok: false; reason: 'wrong' | 'not-set' }
	| { ok: false; reason: 'wait'; retryAt: EpochMs };

export { hasOwnerPin };

/** Checks a PIN; wrong ones are counted, and after five each try must wait longer. */
export async function verifyOwnerPin(
	db: CardFileDb,
	pin: string,
	now: EpochMs = Date.now()
): Promise<PinCheck> {
	const record = (await db.settings.get(PIN_KEY))?.value as OwnerPinRecord | undefined;
	if (!record) return { ok: false, reason: 'not-set' };
	const attempts = (await db.settings.get(ATTEMPTS_KEY))?.value as PinAttempts | undefined;
	const retryAt = nextAttemptAt(attempts);
	if (now < retryAt) return { ok: false, reason: 'wait', retryAt };
	if (await pinMatches(pin, record)) {
		await db.settings.delete(ATTEMPTS_KEY);
		return { ok: true };
	}
	const failed: PinAttempts = { failures: (attempts?.failures ?? 0) + 1, lastFailureAt: now };
	await db.settings.put({ key: ATTEMPTS_KEY, value: failed });
	const wait = nextAttemptAt(failed);
	return wait > now ? { ok: false, reason: 'wait', retryAt: wait } : { ok: false, reason: 'wrong' };
}

/** Sets the PIN; replacing one needs the current PIN first. */
export async function setOwnerPin(
	db: CardFileDb,
	pin: string,
	currentPin: string = '',
	now: EpochMs = Date.now()
): Promise<PinCheck> {
	if (await hasOwnerPin(db)) {
		const check = await verifyOwnerPin(db, currentPin, now);
		if (!check.ok) return check;
	}
	const record = await hashNewPin(pin, now);
	await db.settings.put({ key: PIN_KEY, value: record });
	return { ok: true };
}
