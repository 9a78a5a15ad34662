import { describe, expect, it } from 'vitest';
import {
	browserRegion,
	currencyChoices,
	defaultCurrency,
	defaultPaper,
	regionOf
} from '../../../src/lib/domain/shop-region';

describe('defaultCurrency', () => {
	it('is the language’s own currency, or for English the region’s', () => {
		expect(defaultCurrency('he')).toBe('ILS');
		expect(defaultCurrency('el')).toBe('EUR');
		expect(defaultCurrency('ru')).toBe('RUB');
		expect(defaultCurrency('hy')).toBe('AMD');
		expect(defaultCurrency('he', 'US')).toBe('ILS');
		expect(defaultCurrency('en', 'US')).toBe('USD');
		expect(defaultCurrency('en', 'GB')).toBe('GBP');
		expect(defaultCurrency('en', 'IE')).toBe('EUR');
		expect(defaultCurrency('en', 'DE')).toBe('EUR');
		expect(defaultCurrency('en')).toBe('EUR');
	});

	it('offers the default first, each currency once, and keeps a saved one', () => {
		const hebrew = currencyChoices('he', 'IL');
		expect(hebrew[0]).toBe('ILS');
		expect(new Set(hebrew).size).toBe(hebrew.length);
		expect(currencyChoices('en', 'US')[0]).toBe('USD');
		expect(currencyChoices('en', 'US', 'THB')).toContain('THB');
		expect(currencyChoices('en', 'US', 'EUR').filter((c) => c === 'EUR')).toHaveLength(1);
	});
});

describe('regions and paper', () => {
	it('reads the region of a language tag, and the browser’s for a language', () => {
		expect(regionOf('en-US')).toBe('US');
		expect(regionOf('he')).toBeUndefined();
		expect(regionOf('not a tag')).toBeUndefined();
		expect(browserRegion('en', ['he-IL', 'en-GB'])).toBe('GB');
		expect(browserRegion('el', ['el', 'en-US'])).toBe('US');
		expect(browserRegion('el', ['el'])).toBeUndefined();
	});

	it('US Letter where it is usual, A4 elsewhere', () => {
		for (const region of ['US', 'CA', 'MX']) expect(defaultPaper(region)).toBe('letter');
		for (const region of ['GB', 'IL', 'GR', 'RU', 'AM', undefined])
			expect(defaultPaper(region)).toBe('a4');
	});
});
