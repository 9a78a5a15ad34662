/** The app as an offline app: the service worker precaches it, and deep links register it. */
import { expect, test } from './fixtures';
import { addCustomer, goToCounter, openEmptyCardFile, recordSale, watchErrors } from './helpers';

// The other specs block the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

test('a new shop adds a customer, two sales and a complaint, and finds them offline', async ({
	page,
	context
}) => {
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Miriam', last: 'Katz', phone: '050-765 4321' });

	await recordSale(page, '12.50', 'Roses');
	await recordSale(page, '30', 'Vase');

	await page.getByRole('radio', { name: 'Complaint' }).check();
	await page.getByLabel('Note', { exact: true }).fill('The vase arrived chipped');
	await page.getByRole('button', { name: 'Add note' }).click();
	await expect(page.getByText('The vase arrived chipped')).toBeVisible();
	await expect(page.getByText('1 open complaint')).toBeVisible();
	const cardUrl = page.url();

	// The service worker has precached the app shell: go offline and reload.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	expect(errors).toEqual([]);
	// Offline, the browser itself logs its failed check for a newer worker; the app must not fail.
	const crashes: string[] = [];
	page.on('pageerror', (error) => crashes.push(error.message));
	await context.setOffline(true);
	await page.reload();

	await expect(page.getByRole('heading', { level: 1, name: 'Miriam Katz' })).toBeVisible();
	await expect(page.getByTestId('summary-visits')).toHaveText('2');
	await expect(page.getByTestId('summary-total')).toHaveText('€42.50');
	const sales = page.getByRole('region', { name: 'Sales' }).getByRole('row');
	await expect(sales).toHaveCount(3);
	await expect(page.getByRole('cell', { name: '€12.50' })).toBeVisible();
	await expect(page.getByRole('cell', { name: '€30.00' })).toBeVisible();
	await expect(page.getByText('The vase arrived chipped')).toBeVisible();

	// The open complaint is on the counter home too, still offline.
	await goToCounter(page);
	const complaints = page.getByRole('region', { name: /Open complaints/ });
	await expect(complaints.getByText('The vase arrived chipped')).toBeVisible();
	await expect(complaints.getByText('Miriam Katz')).toBeVisible();
	expect(page.url()).not.toBe(cardUrl);
	await context.setOffline(false);
	expect(crashes).toEqual([]);
});

test('a deep link opens without errors, and the worker registers from it', async ({ page }) => {
	const errors = watchErrors(page);
	for (const path of ['/customers/new', '/settings', '/customers']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe('/');
	expect(errors).toEqual([]);
});
