import { expect, test, type Page } from './fixtures';
import { skipSetup } from './helpers';

/** Collects console errors and uncaught exceptions for the whole test. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function loadDemoShop(page: Page) {
	await page.goto('/');
	await skipSetup(page);
	await page.getByRole('button', { name: 'Load the demo shop' }).click();
	await expect(page.getByText(/Demo shop loaded/)).toBeVisible({ timeout: 20_000 });
}

async function expectChartsDrawn(page: Page) {
	const canvases = page.locator('.segments-page canvas');
	await expect(canvases).toHaveCount(4);
	// chart.js sizes the canvas when it draws; an undrawn canvas keeps the 300x150 default.
	for (const canvas of await canvases.all()) {
		await expect
			.poll(async () => canvas.evaluate((c: HTMLCanvasElement) => c.style.width !== ''))
			.toBe(true);
	}
}

test('segments page: groups, 80/20 and season, in English and Hebrew, with no console errors', async ({
	page
}) => {
	const errors = watchErrors(page);
	await loadDemoShop(page);
	await page.getByRole('link', { name: 'Segments' }).click();
	await expect(page.getByRole('heading', { name: 'Knowing the customers' })).toBeVisible();
	await expectChartsDrawn(page);

	// Every buyer is in exactly one group: the five counts add up to the buyers, prospects apart.
	const counts = await Promise.all(
		['regular-heavy', 'regular-light', 'infrequent-heavy', 'infrequent-light', 'former'].map(
			async (group) => Number(await page.getByTestId(`group-count-${group}`).textContent())
		)
	);
	const prospects = Number(await page.getByTestId('group-count-prospects').textContent());
	expect(counts.reduce((a, b) => a + b, 0) + prospects).toBe(300);
	expect(counts.every((n) => n > 0)).toBe(true);
	await expect(page.getByTestId('segments-top-share')).toContainText('%');
	await expect(page.getByRole('table', { name: 'Revenue and visits by month' })).toBeVisible();

	// A list opens from its group, filters, counts, and its names open the card.
	await page.getByRole('button', { name: 'Former', exact: true }).click();
	await expect(page.getByLabel('List', { exact: true })).toHaveValue('group:former');
	await expect(page.getByTestId('segments-member-count')).toContainText(`${counts[4]} customers`);
	await page.getByLabel('Only with marketing consent').check();
	const filtered = await page.getByTestId('segments-member-count').textContent();
	expect(Number(filtered?.match(/\d+/)?.[0])).toBeLessThanOrEqual(counts[4]);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export this list (CSV)' }).click();
	expect((await download).suggestedFilename()).toMatch(/^group-former-\d{4}-\d{2}-\d{2}\.csv$/);

	// The stopped customers are a call list: an outcome noted there lands on the card.
	await page.getByLabel('Only with marketing consent').uncheck();
	await page.getByRole('button', { name: 'Stopped (call list)' }).click();
	await expect(page.getByLabel('List', { exact: true })).toHaveValue('stopped');
	const firstRow = page.getByRole('region', { name: 'Lists' }).locator('tbody tr').first();
	const firstCall = firstRow.getByRole('textbox', { name: /^Outcome of the call to/ });
	await firstCall.fill('Moved away, sent an offer');
	await firstRow.getByRole('button', { name: 'Note it' }).click();
	await expect(page.getByText(/Noted on .*card/)).toBeVisible();
	await firstRow.getByRole('link').click();
	await expect(page.getByText('Call: Moved away, sent an offer')).toBeVisible();
	await page.getByRole('link', { name: 'Segments' }).click();

	// Thresholds: the owner's own value replaces the median and is explained in words.
	await page.getByText('Thresholds and reference day').click();
	await page.getByLabel('Regular from visits in 12 months').fill('40');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('segments-thresholds')).toContainText('at least 40 visits');

	// Hebrew, right to left: the same page with no console errors.
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Shop settings' })).toBeVisible();
	await page.getByLabel('Language', { exact: true }).selectOption('he');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await page.getByRole('link', { name: 'פילוחים' }).click();
	await expect(page.getByRole('heading', { name: 'להכיר את הלקוחות' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectChartsDrawn(page);
	expect(errors).toEqual([]);
});

test("a recorded sale shows in the card's statistics, and voiding it takes it back", async ({
	page
}) => {
	const errors = watchErrors(page);
	// Arrive the way the owner does: a deep link's first load has its own, unrelated SW issue.
	await page.goto('/');
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('link', { name: /New customer/ }).click();
	await page.getByLabel('First name').fill('Stats');
	await page.getByLabel('Last name').fill('Tester');
	await page.getByRole('button', { name: 'Save card' }).click();
	const panel = page.getByTestId('segments-stats');
	await expect(panel).toContainText('No purchases yet');

	await page.getByLabel(/^Amount/).fill('120');
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByTestId('segments-recency')).toHaveText('0');
	await expect(page.getByTestId('segments-frequency')).toHaveText('1');
	await expect(page.getByTestId('segments-spend12')).toContainText('120.00');
	await expect(page.getByTestId('segments-class')).toContainText('Class A: rank 1 of 1');

	await page.getByLabel(/^Amount/).fill('30');
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByTestId('segments-frequency')).toHaveText('2');
	await expect(page.getByTestId('segments-spend12')).toContainText('150.00');

	await page
		.getByRole('button', { name: /^Remove the sale of/ })
		.first()
		.click();
	await expect(page.getByTestId('segments-frequency')).toHaveText('1');
	await page
		.getByRole('button', { name: /^Remove the sale of/ })
		.first()
		.click();
	await expect(panel).toContainText('No purchases yet');
	expect(errors).toEqual([]);
});

test("a sale on one card moves the other cards' rank at once", async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/');
	const addWithSale = async (first: string, amount: string) => {
		await page.getByRole('link', { name: 'Cards A–Z' }).click();
		await page.getByRole('link', { name: /New customer/ }).click();
		await page.getByLabel('First name').fill(first);
		await page.getByLabel('Last name').fill('Ranked');
		await page.getByRole('button', { name: 'Save card' }).click();
		await page.getByLabel(/^Amount/).fill(amount);
		await page.getByRole('button', { name: 'Record sale' }).click();
		await expect(page.getByTestId('segments-frequency')).toHaveText('1');
	};
	await addWithSale('Small', '50');
	await expect(page.getByTestId('segments-class')).toContainText('Class A: rank 1 of 1');
	await addWithSale('Big', '200');
	await expect(page.getByTestId('segments-class')).toContainText('Class A: rank 1 of 2');

	await page.getByRole('link', { name: 'Counter', exact: true }).click();
	await page.getByRole('searchbox').fill('Small');
	await page
		.getByRole('link', { name: /Small Ranked/ })
		.first()
		.click();
	await expect(page.getByTestId('segments-class')).toContainText('Class B: rank 2 of 2');
	expect(errors).toEqual([]);
});
