/** The app lock's settings rows: the owner's choices, and a copy of the locked state. */
import { normalizeLockPrefs, type LockPrefs } from '../domain/app-lock';
import type { CardFileDb } from './schema';

const PREFS_KEY = 'lock.prefs';
const LOCKED_KEY = 'lock.locked';

export async function loadLockPrefs(db: CardFileDb): Promise<LockPrefs> {
	return normalizeLockPrefs((await db.settings.get(PREFS_KEY))?.value);
}

export async function saveLockPrefs(db: CardFileDb, prefs: LockPrefs): Promise<void> {
	await db.settings.put({ key: PREFS_KEY, value: normalizeLockPrefs(prefs) });
}

/** A second record of the locked state, so clearing the browser's local storage does not unlock. */
export async function storedLocked(db: CardFileDb): Promise<boolean> {
	return (await db.settings.get(LOCKED_KEY))?.value === true;
}

export async function storeLocked(db: CardFileDb, locked: boolean): Promise<void> {
	await db.settings.put({ key: LOCKED_KEY, value: locked });
}
