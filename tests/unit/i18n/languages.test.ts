import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, languageEndonym, languageNameIn } from '$lib/i18n/languages';

describe('language names', () => {
	it('names every UI language in itself, Armenian included', () => {
		expect(['en', 'he', 'el', 'ru', 'hy'].map(languageEndonym)).toEqual([
			'English',
			'עברית',
			'Ελληνικά',
			'Русский',
			'Հայերեն'
		]);
	});

	it('names a language in the UI language when Intl can, else in itself', () => {
		expect(languageNameIn('he', 'en')).toBe('Hebrew');
		expect(languageNameIn('hy', 'xx-unknown')).toBe('Հայերեն');
	});
});

describe('first day of the week', () => {
	it('starts the week on Sunday in Israel and the US, on Monday in Greece, Russia, Armenia', () => {
		expect(firstDayOfWeek('he')).toBe(7);
		expect(firstDayOfWeek('en-US')).toBe(7);
		expect(firstDayOfWeek('el')).toBe(1);
		expect(firstDayOfWeek('ru')).toBe(1);
		expect(firstDayOfWeek('hy')).toBe(1);
	});

	it('follows the region when one is given', () => {
		expect(firstDayOfWeek('en-GB')).toBe(1);
	});
});
