/** FormatJS with Armenian data, for browsers without it (Chromium); fetched only for Armenian. */
import { asksFor, hybridConstructor, inLocalTime, patchToLocaleString } from './intl-hybrid';

type AnyConstructor = Parameters<typeof hybridConstructor>[0];
type Kind = 'DateTimeFormat' | 'NumberFormat' | 'PluralRules';

const LANGUAGE = 'hy';

function replace(kind: Kind, polyfill: unknown, make: (l: unknown, o: unknown) => object): void {
	const native = Intl[kind] as unknown as AnyConstructor;
	const hybrid = hybridConstructor(native, polyfill as AnyConstructor, LANGUAGE, make);
	Object.defineProperty(Intl, kind, { value: hybrid, configurable: true, writable: true });
}

/**
 * Installs the constructors first, then their data: FormatJS data files register themselves
 * through `Intl.X.__addLocaleData`, which the hybrid forwards to the polyfill.
 */
export async function install(missing: readonly Kind[]): Promise<void> {
	// Plurals first: the number polyfill asks Intl.PluralRules for currency names.
	if (missing.includes('PluralRules')) {
		const { PluralRules } = await import('@formatjs/intl-pluralrules');
		replace('PluralRules', PluralRules, (l, o) => new PluralRules(l as string, o as object));
		await import('@formatjs/intl-pluralrules/locale-data/hy.js');
	}
	if (missing.includes('NumberFormat')) {
		const { NumberFormat } = await import('@formatjs/intl-numberformat');
		replace('NumberFormat', NumberFormat, (l, o) => new NumberFormat(l as string, o as object));
		await import('@formatjs/intl-numberformat/locale-data/hy.js');
	}
	if (missing.includes('DateTimeFormat')) {
		const { DateTimeFormat } = await import('@formatjs/intl-datetimeformat');
		replace('DateTimeFormat', DateTimeFormat, (l, o) => {
			const options = (o ?? {}) as Intl.DateTimeFormatOptions;
			if (options.timeZone) return new DateTimeFormat(l as string, options);
			return inLocalTime(
				new DateTimeFormat(l as string, { ...options, timeZone: 'UTC' }) as Intl.DateTimeFormat
			);
		});
		await import('@formatjs/intl-datetimeformat/locale-data/hy.js');
	}
	patchToLocaleString(LANGUAGE);
	if (!asksFor(LANGUAGE, Intl.DateTimeFormat.supportedLocalesOf(LANGUAGE))) {
		throw new Error('Armenian date formats did not load.');
	}
}
