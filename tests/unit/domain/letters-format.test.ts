import { afterEach, describe, expect, it } from 'vitest';
import { renderLetter, type LetterContext } from '../../../src/lib/domain/letters';
import { letterFormats } from '../../../src/lib/domain/letters-format';
import { armenian } from '../../../src/lib/domain/letters-lang-hy';
import { LETTER_LANGUAGES } from '../../../src/lib/domain/letters-languages';

/** Spaces of any kind (narrow, no-break) as one plain space, and no direction marks. */
const plain = (text: string) => text.replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ');

const nativeDateTimeFormat = Intl.DateTimeFormat;

function setDateTimeFormat(value: unknown) {
	Object.defineProperty(Intl, 'DateTimeFormat', { value, configurable: true, writable: true });
}

afterEach(() => setDateTimeFormat(nativeDateTimeFormat));

describe('letter formats in each language', () => {
	const expected: Record<string, { date: RegExp; number: string; money: string }> = {
		en: { date: /^3 December 2026$/, number: '12,345', money: '€12,345.60' },
		el: { date: /^3 Δεκεμβρίου 2026$/, number: '12.345', money: '12.345,60 €' },
		he: { date: /^3 בדצמבר 2026$/, number: '12,345', money: '12,345.60 €' },
		ru: { date: /^3 декабря 2026 г\.$/, number: '12 345', money: '12 345,60 €' },
		hy: { date: /^0?3 դեկտեմբերի, 2026 թ\.$/, number: '12 345', money: '12 345,60 €' }
	};

	for (const [code, want] of Object.entries(expected)) {
		it(`${code}: the date, a number and money in the language's own forms`, () => {
			const language = LETTER_LANGUAGES[code];
			expect(plain(language.formatDate('2026-12-03'))).toMatch(want.date);
			expect(plain(language.formatNumber(12345))).toBe(want.number);
			expect(plain(language.formatMoney(1234560, 'EUR'))).toBe(want.money);
		});
	}

	it('keeps money in minor units of the currency (yen have none)', () => {
		expect(plain(letterFormats('en-GB').formatMoney(1500, 'JPY'))).toBe('JP¥1,500');
		expect(plain(letterFormats('en-GB').formatMoney(1500, 'EUR'))).toBe('€15.00');
	});

	it('shows a calendar day as that day whatever the time zone', () => {
		expect(plain(letterFormats('en-GB').formatDate('2026-01-01'))).toBe('1 January 2026');
		expect(plain(letterFormats('en-GB').formatDate('2026-12-31'))).toBe('31 December 2026');
	});
});

describe('formatters made when used', () => {
	it('uses Intl data installed after the language module loaded (the Armenian polyfill)', () => {
		// Chromium without Armenian data: Intl answers in English until the polyfill is installed.
		setDateTimeFormat(
			new Proxy(nativeDateTimeFormat, {
				construct: (target, [, options]: unknown[]) =>
					Reflect.construct(target, ['en-US', options]) as object
			})
		);
		expect(armenian.formatDate('2026-12-03')).toBe('December 3, 2026');
		// The polyfill replaces Intl.DateTimeFormat; the letter's next date speaks Armenian.
		setDateTimeFormat(nativeDateTimeFormat);
		expect(armenian.formatDate('2026-12-03')).toMatch(/դեկտեմբերի/);
	});

	it('makes no formatter before the first letter needs one', () => {
		const made: unknown[] = [];
		setDateTimeFormat(
			new Proxy(nativeDateTimeFormat, {
				construct: (target, args: unknown[]) => {
					made.push(args[0]);
					return Reflect.construct(target, args) as object;
				}
			})
		);
		const formats = letterFormats('hy');
		expect(made).toEqual([]);
		formats.formatDate('2026-12-03');
		formats.formatDate('2026-12-04');
		expect(made).toEqual(['hy']);
	});

	it('fills {{pointsValue}} with money and drops its line without a value', () => {
		const context: LetterContext = {
			recipient: {
				salutation: '',
				firstName: 'Anna',
				lastName: 'Petrosyan',
				address: { street: '', postalCode: '', city: '', country: '' },
				points: 12345,
				pointsValue: { amount: 1234500, currency: 'EUR' }
			},
			shop: { name: 'Flora', address: '', phone: '', signature: '' },
			campaign: {},
			today: '2026-12-03'
		};
		const source = '{{points}} = {{pointsValue}}\nEnd';
		expect(plain(renderLetter(source, context, armenian).text)).toBe('12 345 = 12 345,00 € End');
		const without = { ...context, recipient: { ...context.recipient, pointsValue: undefined } };
		expect(renderLetter(source, without, armenian).text).toBe('End');
	});
});
