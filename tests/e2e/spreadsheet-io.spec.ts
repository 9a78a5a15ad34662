/**
 * Excel workbooks in and out through the Data page, as the owner does: a list kept in Excel with a
 * title row imports with no mapping by hand, and an .xlsx export of customers with statistics
 * holds numbers and dates as such and reads back to the same cards.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from './fixtures';
import { openEmptyCardFile } from './helpers';
import { makeXlsx } from '../fixtures/workbooks';
import { storedTables } from './idb';

/** A list kept by hand in Excel: a merged title, a blank row, then common Russian headers. */
const LIST = makeXlsx({
	sheets: [
		{ name: 'Инструкция', rows: [['Список ведёт Ольга']] },
		{
			name: 'Клиенты',
			merges: ['A1:E1'],
			rows: [
				['Клиенты магазина «Роза» — покупки 2024 года', null, null, null, null],
				[],
				['Фамилия', 'Имя', 'Телефон', 'Дата покупки', 'Сумма'],
				['Иванова', 'Мария', '+7 912 345-67-89', { date: '2024-02-05' }, 1250.5],
				['Петров', 'Борис', '+7 916 123-45-67', { date: '2024-11-13' }, 12.5],
				['Сидорова', 'Ян', '+7 903 000-11-22', { date: '2024-03-04' }, 99]
			]
		}
	]
});

interface StoredCard {
	firstName: string;
	lastName: string;
	phone: string;
	email: string;
	visits: number;
	totalSpent: number;
	lastPurchase?: string;
}

/** Cards and sales straight from IndexedDB, so the test sees what was stored. */
async function stored(page: Page): Promise<{
	customers: StoredCard[];
	sales: { amount: number; date: string; customerId: string }[];
}> {
	const { customers, sales } = await storedTables(page, ['customers', 'sales']);
	return {
		customers: customers as StoredCard[],
		sales: sales as { amount: number; date: string; customerId: string }[]
	};
}

async function openDataPage(page: Page) {
	await openEmptyCardFile(page);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Data/ })).toBeVisible();
}

const slow = { timeout: 60_000 };
const FILE_LABEL = 'Spreadsheet (.xlsx, .ods) or CSV file';

async function importList(page: Page) {
	await page.getByLabel(FILE_LABEL).setInputFiles({
		name: 'клиенты.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(LIST)
	});
	// The sheet with the list is chosen, the title row passed over, the columns known.
	await expect(page.getByRole('combobox', { name: 'Sheet', exact: true })).toHaveValue('1', slow);
	await expect(page.getByText('Column names found on row 3')).toBeVisible();
	await expect(page.getByLabel('Column “Фамилия” goes into')).toHaveValue('lastName');
	await expect(page.getByLabel('Column “Дата покупки” goes into')).toHaveValue('saleDate');
	await expect(page.getByLabel('Column “Сумма” goes into')).toHaveValue('amount');
	// Dates and amounts are typed in the workbook: nothing guessed, nothing asked.
	await expect(
		page.getByText('Dates and amounts are read as the spreadsheet stores them')
	).toBeVisible();
	await expect(page.getByLabel('Dates are written')).toHaveCount(0);
	await expect(page.getByLabel('Decimal separator')).toHaveCount(0);
	await expect(page.getByRole('row', { name: /^4 Мария Иванова .*€1,250\.50$/ })).toBeVisible(slow);
	await expect(page.getByText('Data lines in the file: 3')).toBeVisible();
	await page.getByRole('button', { name: 'Import the 3 valid rows' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
		'3 new cards, 0 cards completed, 3 sales',
		slow
	);
}

test('an Excel list with a title row, Cyrillic names, dates and amounts imports with no mapping', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openDataPage(page);
	await importList(page);

	const { customers, sales } = await stored(page);
	const nameOf = new Map(
		(customers as (StoredCard & { id: string })[]).map((c) => [c.id, c.firstName])
	);
	expect(
		sales
			.map((s) => ({ name: nameOf.get(s.customerId), date: s.date, amount: s.amount }))
			.sort((a, b) => a.date.localeCompare(b.date))
	).toEqual([
		{ name: 'Мария', date: '2024-02-05', amount: 125050 },
		{ name: 'Ян', date: '2024-03-04', amount: 9900 },
		{ name: 'Борис', date: '2024-11-13', amount: 1250 }
	]);

	// On the card at the counter: the sale with its date and amount.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Counter' })
		.click();
	await page.getByLabel('Find a customer').fill('Иванова');
	await page.getByRole('list', { name: 'Matching cards' }).getByText('Мария Иванова').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Мария Иванова' })).toBeVisible(slow);
	await expect(page.getByText('€1,250.50').first()).toBeVisible();
	await expect(page.getByText('Feb 5, 2024').first()).toBeVisible();
});

test('an .xlsx export of customers with statistics has numbers and dates, and reads back to the same cards', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	await openDataPage(page);
	await importList(page);

	await expect(page.getByLabel('What to export')).toHaveValue('statistics');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download Excel file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^counter-cards-statistics-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const bytes = Buffer.concat(await (await file.createReadStream()).toArray());

	// In the file itself: visits and totals are number cells, last purchase a date-formatted one.
	const parts = unzipSync(new Uint8Array(bytes));
	const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
	const styles = strFromU8(parts['xl/styles.xml']);
	const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf numFmtId="(\d+)"/g)].map(
		(m) => Number(m[1])
	);
	const header = [...sheet.matchAll(/<c r="([A-Z]+)1"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)];
	const column = (name: string) => header.find((h) => h[2] === name)![1];
	const cell = (col: string, row: number) =>
		new RegExp(`<c r="${col}${row}"([^>]*)>(?:<v>([^<]*)</v>)?`).exec(sheet);
	for (let row = 2; row <= 4; row++) {
		const visits = cell(column('visits'), row)!;
		expect(visits[1]).not.toContain('t=');
		expect(visits[2]).toBe('1');
		const total = cell(column('total_spent'), row)!;
		expect(total[1]).not.toContain('t=');
		expect(Number(total[2])).toBeGreaterThan(0);
		const last = cell(column('last_purchase'), row)!;
		expect(last[1]).not.toContain('t=');
		const style = Number(/s="(\d+)"/.exec(last[1])![1]);
		expect(xfs[style]).toBe(14);
		expect(Number(last[2])).toBeGreaterThan(45000);
	}
	expect(sheet).toContain('state="frozen"');

	// A new device: the export read back gives the same cards.
	const before = (await stored(page)).customers;
	const context = await browser.newContext();
	const other = await context.newPage();
	await openDataPage(other);
	await other.getByLabel(FILE_LABEL).setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: bytes
	});
	await expect(other.getByRole('radio', { name: 'a customer', exact: true })).toBeChecked(slow);
	await other.getByRole('button', { name: 'Import the 3 valid rows' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
		'3 new cards',
		slow
	);
	const shape = (cards: StoredCard[]) =>
		cards
			.map((c) => ({ first: c.firstName, last: c.lastName, phone: c.phone, email: c.email }))
			.sort((a, b) => a.first.localeCompare(b.first));
	expect(shape((await stored(other)).customers)).toEqual(shape(before));
	await context.close();
});
