/**
 * Puts a FormatJS Intl constructor beside the browser's own: one language goes to FormatJS, every
 * other language keeps the native one (FormatJS would format English with Armenian data).
 * Only imported by the lazily loaded per-language polyfill chunks.
 */

type AnyConstructor = (new (...args: never[]) => object) & Record<string, unknown>;
type SupportedLocalesOf = (locales?: string | readonly string[], options?: object) => string[];

/** True when the first requested locale is the polyfilled language (or one of its regions). */
export function asksFor(language: string, locales: unknown): boolean {
	const first: unknown = Array.isArray(locales) ? locales[0] : locales;
	if (first === undefined || first === null) return false;
	const tag = String(first).toLowerCase();
	return tag === language || tag.startsWith(`${language}-`);
}

/**
 * The native constructor, except for `language`, which goes to `make`. Statics missing on the
 * native one (FormatJS's `__addLocaleData`) come from the polyfill, so its data files load into it.
 */
export function hybridConstructor(
	native: AnyConstructor,
	polyfill: AnyConstructor,
	language: string,
	make: (locales: unknown, options: unknown) => object
): AnyConstructor {
	const nativeSupported = native.supportedLocalesOf as SupportedLocalesOf;
	const polyfillSupported = polyfill.supportedLocalesOf as SupportedLocalesOf;
	const supportedLocalesOf: SupportedLocalesOf = (locales, options) =>
		Intl.getCanonicalLocales(locales as string[]).filter(
			(tag) =>
				nativeSupported.call(native, tag, options).length > 0 ||
				polyfillSupported.call(polyfill, tag, options).length > 0
		);
	return new Proxy(native, {
		construct(target, args: unknown[]) {
			return asksFor(language, args[0])
				? make(args[0], args[1])
				: (Reflect.construct(target, args) as object);
		},
		apply(target, thisArg, args: unknown[]) {
			return asksFor(language, args[0])
				? make(args[0], args[1])
				: (Reflect.apply(
						target as unknown as (...a: unknown[]) => unknown,
						thisArg,
						args
					) as object);
		},
		get(target, property, receiver) {
			if (property === 'supportedLocalesOf') return supportedLocalesOf;
			if (property in target) return Reflect.get(target, property, receiver) as unknown;
			return Reflect.get(polyfill, property) as unknown;
		}
	});
}

const MINUTE_MS = 60_000;

/** The wall-clock time here, expressed as the same digits in UTC. */
function asLocalWallClock(date: unknown): Date {
	const time = date === undefined ? Date.now() : Number(date);
	return new Date(time - new Date(time).getTimezoneOffset() * MINUTE_MS);
}

/**
 * FormatJS needs time-zone data (hundreds of KB) for anything but UTC. The device's own zone is
 * the only one the app shows, so the date is shifted to local wall-clock time and shown as UTC.
 */
export function inLocalTime(dtf: Intl.DateTimeFormat): Intl.DateTimeFormat {
	const format = dtf.format.bind(dtf);
	const formatToParts = dtf.formatToParts.bind(dtf);
	const formatRange = dtf.formatRange.bind(dtf);
	const formatRangeToParts = dtf.formatRangeToParts.bind(dtf);
	const resolvedOptions = dtf.resolvedOptions.bind(dtf);
	const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
	Object.defineProperties(dtf, {
		format: { value: (date?: Date | number) => format(asLocalWallClock(date)) },
		formatToParts: { value: (date?: Date | number) => formatToParts(asLocalWallClock(date)) },
		formatRange: {
			value: (a: Date | number, b: Date | number) =>
				formatRange(asLocalWallClock(a), asLocalWallClock(b))
		},
		formatRangeToParts: {
			value: (a: Date | number, b: Date | number) =>
				formatRangeToParts(asLocalWallClock(a), asLocalWallClock(b))
		},
		resolvedOptions: { value: () => ({ ...resolvedOptions(), timeZone: zone }) }
	});
	return dtf;
}

type DateOptions = Intl.DateTimeFormatOptions | undefined;

const DATE_FIELDS = ['weekday', 'era', 'year', 'month', 'day', 'dateStyle'];
const TIME_FIELDS = [
	'dayPeriod',
	'hour',
	'minute',
	'second',
	'fractionalSecondDigits',
	'timeStyle'
];
const DATE_DEFAULTS = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
const TIME_DEFAULTS = { hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;

/** The spec's ToDateTimeOptions: the fields a bare `toLocale…String()` call shows. */
function withDefaults(options: DateOptions, wants: 'date' | 'time' | 'all'): DateOptions {
	const given: Record<string, unknown> = { ...options };
	const hasDate = DATE_FIELDS.some((key) => given[key] !== undefined);
	const hasTime = TIME_FIELDS.some((key) => given[key] !== undefined);
	if (wants === 'date') return hasDate ? options : { ...options, ...DATE_DEFAULTS };
	if (wants === 'time') return hasTime ? options : { ...options, ...TIME_DEFAULTS };
	return hasDate || hasTime ? options : { ...options, ...DATE_DEFAULTS, ...TIME_DEFAULTS };
}

/** Date and Number `toLocale…String` in the language go through the hybrid constructors too. */
export function patchToLocaleString(language: string): void {
	const dateProto = Date.prototype;
	const nativeDate = {
		toLocaleString: dateProto.toLocaleString,
		toLocaleDateString: dateProto.toLocaleDateString,
		toLocaleTimeString: dateProto.toLocaleTimeString
	};
	const variants = [
		['toLocaleString', 'all'],
		['toLocaleDateString', 'date'],
		['toLocaleTimeString', 'time']
	] as const;
	for (const [name, wants] of variants) {
		const native = nativeDate[name];
		Object.defineProperty(dateProto, name, {
			configurable: true,
			writable: true,
			value: function (this: Date, locales?: Intl.LocalesArgument, options?: DateOptions) {
				if (!asksFor(language, locales)) return native.call(this, locales, options);
				return new Intl.DateTimeFormat(locales as string, withDefaults(options, wants)).format(
					this
				);
			}
		});
	}
	const nativeNumber = Number.prototype.toLocaleString;
	Object.defineProperty(Number.prototype, 'toLocaleString', {
		configurable: true,
		writable: true,
		value: function (
			this: number,
			locales?: Intl.LocalesArgument,
			options?: Intl.NumberFormatOptions
		) {
			if (!asksFor(language, locales)) return nativeNumber.call(this, locales, options);
			return new Intl.NumberFormat(locales as string, options).format(this);
		}
	});
}
