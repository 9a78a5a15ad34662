/** The first minutes with the demo shop: typing finds a card at once, no backup nag, no toast over the page. */
import { expect, test, type Page } from './fixtures';
import { addCustomer, skipSetup, watchErrors } from './helpers';

/** The boxes of two elements overlap. */
async function overlap(page: Page, a: string, b: string): Promise<boolean> {
	return page.evaluate(
		([first, second]) => {
			const x = document.querySelector(first)?.getBoundingClientRect();
			const y = document.querySelector(second)?.getBoundingClientRect();
			if (!x || !y || x.height === 0 || y.height === 0) return false;
			return x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom;
		},
		[a, b]
	);
}

test('after the demo shop loads, typing searches, no backup nag shows, and its toast covers nothing', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await skipSetup(page);
	await page.getByRole('button', { name: 'Load the demo shop' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to your card file' })).toBeHidden({
		timeout: 20_000
	});
	const toast = page.getByRole('status').getByRole('group');
	await expect(toast.first()).toBeVisible();

	// The focus is in the search box: the owner just types.
	await expect(page.getByLabel('Find a customer')).toBeFocused();
	await page.keyboard.type('a');
	await expect(page.getByRole('list', { name: 'Matching cards' })).toBeVisible();
	await page.getByLabel('Find a customer').fill('');

	// The panels have come, and the demo alone brings no "No backup yet".
	await expect(page.getByRole('heading', { name: /Due/ }).first()).toBeVisible();
	await expect(page.getByText('No backup yet.')).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);

	// The toast sits in its own place: it overlaps nothing of the page.
	await expect(toast.first()).toBeVisible();
	expect(await overlap(page, '.toasts', 'main')).toBe(false);
	expect(await overlap(page, '.toasts', '.app-header')).toBe(false);

	// A card of the owner's own is worth a backup: now the line and its nudge show.
	await addCustomer(page, { first: 'Own', last: 'Customer', phone: '050 765 4321' });
	await page.getByRole('link', { name: 'Counter', exact: true }).click();
	await expect(page.getByText('No backup yet.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back up now' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('"Start empty" also leaves the focus in the search box', async ({ page }) => {
	await page.goto('/');
	await skipSetup(page);
	await page.getByRole('button', { name: 'Start empty' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to your card file' })).toBeHidden();
	await expect(page.getByLabel('Find a customer')).toBeFocused();
});
