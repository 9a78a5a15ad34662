/** The printable answer to a customer's "what do you hold about me?", in English and Hebrew. */
import { expect, printRequests, test, type Page } from './fixtures';
import {
	addCustomer,
	openEmptyCardFile,
	recordSale,
	watchErrors,
	seriousViolations
} from './helpers';
import { putRows } from './idb';
import { pdfPageTexts } from './letters-pdf-text';

async function shopSettings(page: Page, name: string, language: string): Promise<void> {
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Shop settings' })).toBeVisible();
	await page.getByLabel('Shop name').fill(name);
	await page.getByLabel('Language', { exact: true }).selectOption(language);
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Rows the other features write (points, referrals, letters, the drawing), straight into IndexedDB. */
async function seedHistory(page: Page, customerId: string): Promise<void> {
	const t = { createdAt: Date.parse('2026-01-05T10:00:00Z'), updatedAt: 1 };
	await putRows(page, {
		sales: [
			{
				...t,
				id: 'SALE-VOID',
				customerId,
				date: '2026-01-04',
				amount: 4200,
				currency: 'EUR',
				category: 'Teapot',
				deletedAt: 2
			}
		],
		pointsLedger: [
			{
				...t,
				id: 'PTS1',
				customerId,
				date: '2026-01-05',
				kind: 'adjust',
				points: 40,
				reason: 'Welcome gift'
			}
		],
		vouchers: [
			{
				...t,
				id: 'V1',
				code: 'K7QM4XRTB',
				referrerId: customerId,
				issuedOn: '2026-01-05',
				expiresOn: '2026-03-05',
				terms: {}
			}
		],
		redemptions: [
			{
				...t,
				id: 'R1',
				kind: 'redeem',
				voucherId: 'V9',
				code: 'WXYZ6789Q',
				referrerId: 'SOMEONE',
				friendId: customerId
			}
		],
		contacts: [
			{
				...t,
				id: 'CT1',
				customerId,
				date: '2026-01-06',
				kind: 'letter',
				summary: 'Spring offer'
			}
		],
		drawingEntries: [
			{
				...t,
				id: 'D1',
				customerId,
				month: '2026-01',
				date: '2026-01-07',
				contactKey: 'x'
			}
		]
	});
}

test("a customer's data prints with every section, the shop's name and the date", async ({
	page
}) => {
	// An accessibility scan and a PDF, on a shared and busy test machine.
	test.setTimeout(90_000);
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await shopSettings(page, 'Tea Corner', 'en');
	await addCustomer(page, { first: 'Dana', last: 'Levi', phone: '050-123 4567' });
	await recordSale(page, '12.50', 'Green tea');
	await page.getByRole('radio', { name: 'Complaint' }).check();
	await page.getByLabel('Note', { exact: true }).fill('The lid was cracked');
	await page.getByRole('button', { name: 'Add note' }).click();
	await expect(page.getByText('The lid was cracked')).toBeVisible();
	const id = new URL(page.url()).pathname.split('/').pop() ?? '';
	await seedHistory(page, id);

	await page.getByRole('link', { name: "Print this customer's data" }).click();
	await expect(page).toHaveURL(new RegExp(`/customers/${id}/privacy-print$`));
	await expect(
		page.getByRole('heading', { level: 1, name: 'Data we hold about Dana Levi' })
	).toBeVisible();
	await expect(page.getByText(/^Tea Corner, /)).toBeVisible();
	const sales = page.getByRole('region', { name: 'Purchases' });
	await expect(sales.getByRole('row', { name: /Green tea/ })).toContainText('€12.50');
	await expect(sales.getByRole('row', { name: /Teapot/ })).toContainText('Voided');
	await expect(page.getByRole('region', { name: 'Notes and complaints' })).toContainText(
		'The lid was cracked'
	);
	// 12 points earned with the sale, 40 given by hand.
	const points = page.getByRole('region', { name: 'Points' });
	await expect(points).toContainText('Corrected by hand (Welcome gift)');
	await expect(points).toContainText('Points balance: 52');
	await expect(page.getByRole('region', { name: /Referral vouchers/ })).toContainText(
		'K7QM-4XRT-B'
	);
	await expect(page.getByRole('region', { name: 'Vouchers redeemed' })).toContainText(
		"Used a friend's voucher"
	);
	await expect(page.getByRole('region', { name: 'Letters and contacts' })).toContainText(
		'Spring offer'
	);
	await expect(page.getByRole('region', { name: 'Prize drawing entries' })).toContainText(
		'January 2026'
	);
	await expect(page.getByRole('region', { name: /Consent/ })).toContainText('Not given');
	await expect(page.getByRole('region', { name: 'Rewards for recommending' })).toContainText(
		'None.'
	);
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Print' }).click();
	expect(await printRequests(page)).toBe(1);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Back to the card' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	const text = pdfPageTexts(pdf).join(' ').replace(/\s+/g, '');
	expect(text).toContain('DataweholdaboutDanaLevi');
	expect(text).toContain('Thelidwascracked');
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('link', { name: 'Back to the card' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Dana Levi' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('in Hebrew the printout is in Hebrew, right to left', async ({ page }) => {
	test.setTimeout(60_000);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi' });
	const url = `${new URL(page.url()).pathname}/privacy-print`;
	await shopSettings(page, 'תה בפינה', 'he');
	await page.goto(url);
	const article = page.locator('article');
	await expect(article).toHaveAttribute('dir', 'rtl');
	await expect(article).toHaveAttribute('lang', 'he');
	await expect(
		page.getByRole('heading', { level: 1, name: 'הנתונים שאנו שומרים על Dana Levi' })
	).toBeVisible();
	await expect(page.getByText(/^תה בפינה, /)).toBeVisible();
	await expect(page.getByRole('region', { name: 'קניות' })).toContainText('אין.');
	expect(await seriousViolations(page)).toEqual([]);
});

test('a card that is not there says so', async ({ page }) => {
	await openEmptyCardFile(page);
	await page.goto('/customers/NOPE/privacy-print');
	await expect(page.getByText('This card is not in the card file.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print' })).toBeDisabled();
});
