import { describe, expect, it } from 'vitest';
import {
	loadLockPrefs,
	saveLockPrefs,
	storeLocked,
	storedLocked
} from '../../../src/lib/db/app-lock';
import { freshDb } from './helpers';

describe('app lock settings rows', () => {
	it('keeps the choices and the locked state in the settings table', async () => {
		const db = freshDb();
		expect(await loadLockPrefs(db)).toEqual({ autoLock: false, idleMinutes: 5 });
		await saveLockPrefs(db, { autoLock: true, idleMinutes: 15 });
		expect(await loadLockPrefs(db)).toEqual({ autoLock: true, idleMinutes: 15 });
		expect(await storedLocked(db)).toBe(false);
		await storeLocked(db, true);
		expect(await storedLocked(db)).toBe(true);
		await storeLocked(db, false);
		expect(await storedLocked(db)).toBe(false);
	});
});
