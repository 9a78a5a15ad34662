import { expect, printRequests, test, type Page } from './fixtures';
import { openDemoShopIn, openFirstCard, openMainPage } from './helpers';

/** Presses Tab until the focused element passes `reached` (at most `limit` times). */
async function tabUntil(page: Page, reached: string, limit = 60): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((selector) => document.activeElement?.matches(selector), reached)) {
			return;
		}
	}
	throw new Error(`Tab never reached ${reached}`);
}

/** The focused element shows where the focus is: a visible outline while moving by keyboard. */
async function focusIsVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement | null;
		if (!focused || !focused.matches(':focus-visible')) return false;
		const style = getComputedStyle(focused);
		return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
	});
}

test('search, open a card and record a sale with the keyboard alone, the focus always visible', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	await page.goto('/');
	const search = page.getByLabel('Find a customer');
	await expect(search).toBeFocused();
	await page.keyboard.type('an');
	await expect(page.locator('#search-results a').first()).toBeVisible();

	await tabUntil(page, '#search-results a');
	expect(await focusIsVisible(page)).toBe(true);
	const name = (
		await page.evaluate(() => document.activeElement?.querySelector('bdi')?.textContent)
	)?.trim();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/customers\/[0-9A-Z]{10,}/);
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

	await tabUntil(page, '#sale-amount');
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.type('12.50');
	await page.keyboard.press('Enter');
	await expect(page.getByText(/^Sale of .*12\.50 recorded\.$/).last()).toBeVisible();
	await expect(page.getByLabel(/^Amount/)).toHaveValue('');
});

test('a customer data page prints from the keyboard', async ({ page }) => {
	await openDemoShopIn(page, 'en');
	await openFirstCard(page);
	await tabUntil(page, 'a[href$="/privacy-print"]');
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/privacy-print$/);
	await tabUntil(page, 'main button');
	await page.keyboard.press('Enter');
	await expect.poll(() => printRequests(page)).toBe(1);
});

test('at 200% zoom on a 10-inch tablet every main page fits its width', async ({ page }) => {
	test.setTimeout(90_000);
	// A 1280 x 800 tablet at 200% zoom lays out like a 640 x 400 screen.
	await page.setViewportSize({ width: 640, height: 400 });
	await openDemoShopIn(page, 'en');
	const pages = ['/', '/customers', '/settings', '/data', '/segments', '/due', '/letters'];
	for (const path of pages) {
		await openMainPage(page, path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
	}
	await openFirstCard(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'the card scrolls sideways').toBeLessThanOrEqual(1);
	await expect(page.getByLabel(/^Amount/)).toBeVisible();
});
