import { expect, test } from '@playwright/test';
import { addCustomer, goToCounter, openEmptyCardFile } from './helpers';

test.beforeEach(async ({ page }) => {
	await openEmptyCardFile(page);
	await addCustomer(page, {
		first: 'Johanna',
		last: 'Fitzgerald',
		phone: '+44 20 7946 0958',
		email: 'jo.fitz@example.co.uk'
	});
	await addCustomer(page, { first: 'שרה', last: 'לוי', phone: '052-111-2233' });
	await addCustomer(page, { first: 'Zoë', last: 'Müller', email: 'zoe@blumen.de' });
	await goToCounter(page);
});

async function searchFor(page: import('@playwright/test').Page, query: string) {
	const box = page.getByLabel('Find a customer');
	await box.fill(query);
	return page.getByRole('list', { name: 'Matching cards' }).getByRole('link');
}

test('the search box has focus when the counter opens', async ({ page }) => {
	await expect(page.getByLabel('Find a customer')).toBeFocused();
});

test('finds a customer by a middle part of the name', async ({ page }) => {
	const results = await searchFor(page, 'tzger');
	await expect(results).toHaveCount(1);
	await expect(results.first()).toContainText('Johanna Fitzgerald');
});

test('finds by the last four digits of the phone, typed with or without spaces', async ({
	page
}) => {
	for (const query of ['0958', '09 58', '7946 0958']) {
		const results = await searchFor(page, query);
		await expect(results).toHaveCount(1);
		await expect(results.first()).toContainText('Johanna Fitzgerald');
	}
});

test('finds by an email fragment, and accents and case do not matter', async ({ page }) => {
	let results = await searchFor(page, 'fitz@exa');
	await expect(results.first()).toContainText('Johanna Fitzgerald');
	results = await searchFor(page, 'MULLER');
	await expect(results).toHaveCount(1);
	await expect(results.first()).toContainText('Zoë Müller');
});

test('finds a Hebrew name', async ({ page }) => {
	const results = await searchFor(page, 'לוי');
	await expect(results).toHaveCount(1);
	await expect(results.first()).toContainText('שרה לוי');
});

test('typing updates the results as the owner types, and a card opens from them', async ({
	page
}) => {
	const box = page.getByLabel('Find a customer');
	await box.pressSequentially('zo');
	const results = page.getByRole('list', { name: 'Matching cards' }).getByRole('link');
	await expect(results).toHaveCount(1);
	await box.press('Tab');
	await page.keyboard.press('Tab');
	await results.first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Zoë Müller' })).toBeVisible();
});
