// Whether the app is locked. Kept in localStorage, so it is known before any page renders and
// survives a reload, a typed address or the back button, and mirrored in the settings table.
import { appDb } from '$lib/db/app-db';
import { storeLocked, storedLocked } from '$lib/db/app-lock';
import {
	lockedOnStart,
	normalizeLockPrefs,
	safeReturnPath,
	type LockContext,
	type LockPrefs
} from '$lib/domain/app-lock';
import { kioskMode } from '$lib/features/kiosk/kiosk-mode.svelte';
import type { FieldValue } from './typing-snapshot';

const LOCKED_KEY = 'counter-cards.app-lock';
const RETURN_KEY = 'counter-cards.app-lock.return';
const ACTIVITY_KEY = 'counter-cards.app-lock.activity';
/** The owner's choices, copied here so a start can decide before the database answers. */
const PREFS_KEY = 'counter-cards.app-lock.prefs';
/** Input is noted at most this often in storage; the idle time is counted in minutes. */
const ACTIVITY_WRITE_MS = 10_000;

function read(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function write(key: string, value: string | undefined): void {
	try {
		if (value === undefined) globalThis.localStorage?.removeItem(key);
		else globalThis.localStorage?.setItem(key, value);
	} catch {
		// Private modes may refuse storage; the settings-table copy still holds the state.
	}
}

function cachedPrefs(): LockPrefs {
	try {
		return normalizeLockPrefs(JSON.parse(read(PREFS_KEY) ?? 'null'));
	} catch {
		return normalizeLockPrefs(undefined);
	}
}

function startsLocked(): boolean {
	const activity = Number(read(ACTIVITY_KEY));
	return lockedOnStart(
		{ locked: read(LOCKED_KEY) === 'on', lastActivityAt: activity > 0 ? activity : undefined },
		Date.now(),
		cachedPrefs(),
		// A PIN is assumed here; `confirm` unlocks once the database says there is none.
		{ pinSet: true, kioskActive: kioskMode.active }
	);
}

class AppLock {
	#locked = $state(startsLocked());
	#lastWrite = 0;
	#typing: FieldValue[] = [];

	constructor() {
		if (this.#locked) write(LOCKED_KEY, 'on');
	}

	get locked(): boolean {
		return this.#locked;
	}

	/** Locks where the owner is now, keeping what they were typing for after the unlock. */
	async lockHere(): Promise<void> {
		if (this.#locked) return;
		// Loaded when first needed: most starts never lock.
		const { captureTyping } = await import('./typing-snapshot');
		if (this.#locked) return;
		this.#typing = captureTyping(document.getElementById('main'));
		this.lock(location.pathname + location.search + location.hash);
	}

	takeTyping(): FieldValue[] {
		const typing = this.#typing;
		this.#typing = [];
		return typing;
	}

	/** Locks, remembering the page (path, query and hash) to come back to. */
	lock(returnTo: string): void {
		write(RETURN_KEY, returnTo);
		write(LOCKED_KEY, 'on');
		this.#locked = true;
		void storeLocked(appDb(), true).catch(() => undefined);
	}

	/** Only after the owner's PIN was checked. Returns where the owner was when it locked. */
	unlock(): string | undefined {
		const returnTo = safeReturnPath(read(RETURN_KEY));
		write(LOCKED_KEY, undefined);
		write(RETURN_KEY, undefined);
		this.noteActivity(Date.now(), true);
		this.#locked = false;
		void storeLocked(appDb(), false).catch(() => undefined);
		return returnTo;
	}

	/** Persists the last input time (throttled), so closing the tab does not dodge the idle lock. */
	noteActivity(at: number, now = false): void {
		if (!now && at - this.#lastWrite < ACTIVITY_WRITE_MS) return;
		this.#lastWrite = at;
		write(ACTIVITY_KEY, String(at));
	}

	rememberPrefs(prefs: LockPrefs): void {
		write(PREFS_KEY, JSON.stringify(prefs));
	}

	/**
	 * Squares the quick start-up guess with the database: locks when the settings-table copy says
	 * locked, and unlocks when there is no PIN to unlock with (nor a way for the owner to set one).
	 */
	async confirm(context: LockContext, returnTo: string): Promise<void> {
		if (!context.pinSet) {
			if (this.#locked) this.unlock();
			return;
		}
		if (!this.#locked && !context.kioskActive && (await storedLocked(appDb()))) {
			this.lock(returnTo);
		}
	}

	/** Follows a lock or unlock in another tab of the app. */
	follow(): () => void {
		const onStorage = (event: StorageEvent) => {
			if (event.key === LOCKED_KEY || event.key === null) {
				this.#locked = read(LOCKED_KEY) === 'on';
			}
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	}
}

export const appLock = new AppLock();
