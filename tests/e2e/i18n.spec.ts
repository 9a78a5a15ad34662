/** Issue 7: Armenian dates in Chromium, A to Z by each alphabet, and right to left done properly. */
import { expect, test } from './fixtures';
import { openDemoShopIn, openFirstCard, say, skipSetup } from './helpers';

// CLDR's Armenian month names, abbreviated as the app's medium dates show them ("11 սեպ, 2026 թ.").
const ARMENIAN_MONTHS = /\d{1,2} (հնվ|փտվ|մրտ|ապր|մյս|հնս|հլս|օգս|սեպ|հոկ|նոյ|դեկ), \d{4} թ\./;
const ENGLISH_MONTHS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

test('Armenian months, numbers and plurals in Chromium, which ships no Armenian Intl data', async ({
	page
}) => {
	await openDemoShopIn(page, 'hy');
	const intl = await page.evaluate(() => {
		const november = new Date(Date.UTC(2026, 10, 23, 12));
		return {
			month: new Intl.DateTimeFormat('hy', { month: 'long', day: 'numeric' }).format(november),
			english: new Intl.DateTimeFormat('en', { month: 'long' }).format(november),
			money: new Intl.NumberFormat('hy', { style: 'currency', currency: 'AMD' }).format(12345.5),
			plural: new Intl.PluralRules('hy').resolvedOptions().locale
		};
	});
	expect(intl.month).toBe('նոյեմբերի 23');
	expect(intl.english).toBe('November');
	expect(intl.money).toMatch(/12\s345,5/);
	expect(intl.plural).toBe('hy');

	// A card's sales and visits carry dates: they read in Armenian.
	await openFirstCard(page);
	const text = await page.locator('main').innerText();
	expect(text).toMatch(ARMENIAN_MONTHS);
	expect(text).not.toMatch(ENGLISH_MONTHS);
});

test('languages the browser formats itself download no Intl polyfill', async ({ page }) => {
	const polyfills: string[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		// FormatJS locale data registers itself through this static.
		if ((await response.text()).includes('__addLocaleData')) polyfills.push(response.url());
	});
	await openDemoShopIn(page, 'el');
	await openFirstCard(page);
	expect(polyfills).toEqual([]);
});

const ALPHABETS = {
	el: 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ',
	ru: 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
	hy: 'ԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ'
} as const;

for (const [language, alphabet] of Object.entries(ALPHABETS) as [
	keyof typeof ALPHABETS,
	string
][]) {
	test(`the A to Z box files the ${language} demo shop under its own alphabet's letters`, async ({
		page
	}) => {
		await openDemoShopIn(page, language);
		await page.goto('/customers');
		const jump = page.getByRole('navigation', { name: say(language, 'jump_to_letter') });
		await expect(jump.getByRole('button').first()).toBeVisible();
		const letters = await jump.getByRole('button').allInnerTexts();
		const order = [...alphabet];
		// Every section is a letter of the alphabet, in the alphabet's order, and there are many.
		expect(letters.filter((l) => !order.includes(l))).toEqual([]);
		const positions = letters.map((l) => order.indexOf(l));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(letters.length).toBeGreaterThan(8);

		// The first card under the first letter is filed under that letter.
		const firstLetter = page.locator('main .box h2.letter').first();
		await expect(firstLetter).toHaveText(letters[0]);
	});
}

test('in Hebrew the page, the search, the card and mixed Hebrew/Latin text are right to left', async ({
	page
}) => {
	await page.addInitScript(() => {
		if (!localStorage.getItem('PARAGLIDE_LOCALE')) localStorage.setItem('PARAGLIDE_LOCALE', 'he');
	});
	await page.goto('/');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(html).toHaveAttribute('lang', 'he');
	await skipSetup(page, 'he');
	await page.getByRole('button', { name: say('he', 'start_empty') }).click();

	await page.getByRole('link', { name: say('he', 'nav_counter'), exact: true }).click();
	await page.getByRole('button', { name: say('he', 'new_customer') }).click();
	await page.getByLabel(say('he', 'field_first_name')).fill('שרה');
	await page.getByLabel(say('he', 'field_last_name')).fill('כהן');
	await page.getByLabel(say('he', 'field_email')).fill('sara.cohen@example.com');
	await page.getByRole('button', { name: say('he', 'save_card') }).click();

	// The card: its name heading starts at the right edge of the page.
	const heading = page.getByRole('heading', { level: 1, name: 'שרה כהן' });
	await expect(heading).toBeVisible();
	const main = await page.locator('main').boundingBox();
	const name = await heading.boundingBox();
	expect(main && name && name.x + name.width > main.x + main.width / 2).toBe(true);

	// The email: its characters in logical order inside a left-to-right isolate.
	const email = page.locator('main a.ltr-value[href^="mailto:"]');
	await expect(email).toHaveText('sara.cohen@example.com');
	const bidi = await email.evaluate((e) => {
		const style = getComputedStyle(e);
		return { direction: style.direction, unicodeBidi: style.unicodeBidi };
	});
	expect(bidi).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });

	// The search box and its results: the Hebrew name first (right), then the Latin email (left).
	await page.getByRole('link', { name: say('he', 'nav_counter'), exact: true }).click();
	const search = page.getByRole('searchbox');
	await search.fill('sara');
	expect(await search.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
	const result = page.getByRole('list', { name: say('he', 'search_results') }).getByRole('link');
	await expect(result).toHaveCount(1);
	const resultName = await result.locator('bdi').first().boundingBox();
	const resultEmail = await result.locator('.ltr-value').first().boundingBox();
	expect(resultName && resultEmail && resultName.x > resultEmail.x).toBe(true);
	await expect(result.locator('.ltr-value').first()).toHaveText('sara.cohen@example.com');
});
