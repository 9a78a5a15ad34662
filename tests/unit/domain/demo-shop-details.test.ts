/** The demo shop is a whole shop: its details, its currency, the points its sales earned. */
import { describe, expect, it } from 'vitest';
import {
	DEMO_CURRENCY,
	DEMO_SHOP_DEFAULT,
	demoPointsLedger,
	demoShopDetails,
	generateDemoShop,
	type DemoLanguage
} from '../../../src/lib/domain/demo-shop';
import { renderLetter, TEMPLATE_KEYS, type LetterContext } from '../../../src/lib/domain/letters';
import { builtInTemplate, letterLanguage } from '../../../src/lib/domain/letters-languages';
import { missingShopDetails } from '../../../src/lib/domain/letters-shop-details';
import { balanceOf, DEFAULT_POINTS_SETTINGS, pointsForSale } from '../../../src/lib/domain/points';

const TODAY = '2026-11-23';
const LANGUAGES: DemoLanguage[] = ['en', 'he', 'el', 'ru', 'hy'];

describe('demoShopDetails', () => {
	it('gives every language a shop with a name, address, phone, email and hours', () => {
		for (const language of LANGUAGES) {
			const details = demoShopDetails(language);
			for (const value of Object.values(details)) expect(value.trim()).not.toBe('');
		}
		expect(demoShopDetails('el').shopName).toMatch(/\p{Script=Greek}/u);
		expect(demoShopDetails('he').shopName).toMatch(/\p{Script=Hebrew}/u);
		expect(demoShopDetails('ru').shopName).toMatch(/\p{Script=Cyrillic}/u);
		expect(demoShopDetails('hy').shopName).toMatch(/\p{Script=Armenian}/u);
		expect(DEMO_CURRENCY).toEqual({ en: 'EUR', he: 'ILS', el: 'EUR', ru: 'RUB', hy: 'AMD' });
	});
});

describe('demoPointsLedger', () => {
	const shop = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: TODAY, language: 'el' });
	const lines = demoPointsLedger(shop.sales, DEFAULT_POINTS_SETTINGS, DEMO_SHOP_DEFAULT.seed);

	it('earns on each sale what the points rules give, dated with the sale', () => {
		const bySale = new Map(shop.sales.map((s) => [s.id, s]));
		expect(lines.length).toBeGreaterThan(shop.sales.length * 0.9);
		for (const line of lines) {
			const sale = bySale.get(line.saleId!)!;
			expect(line.kind).toBe('earn');
			expect(line.customerId).toBe(sale.customerId);
			expect(line.date).toBe(sale.date);
			expect(line.points).toBe(pointsForSale(sale.amount, sale.currency, DEFAULT_POINTS_SETTINGS));
		}
		expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
		const buyer = shop.customers.find((c) => c.visits > 3)!;
		expect(balanceOf(lines.filter((l) => l.customerId === buyer.id))).toBeGreaterThan(0);
	});

	it('is the same for a seed, and earns nothing when points are off', () => {
		expect(demoPointsLedger(shop.sales, DEFAULT_POINTS_SETTINGS, DEMO_SHOP_DEFAULT.seed)).toEqual(
			lines
		);
		expect(demoPointsLedger(shop.sales, { ...DEFAULT_POINTS_SETTINGS, enabled: false }, 1)).toEqual(
			[]
		);
	});
});

describe('the demo shop’s letters read whole', () => {
	for (const language of LANGUAGES) {
		it(`in ${language}, every built-in letter keeps its shop lines`, () => {
			const details = demoShopDetails(language);
			const shop = {
				name: details.shopName,
				address: details.address,
				phone: details.phone,
				signature: ''
			};
			const lang = letterLanguage(language);
			const demo = generateDemoShop({
				...DEMO_SHOP_DEFAULT,
				customers: 20,
				sales: 100,
				today: TODAY,
				language
			});
			const customer = demo.customers[0];
			for (const key of TEMPLATE_KEYS) {
				const body = builtInTemplate(language, key).body;
				expect(missingShopDetails(body, shop)).toEqual([]);
				const context: LetterContext = {
					recipient: { ...customer, points: 120 },
					shop,
					campaign: {},
					today: TODAY
				};
				const text = renderLetter(body, context, lang).text;
				if (body.includes('{{shopName}}')) expect(text).toContain(details.shopName);
			}
		});
	}

	it('in English, the thank-you letter thanks and the birthday letter wishes a happy birthday', () => {
		const details = demoShopDetails('en');
		const shop = {
			name: details.shopName,
			address: details.address,
			phone: details.phone,
			signature: ''
		};
		const context: LetterContext = {
			recipient: {
				salutation: 'Mrs',
				firstName: 'Mary',
				lastName: 'Walsh',
				address: { street: '', postalCode: '', city: '', country: '' },
				points: 40
			},
			shop,
			campaign: {},
			today: TODAY
		};
		const render = (key: 'thank-you' | 'birthday') =>
			renderLetter(builtInTemplate('en', key).body, context, letterLanguage('en')).text;
		expect(render('thank-you')).toContain('Thank you for your visit to Hazel & Thread.');
		expect(render('thank-you')).toContain('You have 40 points on your card.');
		expect(render('birthday')).toContain('Happy birthday from all of us at Hazel & Thread!');
	});
});
