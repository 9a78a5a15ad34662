import { expect, test } from './fixtures';
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

test('a number typed with its national 0 finds the card stored with the country code, as it is typed', async ({
	page
}) => {
	// Johanna's card says +44 20 7946 0958; the owner types it the way it is dialled at home.
	const typed = '020 7946 0958';
	for (const length of [5, 7, 9, typed.length]) {
		const results = await searchFor(page, typed.slice(0, length));
		await expect(results).toHaveCount(1);
		await expect(results.first()).toContainText('Johanna Fitzgerald');
	}
	// Another national number does not find her.
	await page.getByLabel('Find a customer').fill('021 79');
	await expect(page.getByRole('list', { name: 'Matching cards' })).toHaveCount(0);
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

test('after a reload the counter still finds what was added, edited, sold and deleted', async ({
	page
}) => {
	// A reload starts the counter from the stored card index, not from what the tab kept in memory.
	const results = page.getByRole('list', { name: 'Matching cards' });
	await page.getByLabel('Find a customer').fill('Müller');
	await results.getByRole('link', { name: /Zoë Müller/ }).click();
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Last name').fill('Meier');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Zoë Meier' })).toBeVisible();
	await page.getByLabel(/^Amount/).fill('42');
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByText(/^Sale of .* recorded\.$/).last()).toBeVisible();
	await goToCounter(page);
	await page.getByLabel('Find a customer').fill('Fitzgerald');
	await results.getByRole('link', { name: /Johanna Fitzgerald/ }).click();
	await page.getByRole('button', { name: 'Delete card' }).click();
	// Deleted (the toast comes once the write committed), and the app is back at the counter.
	await expect(page.getByText('Card of Johanna Fitzgerald deleted.')).toBeVisible();

	await page.goto('/');
	const box = page.getByLabel('Find a customer');
	await box.fill('Meier');
	await expect(results.getByRole('link')).toHaveCount(1);
	// The sale's date is on the result line: the summary followed the sale.
	await expect(results.getByRole('link', { name: /Zoë Meier/ })).toContainText('last visit');
	await box.fill('Müller');
	await expect(page.getByText(/No card matches/)).toBeVisible();
	await box.fill('Fitzgerald');
	await expect(page.getByText(/No card matches/)).toBeVisible();
	await box.fill('לוי');
	await expect(results.getByRole('link', { name: /שרה לוי/ })).toBeVisible();
});
