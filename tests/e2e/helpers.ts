/** Shared steps of a shop owner at the counter, found by role and label as a person would. */
import { expect, type Page } from '@playwright/test';

export async function openEmptyCardFile(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Start empty' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to your card file' })).toBeHidden();
}

export async function goToCounter(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Counter', exact: true }).click();
	await expect(page.getByLabel('Find a customer')).toBeVisible();
}

export async function addCustomer(
	page: Page,
	fields: { first: string; last: string; phone?: string; email?: string }
): Promise<void> {
	await goToCounter(page);
	await page.getByRole('button', { name: 'New customer' }).click();
	await page.getByLabel('First name').fill(fields.first);
	await page.getByLabel('Last name').fill(fields.last);
	if (fields.phone) await page.getByLabel('Phone').fill(fields.phone);
	if (fields.email) await page.getByLabel('Email').fill(fields.email);
	await page.getByRole('button', { name: 'Save card' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `${fields.first} ${fields.last}` })
	).toBeVisible();
}

export async function recordSale(page: Page, amount: string, category = ''): Promise<void> {
	await page.getByLabel(/^Amount/).fill(amount);
	if (category) await page.getByLabel('What was bought').fill(category);
	await page.getByRole('button', { name: 'Record sale' }).click();
	await expect(page.getByText(/^Sale of .* recorded\.$/).last()).toBeVisible();
	await expect(page.getByLabel(/^Amount/)).toHaveValue('');
}

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}
