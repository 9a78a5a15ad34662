/** Segments, letters, points and vouchers working together, as the owner uses them. */
import { expect, test, type Page } from './fixtures';
import { putRows, storedRows } from './idb';

const CODE = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/g;

function daysAgo(days: number): string {
	return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

interface Buyer {
	id: string;
	firstName: string;
	lastName: string;
	/** One sale of `amount` minor units every 20 days, the last one 5 days ago. */
	sales: number;
	amount: number;
	marketingConsent?: boolean;
	points?: number;
}

/**
 * Ten buyers with fixed thresholds (regular: 4 visits in 12 months, heavy: 200.00): three regular
 * heavy buyers with distinct spends (one declined letters), two regular light, five infrequent.
 */
const BUYERS: Buyer[] = [
	{ id: 'H1', firstName: 'Hana', lastName: 'Avni', sales: 6, amount: 6000, points: 120 },
	{ id: 'H2', firstName: 'Hila', lastName: 'Bar', sales: 6, amount: 5000, points: 75 },
	{
		id: 'H3',
		firstName: 'Hadas',
		lastName: 'Carmel',
		sales: 6,
		amount: 4000,
		marketingConsent: false
	},
	{ id: 'L1', firstName: 'Lior', lastName: 'Dayan', sales: 5, amount: 500 },
	{ id: 'L2', firstName: 'Lea', lastName: 'Eden', sales: 5, amount: 400 },
	...[1, 2, 3, 4, 5].map((i) => ({
		id: `R${i}`,
		firstName: `Rina${i}`,
		lastName: `Friedman${i}`,
		sales: 1,
		amount: 1000 + i
	}))
];

async function seedShop(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('navigation').first()).toBeVisible();
	const now = Date.now();
	const customers = BUYERS.map((b, i) => ({
		id: b.id,
		salutation: '',
		firstName: b.firstName,
		lastName: b.lastName,
		address: {
			street: `${i + 1} Market Street`,
			postalCode: '10000',
			city: 'Springfield',
			country: ''
		},
		phone: '',
		email: '',
		birthday: '',
		tags: [],
		preferredChannel: 'letter',
		marketingConsent: b.marketingConsent ?? true,
		notes: '',
		searchWords: [b.firstName.toLowerCase(), b.lastName.toLowerCase()],
		phoneDigits: '',
		visits: b.sales,
		totalSpent: b.sales * b.amount,
		firstPurchase: daysAgo(5 + 20 * (b.sales - 1)),
		lastPurchase: daysAgo(5),
		createdAt: now,
		updatedAt: now
	}));
	const sales = BUYERS.flatMap((b) =>
		Array.from({ length: b.sales }, (_, k) => ({
			id: `S-${b.id}-${k}`,
			customerId: b.id,
			date: daysAgo(5 + 20 * k),
			amount: b.amount,
			currency: 'EUR',
			category: '',
			createdAt: now,
			updatedAt: now
		}))
	);
	const points = BUYERS.filter((b) => b.points).map((b) => ({
		id: `P-${b.id}`,
		customerId: b.id,
		date: daysAgo(5),
		kind: 'adjust',
		points: b.points,
		reason: 'welcome',
		createdAt: now,
		updatedAt: now
	}));
	await putRows(page, {
		customers,
		settings: [
			{
				key: 'shop',
				value: {
					shopName: 'Corner Flowers',
					address: '5 High Street',
					phone: '555-0100',
					currency: 'EUR',
					language: 'en'
				}
			},
			{
				key: 'segments',
				value: {
					regularMinVisits: 4,
					heavyMinSpend: 20000,
					formerWindowMonths: 12,
					abcPeriod: 'all',
					referenceDate: ''
				}
			}
		],
		sales,
		pointsLedger: points
	});
}

async function storedVoucherCodes(page: Page): Promise<string[]> {
	return (await storedRows<{ code: string }>(page, 'vouchers')).map((r) => r.code);
}

async function pickRegularHeavy(page: Page) {
	await page.getByRole('radio', { name: 'A customer group or list' }).check();
	await page.getByLabel('Group, class or list').selectOption('group:regular-heavy');
}

test('letters to the regular heavy buyers show each one their group and points balance', async ({
	page
}) => {
	await seedShop(page);
	await page.goto('/letters');
	await page
		.getByLabel('Letter text')
		.fill('{{greeting}}\n\nYou are one of our {{group}} customers.\nYou have {{points}} points.');
	await pickRegularHeavy(page);
	await expect(page.getByRole('status').filter({ hasText: '2 letters' })).toBeVisible();
	await expect(page.getByText('One left out: declined letters')).toBeVisible();

	await page.getByRole('button', { name: 'Print: Letters (2)' }).click();
	await expect(page.getByRole('heading', { name: 'Did the letters print well?' })).toBeVisible();
	const letters = page.locator('.letters-print .letter-page');
	await expect(letters).toHaveCount(2);
	await expect(letters.nth(0)).toContainText('Hana Avni');
	await expect(letters.nth(0)).toContainText('You are one of our Regular, heavy customers.');
	await expect(letters.nth(0)).toContainText('You have 120 points.');
	await expect(letters.nth(1)).toContainText('Hila Bar');
	await expect(letters.nth(1)).toContainText('You are one of our Regular, heavy customers.');
	await expect(letters.nth(1)).toContainText('You have 75 points.');
	await expect(page.locator('.letters-print')).not.toContainText('Hadas');
});

test('referral invitations carry one valid voucher each, and a re-print issues no more', async ({
	page
}) => {
	await seedShop(page);
	await page.goto('/letters');
	await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Referral invitation' });
	await expect(page.getByLabel('Letter text')).toHaveValue(/\{\{voucher code\}\}/);
	await pickRegularHeavy(page);
	await page.getByRole('button', { name: 'Print: Letters (2)' }).click();
	await expect(page.getByRole('heading', { name: 'Did the letters print well?' })).toBeVisible();
	await expect(page.getByText('Vouchers issued for these letters: 2')).toBeVisible();

	const letters = page.locator('.letters-print .letter-page');
	await expect(letters).toHaveCount(2);
	const printedCodes = async () =>
		(await letters.allTextContents()).map((text) => text.match(CODE) ?? []);
	const codes = await printedCodes();
	expect(codes.map((c) => c.length)).toEqual([1, 1]);
	const [first, second] = codes.map((c) => c[0]);
	expect(first).not.toBe(second);
	// The database keeps codes without their dashes.
	expect((await storedVoucherCodes(page)).sort()).toEqual(
		[first, second].map((c) => c.replace(/-/g, '')).sort()
	);

	// Printing again, or after "not sent", reuses the same vouchers.
	await page.getByRole('button', { name: 'Print again' }).click();
	await page.getByRole('button', { name: 'Not sent' }).click();
	await page.getByRole('button', { name: 'Print: Letters (2)' }).click();
	await expect(page.getByRole('heading', { name: 'Did the letters print well?' })).toBeVisible();
	expect((await printedCodes()).map((c) => c[0])).toEqual([first, second]);
	expect(await storedVoucherCodes(page)).toHaveLength(2);

	// Each printed code is valid at the counter.
	await page.goto('/referrals/redeem');
	for (const code of [first, second]) {
		await page.getByLabel('Voucher code').fill(code.toLowerCase());
		await page.getByRole('button', { name: 'Check code' }).click();
		await expect(page.getByText('Valid', { exact: true })).toBeVisible();
		await expect(page.getByText(/Recommended by (Hana Avni|Hila Bar)/)).toBeVisible();
	}
});

test('vouchers issued to class A on /referrals go to the top 20% only', async ({ page }) => {
	await seedShop(page);
	await page.goto('/referrals');
	await page.getByLabel('Group, class or list').selectOption('class:A');
	await page.getByRole('button', { name: 'Add 2 customers' }).click();
	await page.getByLabel('Vouchers per customer').fill('1');
	await page.getByRole('button', { name: 'Issue to 2 customers' }).click();
	await expect(page.getByText('2 vouchers issued.')).toBeVisible();
	expect(await storedVoucherCodes(page)).toHaveLength(2);
});
