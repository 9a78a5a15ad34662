/** The shop's settings, loaded once at start and shared by every screen. */
import { appDb } from '$lib/db/app-db';
import {
	DEFAULT_SETTINGS,
	getSetting,
	loadShopSettings,
	putSetting,
	saveShopSettings
} from '$lib/db/settings';
import { defaultCurrency } from '$lib/domain/shop-region';
import type { ShopSettings } from '$lib/domain/types';
import { uiLocale } from '$lib/i18n/locale.svelte';

/** A new device's settings: the language the browser asked for, and that language's currency. */
function newDeviceSettings(language: string): ShopSettings {
	// No region here: the region's currency (USD for en-US) is offered at setup, where the owner
	// sees it, rather than applied unseen.
	return { ...DEFAULT_SETTINGS, language, currency: defaultCurrency(language) };
}

/** Set when the owner skipped the first-run setup: nothing else is decided by skipping it. */
const SETUP_SKIPPED_KEY = 'setupSkipped';

class ShopState {
	#settings = $state.raw<ShopSettings>(newDeviceSettings(uiLocale.current));
	#loaded = $state(false);
	#setupDone = $state(false);

	get settings(): ShopSettings {
		return this.#settings;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	/** Whether the first-run setup was finished (the settings saved) or skipped on this device. */
	get setupDone(): boolean {
		return this.#setupDone;
	}

	get currency(): string {
		return this.#settings.currency;
	}

	async load(): Promise<void> {
		// A new device starts in the language the browser asked for, not the default one.
		const [saved, skipped] = await Promise.all([
			loadShopSettings(appDb()),
			getSetting<boolean>(appDb(), SETUP_SKIPPED_KEY)
		]);
		this.#setupDone = saved !== undefined || skipped === true;
		this.#settings = saved ?? newDeviceSettings(uiLocale.current);
		await uiLocale.set(this.#settings.language);
		this.#loaded = true;
	}

	async save(settings: ShopSettings): Promise<void> {
		await saveShopSettings(appDb(), settings);
		this.#settings = { ...settings };
		this.#setupDone = true;
		await uiLocale.set(settings.language);
	}

	/**
	 * Skipping saves nothing of the shop: until the owner saves the settings, the language follows
	 * the browser and the currency the language, as on any new device.
	 */
	async skipSetup(): Promise<void> {
		await putSetting(appDb(), SETUP_SKIPPED_KEY, true);
		this.#setupDone = true;
	}

	/** The language switched on the setup screen, before anything is saved. */
	async preview(language: string): Promise<void> {
		this.#settings = { ...this.#settings, language };
		await uiLocale.set(language);
	}
}

export const shop = new ShopState();
