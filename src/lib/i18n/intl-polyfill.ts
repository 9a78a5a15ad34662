/**
 * Loads FormatJS Intl data for a UI language the browser cannot format (Chromium ships no
 * Armenian), only when that language is chosen and only when the browser lacks it.
 */

type IntlKind = 'DateTimeFormat' | 'NumberFormat' | 'PluralRules';

/** Languages we can add Intl data for; each loader is a separate, lazily fetched chunk. */
const LOADERS: Record<string, () => Promise<typeof import('./intl-polyfill-hy')>> = {
	hy: () => import('./intl-polyfill-hy')
};

const pending = new Map<string, Promise<void>>();

function baseOf(locale: string): string {
	return locale.split('-')[0].toLowerCase();
}

/** Which of the Intl services cannot speak the language natively. */
export function missingIntl(locale: string): IntlKind[] {
	const supported: Record<IntlKind, (tag: string) => string[]> = {
		DateTimeFormat: (tag) => Intl.DateTimeFormat.supportedLocalesOf(tag),
		NumberFormat: (tag) => Intl.NumberFormat.supportedLocalesOf(tag),
		PluralRules: (tag) => Intl.PluralRules.supportedLocalesOf(tag)
	};
	return (Object.keys(supported) as IntlKind[]).filter(
		(kind) => supported[kind](locale).length === 0
	);
}

/**
 * Resolves once dates, numbers and plurals format in the language. Await it before the first
 * render in that language; for languages the browser knows it costs nothing and loads nothing.
 */
export function ensureIntl(locale: string): Promise<void> {
	const base = baseOf(locale);
	const loader = LOADERS[base];
	if (!loader) return Promise.resolve();
	const missing = missingIntl(base);
	if (missing.length === 0) return Promise.resolve();
	let loading = pending.get(base);
	if (!loading) {
		loading = loader().then((module) => module.install(missing));
		pending.set(base, loading);
		// A failed download (offline before the chunk was cached) may be retried later.
		loading.catch(() => pending.delete(base));
	}
	return loading;
}
