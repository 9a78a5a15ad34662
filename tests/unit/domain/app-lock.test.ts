import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LOCK_PREFS,
	canLock,
	lockedOnStart,
	msUntilIdleLock,
	normalizeLockPrefs,
	safeReturnPath,
	shouldIdleLock,
	waitInWords
} from '../../../src/lib/domain/app-lock';

const on = { autoLock: true, idleMinutes: 5 };
const ready = { pinSet: true, kioskActive: false };
const MIN = 60_000;

describe('app lock rules', () => {
	it('is off by default with five minutes, and repairs stored values', () => {
		expect(DEFAULT_LOCK_PREFS).toEqual({ autoLock: false, idleMinutes: 5 });
		expect(normalizeLockPrefs(undefined)).toEqual(DEFAULT_LOCK_PREFS);
		expect(normalizeLockPrefs({ autoLock: true, idleMinutes: 7 })).toEqual(on);
		expect(normalizeLockPrefs({ autoLock: 'yes', idleMinutes: 15 })).toEqual({
			autoLock: false,
			idleMinutes: 15
		});
	});

	it('never locks without a PIN, nor while the kiosk is on', () => {
		expect(canLock({ pinSet: false, kioskActive: false })).toBe(false);
		expect(canLock({ pinSet: true, kioskActive: true })).toBe(false);
		expect(shouldIdleLock(10 * MIN, 0, on, { pinSet: false, kioskActive: false })).toBe(false);
		expect(shouldIdleLock(10 * MIN, 0, on, { pinSet: true, kioskActive: true })).toBe(false);
	});

	it('locks once the idle time has passed since the last input, and not before', () => {
		expect(msUntilIdleLock(0, 0, on, ready)).toBe(5 * MIN);
		expect(shouldIdleLock(5 * MIN - 1, 0, on, ready)).toBe(false);
		expect(shouldIdleLock(5 * MIN, 0, on, ready)).toBe(true);
		expect(shouldIdleLock(6 * MIN, 2 * MIN, on, ready)).toBe(false);
		expect(msUntilIdleLock(6 * MIN, 2 * MIN, on, ready)).toBe(MIN);
	});

	it('never locks by itself when the owner turned that off', () => {
		expect(msUntilIdleLock(60 * MIN, 0, { ...on, autoLock: false }, ready)).toBeUndefined();
	});

	it('opens locked when it was locked, or left idle longer than the idle time', () => {
		expect(lockedOnStart({ locked: true }, 0, DEFAULT_LOCK_PREFS, ready)).toBe(true);
		expect(lockedOnStart({ locked: false, lastActivityAt: 0 }, 6 * MIN, on, ready)).toBe(true);
		expect(lockedOnStart({ locked: false, lastActivityAt: 0 }, 4 * MIN, on, ready)).toBe(false);
		expect(lockedOnStart({ locked: false }, 60 * MIN, on, ready)).toBe(false);
		expect(lockedOnStart({ locked: true }, 0, on, { pinSet: true, kioskActive: true })).toBe(false);
	});

	it('says the wait in seconds under a minute, else in whole minutes rounded up', () => {
		expect(waitInWords(30_000, 0)).toEqual({ unit: 'seconds', count: 30 });
		expect(waitInWords(500, 0)).toEqual({ unit: 'seconds', count: 1 });
		expect(waitInWords(0, 10)).toEqual({ unit: 'seconds', count: 1 });
		expect(waitInWords(60_000, 0)).toEqual({ unit: 'minutes', count: 1 });
		expect(waitInWords(61_000, 0)).toEqual({ unit: 'minutes', count: 2 });
		expect(waitInWords(15 * MIN, 0)).toEqual({ unit: 'minutes', count: 15 });
	});

	it('returns only to paths of this app', () => {
		expect(safeReturnPath('/customers/01ABC?tab=sales#notes')).toBe(
			'/customers/01ABC?tab=sales#notes'
		);
		expect(safeReturnPath('//evil.example/')).toBeUndefined();
		expect(safeReturnPath('https://evil.example/')).toBeUndefined();
		expect(safeReturnPath('/\\evil.example')).toBeUndefined();
		expect(safeReturnPath(null)).toBeUndefined();
	});
});
