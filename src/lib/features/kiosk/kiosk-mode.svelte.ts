// Whether this device is in kiosk mode. Kept in localStorage so that it is known synchronously,
// before any page renders, and survives a reload or a typed address.
const STORAGE_KEY = 'counter-cards.kiosk-mode';

function readStored(): boolean {
	try {
		return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on';
	} catch {
		return false;
	}
}

class KioskMode {
	#active = $state(readStored());

	get active(): boolean {
		return this.#active;
	}

	enter(): void {
		localStorage.setItem(STORAGE_KEY, 'on');
		this.#active = true;
	}

	/** Follows a change made in another tab, so every open tab of the app is in kiosk mode too. */
	follow(): () => void {
		const onStorage = (event: StorageEvent) => {
			if (event.key === STORAGE_KEY || event.key === null) this.#active = readStored();
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	}

	/** Only after the owner's PIN was checked. */
	leave(): void {
		localStorage.removeItem(STORAGE_KEY);
		this.#active = false;
	}
}

export const kioskMode = new KioskMode();
