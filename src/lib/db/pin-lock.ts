/** The owner's PIN as stored on the device (settings rows), and checking a typed PIN against it. */
import {
	checkedFailures,
	hashNewPin,
	nextAttemptAt,
	pinMatches,
	type OwnerPinRecord,
	type PinAttempts
} from '../domain/pin-lock';
import type { EpochMs } from '../domain/types';
import type { CardFileDb } from './schema';

import {
	hasOwnerPin,
	OWNER_PIN_ATTEMPTS_KEY as ATTEMPTS_KEY,
	OWNER_PIN_KEY as PIN_KEY
} from './owner-pin-key';

export type PinCheck =
	| { ok: true }
	| { ok: false; reason: 'wrong' | 'not-set' }
	| { ok: false; reason: 'wait'; retryAt: EpochMs };

export { hasOwnerPin };

type Admission = { ok: true; record: OwnerPinRecord } | Exclude<PinCheck, { ok: true }>;

/**
 * The try is let in and counted as a failure in one read-write transaction, before the slow hash:
 * IndexedDB runs read-write transactions on the same table one after another, in this tab and in
 * every other, so tries made at the same moment in eight tabs are counted one by one (8, not 1),
 * and none is checked once the fifth wrong PIN has started a wait. A try refused for the wait is
 * counted too (`failures`), but only checked ones (`checked`) lengthen the wait, so typing during
 * it does not keep the owner out longer. The hash itself cannot run inside the transaction (an
 * IndexedDB transaction ends as soon as it waits on anything else, such as WebCrypto).
 */
async function admitTry(db: CardFileDb, now: EpochMs): Promise<Admission> {
	return db.transaction('rw', db.settings, async () => {
		const record = (await db.settings.get(PIN_KEY))?.value as OwnerPinRecord | undefined;
		if (!record) return { ok: false, reason: 'not-set' } as const;
		const attempts = (await db.settings.get(ATTEMPTS_KEY))?.value as PinAttempts | undefined;
		const retryAt = nextAttemptAt(attempts);
		if (attempts && now < retryAt) {
			const refused: PinAttempts = { ...attempts, failures: attempts.failures + 1 };
			await db.settings.put({ key: ATTEMPTS_KEY, value: refused });
			return { ok: false, reason: 'wait', retryAt } as const;
		}
		const checked = checkedFailures(attempts) + 1;
		const counted: PinAttempts = {
			failures: (attempts?.failures ?? 0) + 1,
			checked,
			lastFailureAt: now
		};
		await db.settings.put({ key: ATTEMPTS_KEY, value: counted });
		return { ok: true, record } as const;
	});
}

/** Checks a PIN; wrong ones are counted, and after five each try must wait longer. */
export async function verifyOwnerPin(
	db: CardFileDb,
	pin: string,
	now: EpochMs = Date.now()
): Promise<PinCheck> {
	const admitted = await admitTry(db, now);
	if (!admitted.ok) return admitted;
	if (await pinMatches(pin, admitted.record)) {
		// The right PIN clears the count, the failure counted for this very try included.
		await db.settings.delete(ATTEMPTS_KEY);
		return { ok: true };
	}
	const wait = nextAttemptAt(await pinAttempts(db));
	return wait > now ? { ok: false, reason: 'wait', retryAt: wait } : { ok: false, reason: 'wrong' };
}

/** Wrong PIN tries since the last right one, as stored (for the owner and for tests). */
export async function pinAttempts(db: CardFileDb): Promise<PinAttempts | undefined> {
	return (await db.settings.get(ATTEMPTS_KEY))?.value as PinAttempts | undefined;
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
