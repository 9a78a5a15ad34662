import { expect, test } from './fixtures';
import { seriousViolations } from './helpers';

for (const language of ['en', 'he'] as const) {
	test(`the main card-file pages have no serious accessibility violations (${language})`, async ({
		page
	}) => {
		// Seven axe-core runs over the demo shop: more than the default 30 s on a busy 2-core box.
		test.setTimeout(90_000);
		await page.addInitScript(
			(locale) => localStorage.setItem('PARAGLIDE_LOCALE', locale),
			language
		);
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', language);
		const loadDemo = page.getByRole('button', {
			name: language === 'en' ? 'Load the demo shop' : 'טעינת חנות לדוגמה'
		});
		await loadDemo.click();
		await expect(loadDemo).toBeHidden();
		expect(await seriousViolations(page)).toEqual([]);

		await page.getByRole('searchbox').fill('a');
		const firstResult = page.getByRole('list').first().getByRole('link').first();
		await expect(firstResult).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);

		await firstResult.click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);

		for (const path of ['/customers', '/customers/new', '/settings', '/trash']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
}

test('every control on the card is at least 44 px for a finger', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load the demo shop' }).click();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('list', { name: 'Cards A–Z' }).getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const small = await page.evaluate(() =>
		[
			...document.querySelectorAll(
				'main button, main input:not([type=checkbox]):not([type=radio]), main select, main textarea, header a'
			)
		]
			.map((element) => ({ element, box: element.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
			.map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${box.width}x${box.height}`)
	);
	expect(small).toEqual([]);
});

test('the card fits a phone screen without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Load the demo shop' }).click();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('list', { name: 'Cards A–Z' }).getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});
