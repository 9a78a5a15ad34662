/** Whether the owner has set a PIN: all the app's start needs to know, without the PIN hashing. */
import type { CardFileDb } from './schema';

export const OWNER_PIN_KEY = 'ownerPin';
export const OWNER_PIN_ATTEMPTS_KEY = 'ownerPinAttempts';

/**
 * Settings rows that belong to this device and never travel in a backup: a 4- to 12-digit PIN's
 * hash can be searched offline in moments by anyone holding the file, so a restored shop asks for
 * a PIN to be set instead, and a restore keeps whatever PIN (or none) the device has.
 */
export const DEVICE_ONLY_SETTINGS: readonly string[] = [OWNER_PIN_KEY, OWNER_PIN_ATTEMPTS_KEY];

export async function hasOwnerPin(db: CardFileDb): Promise<boolean> {
	return (await db.settings.get(OWNER_PIN_KEY)) !== undefined;
}
