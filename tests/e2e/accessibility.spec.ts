import { expect, test } from './fixtures';
import { skipSetup } from './helpers';

test('every control on the card is at least 44 px for a finger', async ({ page }) => {
	await page.goto('/');
	await skipSetup(page);
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
	await skipSetup(page);
	await page.getByRole('button', { name: 'Load the demo shop' }).click();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('list', { name: 'Cards A–Z' }).getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});
