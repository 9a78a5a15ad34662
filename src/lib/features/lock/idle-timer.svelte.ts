// Watches for touch, key and pointer input and calls back once the app has been idle long enough.
import { msUntilIdleLock, type LockContext, type LockPrefs } from '$lib/domain/app-lock';

/** The input that counts as someone at the tablet. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'];

export class IdleTimer {
	/** When input was last seen; read by the lock to persist it for the next start. */
	lastActivityAt = $state(0);
	#prefs: LockPrefs | undefined;
	#context: LockContext | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #onIdle: () => void;
	readonly #now: () => number;

	constructor(onIdle: () => void, now: () => number = () => Date.now()) {
		this.#onIdle = onIdle;
		this.#now = now;
		this.lastActivityAt = now();
	}

	/** Takes new choices (or a PIN set, kiosk on/off) and re-plans the one pending timeout. */
	configure(prefs: LockPrefs, context: LockContext): void {
		this.#prefs = prefs;
		this.#context = context;
		this.#schedule();
	}

	/**
	 * Input only moves the time stamp: with input arriving many times a second, re-arming a
	 * timeout on each would cost more than checking again when the pending one fires.
	 */
	activity(): void {
		this.lastActivityAt = this.#now();
	}

	/** Restarts the count, e.g. right after unlocking. */
	reset(): void {
		this.lastActivityAt = this.#now();
		this.#schedule();
	}

	/** Checks at once: timers are slowed or paused in a hidden tab, so a tab coming back asks. */
	check(): void {
		this.#schedule();
	}

	/** Listens on the window (or any event target in tests); returns the way to stop. */
	attach(target: EventTarget, doc?: EventTarget): () => void {
		const onActivity = () => this.activity();
		const onVisible = () => this.check();
		for (const type of ACTIVITY_EVENTS) {
			target.addEventListener(type, onActivity, { passive: true, capture: true });
		}
		doc?.addEventListener('visibilitychange', onVisible);
		return () => {
			for (const type of ACTIVITY_EVENTS) {
				target.removeEventListener(type, onActivity, { capture: true });
			}
			doc?.removeEventListener('visibilitychange', onVisible);
			this.stop();
		};
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#schedule(): void {
		this.stop();
		if (!this.#prefs || !this.#context) return;
		const wait = msUntilIdleLock(this.#now(), this.lastActivityAt, this.#prefs, this.#context);
		if (wait === undefined) return;
		if (wait === 0) {
			this.#onIdle();
			return;
		}
		this.#timer = setTimeout(() => this.#schedule(), wait);
	}
}
