import { afterEach, describe, expect, it } from 'vitest';
import { asksFor, hybridConstructor, inLocalTime } from '$lib/i18n/intl-hybrid';
import { ensureIntl, missingIntl } from '$lib/i18n/intl-polyfill';

type AnyConstructor = Parameters<typeof hybridConstructor>[0];

describe('the Intl hybrid', () => {
	it('sends only the polyfilled language and its regions to the polyfill', () => {
		expect(asksFor('hy', 'hy')).toBe(true);
		expect(asksFor('hy', ['hy-AM', 'en'])).toBe(true);
		expect(asksFor('hy', ['en', 'hy'])).toBe(false);
		expect(asksFor('hy', 'hyw')).toBe(false);
		expect(asksFor('hy', undefined)).toBe(false);
	});

	it('builds the polyfill for that language and the native formatter for the rest', () => {
		class Fake {
			static supportedLocalesOf(locales: string | string[]) {
				return ([] as string[]).concat(locales).filter((l) => l.startsWith('hy'));
			}
			static __addLocaleData = () => 'added';
			format = () => 'polyfilled';
		}
		const Hybrid = hybridConstructor(
			Intl.NumberFormat as unknown as AnyConstructor,
			Fake as unknown as AnyConstructor,
			'hy',
			() => new Fake()
		) as unknown as typeof Intl.NumberFormat & { __addLocaleData: () => string };
		expect(new Hybrid('hy').format(1)).toBe('polyfilled');
		expect(new Hybrid('en').format(1234)).toBe('1,234');
		expect(Hybrid.supportedLocalesOf(['hy', 'en', 'zz'])).toEqual(['hy', 'en']);
		// FormatJS data files register through the global constructor.
		expect(Hybrid.__addLocaleData()).toBe('added');
	});

	it('shows a time in the device zone through a UTC-only formatter', () => {
		const utcOnly = new Intl.DateTimeFormat('en', {
			timeZone: 'UTC',
			hour: 'numeric',
			minute: 'numeric',
			hourCycle: 'h23'
		});
		const local = new Intl.DateTimeFormat('en', {
			hour: 'numeric',
			minute: 'numeric',
			hourCycle: 'h23'
		});
		const when = new Date('2026-07-01T15:45:00Z');
		expect(inLocalTime(utcOnly).format(when)).toBe(local.format(when));
	});
});

describe('loading Intl data', () => {
	const original = Intl.DateTimeFormat;
	afterEach(() => {
		Object.defineProperty(Intl, 'DateTimeFormat', {
			value: original,
			configurable: true,
			writable: true
		});
	});

	it('loads nothing for a language the runtime formats natively', async () => {
		expect(missingIntl('el')).toEqual([]);
		await expect(ensureIntl('el')).resolves.toBeUndefined();
		expect(Intl.DateTimeFormat).toBe(original);
	});

	it('installs FormatJS Armenian dates when the runtime has none', async () => {
		// Node knows Armenian; pretend to be Chromium, which does not.
		const native = Intl.DateTimeFormat;
		const chromiumLike = new Proxy(native, {
			get(target, property, receiver) {
				if (property === 'supportedLocalesOf')
					return (l: string | string[]) =>
						native.supportedLocalesOf(l).filter((tag) => !tag.startsWith('hy'));
				return Reflect.get(target, property, receiver) as unknown;
			}
		});
		Object.defineProperty(Intl, 'DateTimeFormat', {
			value: chromiumLike,
			configurable: true,
			writable: true
		});
		expect(missingIntl('hy')).toEqual(['DateTimeFormat']);
		await ensureIntl('hy');
		expect(Intl.DateTimeFormat).not.toBe(chromiumLike);
		const november = new Date('2026-11-23T12:00:00Z');
		expect(
			new Intl.DateTimeFormat('hy', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
				november
			)
		).toBe('նոյեմբերի 23');
		expect(new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(november)).toBe(
			'November'
		);
		expect(Intl.DateTimeFormat.supportedLocalesOf(['hy', 'en'])).toEqual(['hy', 'en']);
	});
});
