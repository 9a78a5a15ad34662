/** The shop's settings, loaded once at start and shared by every screen. */
import { appDb } from '$lib/db/app-db';
import { DEFAULT_SETTINGS, loadShopSettings, saveShopSettings } from '$lib/db/settings';
import { defaultCurrency } from '$lib/domain/shop-region';
import type { ShopSettings } from '$lib/domain/types';
import { uiLocale } from '$lib/i18n/locale.svelte';

/** A new device's settings: the language the browser asked for, and that language's currency. */
function newDeviceSettings(language: string): ShopSettings {
	// No region here: the region's currency (USD for en-US) is offered at setup, where the owner
	// sees it, rather than applied unseen.
	return { ...DEFAULT_SETTINGS, language, currency: defaultCurrency(language) };
}

class ShopState {
	#settings = $state.raw<ShopSettings>(newDeviceSettings(uiLocale.current));
	#loaded = $state(false);
	#stored = $state(false);

	get settings(): ShopSettings {
		return this.#settings;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	/** Whether the settings were ever saved on this device (setup finished or skipped). */
	get stored(): boolean {
		return this.#stored;
	}

	get currency(): string {
		return this.#settings.currency;
	}

	async load(): Promise<void> {
		// A new device starts in the language the browser asked for, not the default one.
		const saved = await loadShopSettings(appDb());
		this.#stored = saved !== undefined;
		this.#settings = saved ?? newDeviceSettings(uiLocale.current);
		await uiLocale.set(this.#settings.language);
		this.#loaded = true;
	}

	async save(settings: ShopSettings): Promise<void> {
		await saveShopSettings(appDb(), settings);
		this.#settings = { ...settings };
		this.#stored = true;
		await uiLocale.set(settings.language);
	}

	/** The language switched on the setup screen, before anything is saved. */
	async preview(language: string): Promise<void> {
		this.#settings = { ...this.#settings, language };
		await uiLocale.set(language);
	}
}

export const shop = new ShopState();
