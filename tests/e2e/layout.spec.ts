/** The longest values the card file allows never push a page sideways, on a tablet or a laptop. */
import { expect, test, type Page } from './fixtures';
import { addCustomer, MAIN_PAGES, openEmptyCardFile, recordSale, watchErrors } from './helpers';

/** 200 characters without a space: the most a name field takes. */
const LONG_FIRST = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(6).slice(0, 200);
const LONG_LAST = 'Vasilopoulou'.repeat(17).slice(0, 200);

/** How far the page scrolls sideways (0: it does not). */
function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

for (const width of [1280, 800]) {
	test(`no page scrolls sideways at ${width} px with a 200-character name`, async ({ page }) => {
		// Every main page of the app, loaded and measured once.
		test.slow();
		const errors = watchErrors(page);
		await page.setViewportSize({ width, height: 900 });
		await openEmptyCardFile(page);
		await addCustomer(page, { first: LONG_FIRST, last: LONG_LAST, phone: '050 123 4567' });
		const cardUrl = page.url();
		await recordSale(page, '12.50', LONG_FIRST);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await sidewaysScroll(page), 'the card').toBe(0);

		// The search results and the recent cards on the counter.
		await page.getByRole('link', { name: 'Counter', exact: true }).click();
		await page.getByLabel('Find a customer').fill(LONG_FIRST.slice(0, 30));
		await expect(
			page.getByRole('link', { name: new RegExp(LONG_FIRST.slice(0, 30)) }).first()
		).toBeVisible();
		expect(await sidewaysScroll(page), 'the search results').toBe(0);

		for (const path of MAIN_PAGES) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			expect(await sidewaysScroll(page), path).toBe(0);
		}
		await page.goto(cardUrl);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.getByRole('button', { name: 'Edit' }).first().click();
		expect(await sidewaysScroll(page), 'the card being edited').toBe(0);
		expect(errors).toEqual([]);
	});
}
