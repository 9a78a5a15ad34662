/** Targeting letters by what people bought and where they live, checked against the stored data. */
import { expect, test, type Page } from './fixtures';
import { addCustomer, openDemoShopIn, openEmptyCardFile, recordSale } from './helpers';
import { storedRows } from './idb';

interface Expected {
	/** Category as stored, by how many live cards bought it in the window. */
	byCategory: Record<string, { letters: number; declined: number }>;
}

interface StoredCustomer {
	id: string;
	deletedAt?: number;
	firstName: string;
	lastName: string;
	address: { city: string };
	marketingConsent: boolean;
	preferredChannel: string;
}

interface StoredSale {
	customerId: string;
	date: string;
	amount: number;
	category: string;
	deletedAt?: number;
}

async function storedCustomersAndSales(page: Page) {
	return {
		customers: await storedRows<StoredCustomer>(page, 'customers'),
		sales: await storedRows<StoredSale>(page, 'sales')
	};
}

/** A local date as the app stores it (the browser shares this machine's time zone). */
function iso(d: Date): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day "today minus `months` calendar months", clamped to the end of a shorter month. */
function monthsBack(now: Date, months: number): Date {
	const back = new Date(now.getFullYear(), now.getMonth() - months, 1);
	back.setDate(
		Math.min(now.getDate(), new Date(back.getFullYear(), back.getMonth() + 1, 0).getDate())
	);
	return back;
}

/**
 * From the stored rows, not the app's code: live cards with a live purchase (amount above zero) of
 * each category from the day after "today minus six calendar months" up to today.
 */
async function expectedFromDatabase(page: Page, months: number): Promise<Expected> {
	const { customers, sales } = await storedCustomersAndSales(page);
	const now = new Date();
	const today = iso(now);
	const after = iso(monthsBack(now, months));

	const live = new Map(customers.filter((c) => c.deletedAt === undefined).map((c) => [c.id, c]));
	const buyers = new Map<string, Set<string>>();
	for (const s of sales) {
		if (s.deletedAt !== undefined || s.amount <= 0 || s.date <= after || s.date > today) continue;
		if (!live.has(s.customerId) || !s.category) continue;
		if (!buyers.has(s.category)) buyers.set(s.category, new Set());
		buyers.get(s.category)!.add(s.customerId);
	}
	const byCategory: Expected['byCategory'] = {};
	for (const [category, ids] of buyers) {
		let letters = 0;
		let declined = 0;
		for (const id of ids) {
			const c = live.get(id)!;
			if (c.preferredChannel === 'none' || !c.marketingConsent) declined++;
			else letters++;
		}
		byCategory[category] = { letters, declined };
	}
	return { byCategory };
}

async function chooseBoughtAudience(page: Page) {
	await page.getByRole('link', { name: 'Letters', exact: true }).click();
	await page.getByRole('radio', { name: 'Bought a category' }).check();
	await expect(page.getByLabel('In the last (months)')).toHaveValue('6');
}

function audienceCount(page: Page) {
	return page
		.getByRole('region', { name: '2. Who gets it' })
		.getByRole('status')
		.filter({ hasText: /letter/ });
}

function countsText(counts: { letters: number; declined: number }): RegExp {
	const letters = counts.letters === 1 ? 'One letter' : `${counts.letters} letters`;
	const declined =
		counts.declined === 0
			? ''
			: counts.declined === 1
				? '\\s*One left out: declined letters'
				: `\\s*${counts.declined} left out: declined letters`;
	return new RegExp(`^\\s*${letters}${declined}\\s*$`);
}

test('"bought a category in the last 6 months" counts exactly the demo shop customers whose sales say so', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	await chooseBoughtAudience(page);
	const category = page.getByLabel('Category', { exact: true });
	await expect(category.getByRole('option')).not.toHaveCount(1);

	const expected = await expectedFromDatabase(page, 6);
	const names = Object.keys(expected.byCategory).sort((a, b) => a.localeCompare(b));
	expect(names.length).toBeGreaterThan(3);
	// Every category of the period is offered, with its number of customers.
	await expect(category.getByRole('option')).toHaveText([
		'Choose a category',
		...names.map((name) => {
			const { letters, declined } = expected.byCategory[name];
			return `${name}: ${letters + declined}`;
		})
	]);

	for (const name of [names[0], names[names.length - 1]]) {
		await category.selectOption({
			label: `${name}: ${expected.byCategory[name].letters + expected.byCategory[name].declined}`
		});
		await expect(audienceCount(page)).toHaveText(countsText(expected.byCategory[name]));
	}
});

test('a voided sale and a deleted card leave the category audience', async ({ page }) => {
	await openEmptyCardFile(page);
	for (const [first, last, category] of [
		['Ana', 'Roses', 'Roses'],
		['Ben', 'Voided', 'Roses'],
		['Cleo', 'Deleted', 'Roses'],
		['Dov', 'Tulips', 'Tulips']
	]) {
		await addCustomer(page, { first, last });
		await recordSale(page, '12.50', category);
		if (first === 'Ben') {
			await page.getByRole('button', { name: /^Remove the sale of/ }).click();
			await expect(page.getByText('Sale removed.')).toBeVisible();
		}
		if (first === 'Cleo') {
			await page.getByRole('button', { name: 'Delete card' }).click();
			await expect(page.getByText('Card of Cleo Deleted deleted.')).toBeVisible();
		}
	}

	await chooseBoughtAudience(page);
	const category = page.getByLabel('Category', { exact: true });
	await expect(category.getByRole('option')).toHaveText([
		'Choose a category',
		'Roses: 1',
		'Tulips: 1'
	]);
	await category.selectOption({ label: 'Roses: 1' });
	// New cards have no marketing consent yet, so Ana is in the audience but declines letters.
	await expect(audienceCount(page)).toHaveText(countsText({ letters: 0, declined: 1 }));
	expect(await expectedFromDatabase(page, 6)).toEqual({
		byCategory: { Roses: { letters: 0, declined: 1 }, Tulips: { letters: 0, declined: 1 } }
	});
});

/** Live cards by city as stored: [city, cards, of whom declined letters], most cards first. */
async function citiesFromDatabase(page: Page): Promise<[string, number, number][]> {
	const counts = new Map<string, [number, number]>();
	for (const c of await storedRows<StoredCustomer>(page, 'customers')) {
		if (c.deletedAt !== undefined) continue;
		const [cards, declined] = counts.get(c.address.city) ?? [0, 0];
		const declines = c.preferredChannel === 'none' || !c.marketingConsent;
		counts.set(c.address.city, [cards + 1, declined + (declines ? 1 : 0)]);
	}
	return [...counts]
		.map(([city, [cards, declined]]): [string, number, number] => [city, cards, declined])
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

test('the segments page counts the demo shop customers by city, and a letter goes to one city', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	const cities = await citiesFromDatabase(page);
	expect(cities.length).toBeGreaterThan(2);

	await page.getByRole('link', { name: 'Segments', exact: true }).click();
	const table = page.getByRole('table', { name: 'Customers by area' });
	const rows = table.locator('tbody tr');
	await expect(rows.locator('th')).toHaveText(cities.map(([city]) => city));
	await expect(rows.locator('td:nth-of-type(1)')).toHaveText(cities.map(([, n]) => String(n)));

	await page.getByLabel('Area by').selectOption({ label: 'Start of the postcode' });
	await expect(table.getByRole('columnheader', { name: 'Area' })).toBeVisible();
	await expect(rows.first().locator('th')).not.toHaveText(cities[0][0]);

	await page.getByRole('link', { name: 'Letters', exact: true }).click();
	await page.getByRole('radio', { name: 'Where they live' }).check();
	const [city, cards, declined] = cities[1];
	await page.getByLabel('City', { exact: true }).selectOption({ label: `${city}: ${cards}` });
	await expect(audienceCount(page)).toHaveText(countsText({ letters: cards - declined, declined }));
});

test('the Due list proposes the "customer since" anniversaries of the next 30 days', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	// From the stored sales: each live card's first purchase, and its next anniversary.
	const { customers, sales } = await storedCustomersAndSales(page);
	const first = new Map<string, string>();
	for (const s of sales) {
		if (s.deletedAt !== undefined || s.amount <= 0) continue;
		const known = first.get(s.customerId);
		if (!known || s.date < known) first.set(s.customerId, s.date);
	}
	const now = new Date();
	const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
	const expected: string[] = [];
	for (const c of customers) {
		const since = c.deletedAt === undefined ? first.get(c.id) : undefined;
		if (!since) continue;
		const [y, m, d] = since.split('-').map(Number);
		for (const year of [now.getFullYear(), now.getFullYear() + 1]) {
			const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
			const day = Date.UTC(year, m - 1, m === 2 && d === 29 && !leap ? 28 : d);
			const inDays = Math.round((day - today) / 86_400_000);
			if (inDays >= 0) {
				if (inDays <= 30 && year - y >= 1) expected.push(`${c.firstName} ${c.lastName}`);
				break;
			}
		}
	}
	expected.sort();
	expect(expected.length).toBeGreaterThan(0);

	await page.goto('/due');
	const panel = page.getByRole('region', { name: /Customer anniversaries/ });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		`Customer anniversaries (next 30 days) ${expected.length}`
	);
	const shown = await panel.getByRole('listitem').getByRole('link').allTextContents();
	expect(shown.map((name) => name.trim()).sort()).toEqual(expected);
});

test('the Due list proposes the half-yearly reward for who spent more than the average buyer', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	// From the stored sales: each live card's net spend and purchases in the last six months.
	const { customers, sales } = await storedCustomersAndSales(page);
	const now = new Date();
	const [after, today] = [iso(monthsBack(now, 6)), iso(now)];
	const live = new Set(customers.filter((c) => c.deletedAt === undefined).map((c) => c.id));
	const spend = new Map<string, { spend: number; visits: number }>();
	for (const s of sales) {
		if (s.deletedAt !== undefined || !live.has(s.customerId)) continue;
		if (s.date <= after || s.date > today) continue;
		const row = spend.get(s.customerId) ?? { spend: 0, visits: 0 };
		row.spend += s.amount;
		if (s.amount > 0) row.visits++;
		spend.set(s.customerId, row);
	}
	const buyers = [...spend.values()].filter((r) => r.visits > 0);
	const average = Math.round(buyers.reduce((n, r) => n + r.spend, 0) / buyers.length);
	const expected = { buyers: buyers.length, above: buyers.filter((r) => r.spend > average).length };
	expect(expected.above).toBeGreaterThan(0);

	await page.goto('/due');
	const panel = page.getByRole('region', { name: /Half-yearly reward/ });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		new RegExp(`^Half-yearly reward, next on (Jan 1|Jul 1), \\d{4}\\s+${expected.above}$`)
	);
	await expect(panel.getByText(new RegExp(`over ${expected.buyers} buyers`))).toBeVisible();
	await expect(panel.getByRole('listitem')).toHaveCount(Math.min(50, expected.above));
});

test('class A terms set on the segments page show at the counter on a class A card only', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	await page.getByRole('link', { name: 'Segments', exact: true }).click();
	await page.getByLabel('Terms for class A').fill('10% off everything, free gift wrapping');
	await page.getByRole('button', { name: 'Save the terms' }).click();
	await expect(page.getByText('Terms per class saved.')).toBeVisible();

	await page.getByRole('button', { name: 'Class A' }).click();
	const lists = page.getByRole('region', { name: 'Lists' });
	await lists.getByRole('link').first().click();
	await expect(page.getByTestId('segments-class')).toContainText('Class A');
	await expect(
		page.getByText('Class A terms: 10% off everything, free gift wrapping')
	).toBeVisible();

	await page.goBack();
	await page.getByRole('button', { name: 'Class C' }).click();
	await lists.getByRole('link').first().click();
	await expect(page.getByTestId('segments-class')).toContainText('Class C');
	await expect(page.getByText(/terms:/)).toHaveCount(0);
});
