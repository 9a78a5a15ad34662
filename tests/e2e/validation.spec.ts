import { expect, test } from './fixtures';
import { addCustomer, openEmptyCardFile, recordSale } from './helpers';

test('a card without a name is refused with a message, and what was typed stays', async ({
	page
}) => {
	await openEmptyCardFile(page);
	await page.getByRole('button', { name: 'New customer' }).click();
	await page.getByLabel('Phone').fill('050 123 4567');
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByRole('button', { name: 'Save card' }).click();
	await expect(page.getByText('Enter a first or a last name.')).toBeVisible();
	await expect(page.getByText(/email address looks incomplete/)).toBeVisible();
	await expect(page.getByLabel('First name')).toBeFocused();
	await expect(page.getByLabel('Phone')).toHaveValue('050 123 4567');
	await expect(page.getByLabel('Email')).toHaveValue('not-an-email');

	await page.getByLabel('First name').fill('Ruth');
	await page.getByLabel('Email').fill('ruth@example.org');
	await page.getByRole('button', { name: 'Save card' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ruth' })).toBeVisible();
});

test('a non-numeric or negative amount gets a message and records nothing', async ({ page }) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Ari', last: 'Stein' });
	await recordSale(page, '15');

	const amount = page.getByLabel(/^Amount/);
	await amount.fill('twelve');
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByText('The amount must be a number, e.g. 12.50.')).toBeVisible();
	await expect(amount).toHaveValue('twelve');

	await amount.fill('-5');
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByText('The amount cannot be negative.')).toBeVisible();

	await amount.fill('');
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByText('Enter the amount of the sale.')).toBeVisible();

	await expect(page.getByTestId('summary-visits')).toHaveText('1');
	await expect(page.getByTestId('summary-total')).toHaveText('€15.00');
});

test('a 10 MB note pasted gets a message; the card and earlier notes are untouched', async ({
	page
}) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Nina', last: 'Roth' });
	await page.getByLabel('Note', { exact: true }).fill('Prefers mornings');
	await page.getByRole('button', { name: 'Add note' }).click();
	await expect(page.getByText('Prefers mornings')).toBeVisible();

	// Pasted as the keyboard does: the field takes one character over its limit, not 10 MB to lay
	// out, and the owner is told the note is too long.
	await page.getByLabel('Note', { exact: true }).focus();
	await page.keyboard.insertText('x'.repeat(10 * 1024 * 1024));
	await expect
		.poll(() =>
			page
				.getByLabel('Note', { exact: true })
				.evaluate((e) => (e as HTMLTextAreaElement).value.length)
		)
		.toBe(5001);
	await page.getByRole('button', { name: 'Add note' }).click();
	await expect(page.getByText(/A note can hold at most 5000 characters/)).toBeVisible();
	await expect(page.getByText('Prefers mornings')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Nina Roth' })).toBeVisible();
	await expect(page.getByText('Prefers mornings')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'xxxxxxxxxx' })).toHaveCount(0);
});

test('a 10 MB paste into the card notes is refused on save and the card keeps its old notes', async ({
	page
}) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Tom', last: 'Weiss' });
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Notes').focus();
	await page.keyboard.insertText('y'.repeat(10 * 1024 * 1024));
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByText('This is too long.')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tom Weiss' })).toBeVisible();
});
