import { expect, test } from './fixtures';
import { openEmptyCardFile } from './helpers';

test('switching the shop to Hebrew mirrors the layout and keeps it after a reload', async ({
	page
}) => {
	await openEmptyCardFile(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('Shop name').fill('פרחי שושנה');
	await page.getByLabel('Currency').selectOption('ILS');
	await page.getByLabel('Language').selectOption('he');
	await page.getByRole('button', { name: 'Save settings' }).click();

	const html = page.locator('html');
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(html).toHaveAttribute('lang', 'he');
	await expect(page.getByRole('heading', { name: 'הגדרות החנות' })).toBeVisible();

	await page.reload();
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(html).toHaveAttribute('lang', 'he');

	// Mirrored: the shop's name sits at the right edge, the navigation at the left.
	const brand = await page.getByRole('link', { name: 'פרחי שושנה' }).boundingBox();
	const nav = await page.getByRole('navigation', { name: 'ראשי' }).boundingBox();
	expect(brand && nav && brand.x > nav.x).toBe(true);

	await page.getByRole('link', { name: 'דלפק', exact: true }).click();
	await page.getByRole('button', { name: 'לקוח חדש' }).click();
	await page.getByLabel('שם פרטי').fill('שרה');
	await page.getByLabel('שם משפחה').fill('כהן');
	await page.getByRole('button', { name: 'שמירת הכרטיס' }).click();
	await page.getByLabel(/^סכום/).fill('120');
	await page.getByRole('button', { name: 'רישום מכירה' }).click();
	await expect(page.getByTestId('summary-total')).toContainText('120.00');
	await expect(page.getByTestId('summary-total')).toContainText('₪');
	// The amount's label starts at the right edge of the sale form in a right-to-left layout.
	const amountLabel = await page.getByText(/^סכום/).first().boundingBox();
	const form = await page.getByRole('form', { name: 'רישום מכירה' }).boundingBox();
	expect(amountLabel && form && amountLabel.x + amountLabel.width > form.x + form.width / 2).toBe(
		true
	);
});
