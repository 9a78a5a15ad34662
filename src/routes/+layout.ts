import { ensureIntl } from '$lib/i18n/intl-polyfill';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

// The whole app runs on the device: no server rendering, every route served by the SPA fallback.
export const ssr = false;
export const prerender = false;

// Nothing renders before the language's dates and numbers can be formatted (Armenian in Chromium).
export const load: LayoutLoad = async () => {
	await ensureIntl(getLocale());
};
