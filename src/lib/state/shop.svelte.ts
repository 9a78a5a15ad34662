/** The shop's settings, loaded once at start and shared by every screen. */
import { appDb } from '$lib/db/app-db';
import { DEFAULT_SETTINGS, loadShopSettings, saveShopSettings } from '$lib/db/settings';
import type { ShopSettings } from '$lib/domain/types';
import { uiLocale } from '$lib/i18n/locale.svelte';

class ShopState {
	#settings = $state.raw<ShopSettings>({ ...DEFAULT_SETTINGS, language: uiLocale.current });
	#loaded = $state(false);

	get settings(): ShopSettings {
		return this.#settings;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	get currency(): string {
		return this.#settings.currency;
	}

	async load(): Promise<void> {
		// A new device starts in the language the browser asked for, not the default one.
		this.#settings = (await loadShopSettings(appDb())) ?? {
			...DEFAULT_SETTINGS,
			language: uiLocale.current
		};
		await uiLocale.set(this.#settings.language);
		this.#loaded = true;
	}

	async save(settings: ShopSettings): Promise<void> {
		await saveShopSettings(appDb(), settings);
		this.#settings = { ...settings };
		await uiLocale.set(settings.language);
	}
}

export const shop = new ShopState();
