/** The app-wide PIN lock's rules: when idleness locks, whether a start opens locked, wait words. */
import type { EpochMs } from './types';

/** The idle times the owner can choose, in minutes. */
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;

export interface LockPrefs {
	/** Lock by itself after `idleMinutes` without touch, key or pointer input. */
	autoLock: boolean;
	idleMinutes: number;
}

/** Off until the owner turns it on: a PIN set for the kiosk alone must not start locking the app. */
export const DEFAULT_LOCK_PREFS: LockPrefs = { autoLock: false, idleMinutes: DEFAULT_IDLE_MINUTES };

/** Whatever was stored (an old or hand-edited value), as prefs the app can use. */
export function normalizeLockPrefs(raw: unknown): LockPrefs {
	if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_LOCK_PREFS };
	const value = raw as Partial<Record<keyof LockPrefs, unknown>>;
	const minutes = value.idleMinutes;
	return {
		autoLock: value.autoLock === true,
		idleMinutes: (IDLE_CHOICES as readonly unknown[]).includes(minutes)
			? (minutes as number)
			: DEFAULT_IDLE_MINUTES
	};
}

export function idleMs(prefs: LockPrefs): number {
	return prefs.idleMinutes * 60_000;
}

/** What decides whether the app may lock at all. */
export interface LockContext {
	/** Without a PIN there is no way back in, so nothing locks. */
	pinSet: boolean;
	/** The kiosk's own guard rules while it is on; the app lock stays out of its way. */
	kioskActive: boolean;
}

export function canLock(context: LockContext): boolean {
	return context.pinSet && !context.kioskActive;
}

/** Milliseconds left before idleness locks the app, or undefined when it never will. */
export function msUntilIdleLock(
	now: EpochMs,
	lastActivityAt: EpochMs,
	prefs: LockPrefs,
	context: LockContext
): number | undefined {
	if (!prefs.autoLock || !canLock(context)) return undefined;
	return Math.max(0, lastActivityAt + idleMs(prefs) - now);
}

export function shouldIdleLock(
	now: EpochMs,
	lastActivityAt: EpochMs,
	prefs: LockPrefs,
	context: LockContext
): boolean {
	return msUntilIdleLock(now, lastActivityAt, prefs, context) === 0;
}

/**
 * Whether the app opens locked: it was locked when closed, or it was left idle for longer than
 * the idle time (closing the tab must not be a way around the lock).
 */
export function lockedOnStart(
	stored: { locked: boolean; lastActivityAt?: EpochMs },
	now: EpochMs,
	prefs: LockPrefs,
	context: LockContext
): boolean {
	if (!canLock(context)) return false;
	if (stored.locked) return true;
	if (stored.lastActivityAt === undefined) return false;
	return shouldIdleLock(now, stored.lastActivityAt, prefs, context);
}

/** How long to wait before the next PIN try, in the unit a person would say it in. */
export function waitInWords(
	retryAt: EpochMs,
	now: EpochMs
): { unit: 'seconds' | 'minutes'; count: number } {
	const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
	if (seconds < 60) return { unit: 'seconds', count: seconds };
	return { unit: 'minutes', count: Math.ceil(seconds / 60) };
}

/**
 * The place to return to after unlocking, if it is a path of this app (a stored value that came
 * from elsewhere must not send the owner off-site).
 */
export function safeReturnPath(stored: string | null | undefined): string | undefined {
	if (!stored || !stored.startsWith('/') || stored.startsWith('//') || stored.includes('\\')) {
		return undefined;
	}
	return stored;
}
