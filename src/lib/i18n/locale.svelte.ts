/** The UI language as a rune, so the screens re-render when the owner switches it. */
import { getLocale, isLocale, locales, setLocale, type Locale } from '$lib/paraglide/runtime';
import { ensureIntl } from './intl-polyfill';

const RIGHT_TO_LEFT = new Set(['he', 'ar', 'fa', 'ur', 'yi']);

export function directionOf(locale: string): 'rtl' | 'ltr' {
	return RIGHT_TO_LEFT.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

function applyToDocument(locale: Locale): void {
	document.documentElement.lang = locale;
	document.documentElement.dir = directionOf(locale);
}

class LocaleState {
	#current = $state<Locale>(getLocale());

	get current(): Locale {
		return this.#current;
	}

	get dir(): 'rtl' | 'ltr' {
		return directionOf(this.#current);
	}

	/**
	 * Switches the whole UI without a reload, so nothing typed is lost. The screens re-render
	 * only once the browser can format the language's dates and numbers.
	 */
	async set(locale: string): Promise<void> {
		if (!isLocale(locale)) return;
		await ensureIntl(locale);
		void setLocale(locale, { reload: false });
		this.#current = locale;
		applyToDocument(locale);
	}

	init(): void {
		applyToDocument(this.#current);
	}
}

export const uiLocale = new LocaleState();
export const availableLocales: readonly Locale[] = locales;
