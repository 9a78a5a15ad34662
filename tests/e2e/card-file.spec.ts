import { expect, test } from './fixtures';
import {
	addCustomer,
	goToCounter,
	openEmptyCardFile,
	recordSale,
	skipSetup,
	watchErrors
} from './helpers';

test('answering a complaint closes it on the card and on the home screen', async ({ page }) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Omar', last: 'Haddad' });
	await page.getByRole('radio', { name: 'Complaint' }).check();
	await page.getByLabel('Note', { exact: true }).fill('Wrong size');
	await page.getByRole('button', { name: 'Add note' }).click();
	await page.getByRole('button', { name: 'Mark as answered' }).click();
	await expect(page.getByText('Answered')).toBeVisible();
	await goToCounter(page);
	await expect(page.getByText('No open complaints.')).toBeVisible();
});

test('a deleted card can be undone right away, or restored later', async ({ page }) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Lena', last: 'Berg' });
	await page.getByRole('button', { name: 'Delete card' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	const results = page.getByRole('list', { name: 'Matching cards' });
	await page.getByLabel('Find a customer').fill('Berg');
	await expect(results.getByRole('link', { name: /Lena Berg/ })).toBeVisible();

	await results.getByRole('link', { name: /Lena Berg/ }).click();
	await page.getByRole('button', { name: 'Delete card' }).click();
	await page.getByLabel('Find a customer').fill('Berg');
	await expect(page.getByText(/No card matches/)).toBeVisible();

	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('link', { name: 'Recently deleted' }).click();
	await page.getByRole('button', { name: 'Restore Lena Berg' }).click();
	await goToCounter(page);
	await page.getByLabel('Find a customer').fill('lena');
	await expect(results.getByRole('link', { name: /Lena Berg/ })).toBeVisible();
});

test('editing a card keeps its sales and shows the new details', async ({ page }) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Eva', last: 'Novak' });
	await recordSale(page, '20');
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Email').fill('eva@novak.cz');
	await page.getByLabel('Interests').fill('tulips, gifts');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('link', { name: 'eva@novak.cz' })).toBeVisible();
	await expect(page.getByText('tulips')).toBeVisible();
	await expect(page.getByTestId('summary-visits')).toHaveText('1');

	// Undo puts the card back as it was before the edit.
	await page
		.getByRole('group', { name: 'Card saved.' })
		.getByRole('button', { name: 'Undo' })
		.click();
	await expect(page.getByRole('link', { name: 'eva@novak.cz' })).toBeHidden();
	await expect(page.getByText('tulips')).toBeHidden();
	await expect(page.getByTestId('summary-visits')).toHaveText('1');
});

test('the demo shop loads in one click and browses A to Z', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await skipSetup(page);
	await page.getByRole('button', { name: 'Load the demo shop' }).click();
	await expect(page.getByText('Demo shop loaded: 300 customers.')).toBeVisible();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await expect(page.getByText('300 cards')).toBeVisible();
	const box = page.getByRole('list', { name: 'Cards A–Z' });
	await expect(box.getByRole('heading', { level: 2 }).first()).toBeVisible();
	// Only the visible part of the box is rendered, however many cards there are.
	expect(await box.getByRole('listitem').count()).toBeLessThan(100);
	const letters = page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('button');
	const lastLetter = letters.last();
	const letter = (await lastLetter.textContent())?.trim() ?? '';
	await lastLetter.click();
	await expect(box.getByRole('heading', { level: 2, name: letter })).toBeInViewport();
	expect(errors).toEqual([]);
});
