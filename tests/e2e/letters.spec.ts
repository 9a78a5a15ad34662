/** Letters, labels, campaigns and the contact plan, as the owner uses them in Chromium. */
import { expect, printRequests, test, type Page } from './fixtures';
import { putRows } from './idb';
import { pdfPageTexts } from './letters-pdf-text';

const PX_PER_MM = 96 / 25.4;

interface SeedCustomer {
	id: string;
	firstName: string;
	lastName: string;
	salutation?: string;
	marketingConsent?: boolean;
	preferredChannel?: string;
	phone?: string;
	visits?: number;
	lastPurchase?: string;
	firstPurchase?: string;
	totalSpent?: number;
	birthday?: string;
}

function customerRow(c: SeedCustomer, index: number) {
	return {
		salutation: '',
		address: {
			street: `${index + 1} Market Street`,
			postalCode: `${10000 + index}`,
			city: 'Springfield',
			country: ''
		},
		phone: '',
		email: '',
		birthday: '',
		tags: [],
		preferredChannel: 'letter',
		marketingConsent: true,
		notes: '',
		searchWords: [c.firstName.toLowerCase(), c.lastName.toLowerCase()],
		phoneDigits: (c.phone ?? '').replace(/\D/g, ''),
		visits: 0,
		totalSpent: 0,
		createdAt: Date.parse('2024-01-01T10:00:00Z'),
		updatedAt: Date.parse('2024-01-01T10:00:00Z'),
		...c
	};
}

/** Opens the app once so it creates its database, then writes rows straight into IndexedDB. */
async function seed(
	page: Page,
	data: {
		customers: SeedCustomer[];
		language?: string;
		sales?: object[];
		campaigns?: object[];
		contacts?: object[];
	}
) {
	await page.goto('/');
	await expect(page.getByRole('navigation').first()).toBeVisible();
	await putRows(page, {
		customers: data.customers.map(customerRow),
		settings: [
			{
				key: 'shop',
				value: {
					shopName: 'Corner Flowers',
					address: '5 High Street',
					phone: '555-0100',
					currency: 'EUR',
					language: data.language ?? 'en'
				}
			}
		],
		sales: data.sales ?? [],
		campaigns: data.campaigns ?? [],
		contacts: data.contacts ?? []
	});
}

function many(count: number): SeedCustomer[] {
	return Array.from({ length: count }, (_, i) => {
		const n = String(i).padStart(3, '0');
		return { id: `CUST${n}`, firstName: `Ada${n}`, lastName: `Lovelace${n}`, salutation: 'Ms' };
	});
}

/** Page texts without spacing: Chromium places glyphs one by one, so spaces are not reliable. */
function compactPages(pdf: Buffer): string[] {
	return pdfPageTexts(pdf).map((text) => text.replace(/\s+/g, ''));
}

function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Presses a print button and waits for the one print request the job makes. */
async function printBatch(page: Page, button: RegExp) {
	const before = await printRequests(page);
	await page.getByRole('button', { name: button }).click();
	// A batch of 200 renders in chunks before it prints.
	await expect.poll(() => printRequests(page), { timeout: 20_000 }).toBe(before + 1);
}

test('a batch of 200 letters prints 200 pages, each addressed to its customer, and lands on the cards', async ({
	page
}) => {
	test.setTimeout(120_000);
	const optedOut: SeedCustomer[] = [
		{ id: 'OUT1', firstName: 'No', lastName: 'Consent', marketingConsent: false },
		{ id: 'OUT2', firstName: 'No', lastName: 'Contact', preferredChannel: 'none' }
	];
	await seed(page, { customers: [...many(200), ...optedOut] });
	await page.goto('/letters');
	await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeVisible();
	await expect(page.getByText('200 letters', { exact: true })).toBeVisible();
	await expect(page.getByText('2 left out: declined letters')).toBeVisible();

	await printBatch(page, /Print: Letters \(200\)/);
	await expect(page.getByRole('heading', { name: 'Did the letters print well?' })).toBeVisible();

	const pages = page.locator('.letters-print .letter-page');
	await expect(pages).toHaveCount(200);
	const recipients = await pages.evaluateAll((els) =>
		els.map((el) => ({
			address: el.querySelector('.address')?.textContent ?? '',
			body: el.querySelector('.body')?.textContent ?? ''
		}))
	);
	recipients.forEach((r, i) => {
		const n = String(i).padStart(3, '0');
		expect(r.address).toContain(`Ms Ada${n} Lovelace${n}`);
		expect(r.body).toContain(`Dear Ms Lovelace${n},`);
	});

	// In print media every letter is one A4 page tall (a hair less, so rounding never spills
	// onto a blank page), so page i of the job holds letter i.
	await page.emulateMedia({ media: 'print' });
	const heights = await pages.evaluateAll((els) =>
		els.map((el) => el.getBoundingClientRect().height)
	);
	for (const height of heights) {
		expect(height / PX_PER_MM).toBeLessThanOrEqual(297);
		expect(height / PX_PER_MM).toBeGreaterThan(296.5);
	}
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPageCount(pdf)).toBe(200);
	// Read back from the PDF itself: page i is addressed and greeted to customer i.
	const texts = compactPages(pdf);
	expect(texts).toHaveLength(200);
	texts.forEach((text, i) => {
		const n = String(i).padStart(3, '0');
		expect(text).toContain(`MsAda${n}Lovelace${n}`);
		expect(text).toContain(`DearMsLovelace${n},`);
		expect(text).toContain(`${10000 + i}Springfield`);
	});
	await page.emulateMedia({ media: null });

	await page.getByLabel('Cost (optional)').fill('45.50');
	await page.getByRole('button', { name: 'Mark as sent' }).click();
	await expect(page.getByText('200 letters written on the cards.')).toBeVisible();

	await page.goto('/customers/CUST042');
	const history = page.getByRole('region', { name: 'Contact history' });
	await expect(history.getByText('Letter', { exact: true })).toBeVisible();
	await expect(history.getByText('Thank you')).toBeVisible();
	await page.goto('/customers/OUT1');
	await expect(
		page.getByRole('region', { name: 'Contact history' }).getByText('No letters or calls yet.')
	).toBeVisible();

	await page.goto('/letters/campaigns');
	await expect(page.getByText('200 letters').first()).toBeVisible();
	await expect(page.getByLabel('Cost (optional)')).toHaveValue('45.50');
});

test('Hebrew letters print right to left, 200 pages, each to its customer', async ({ page }) => {
	test.setTimeout(120_000);
	const customers = Array.from({ length: 200 }, (_, i) => {
		const n = String(i).padStart(3, '0');
		return { id: `HE${n}`, firstName: `דנה${n}`, lastName: `כהן${n}` };
	});
	await seed(page, { customers, language: 'he' });
	await page.goto('/letters');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: 'מכתבים' })).toBeVisible();
	await expect(page.getByText('200 מכתבים', { exact: true })).toBeVisible();
	await printBatch(page, /הדפסה: מכתבים \(200\)/);
	await expect(page.getByRole('heading', { name: 'האם המכתבים הודפסו כראוי?' })).toBeVisible();

	const pages = page.locator('.letters-print .letter-page');
	await expect(pages).toHaveCount(200);
	const letters = await pages.evaluateAll((els) =>
		els.map((el) => ({
			address: el.querySelector('.address')?.textContent ?? '',
			body: el.querySelector('.body')?.textContent ?? '',
			dir: el.querySelector('.body')?.getAttribute('dir'),
			lang: el.querySelector('.body')?.getAttribute('lang')
		}))
	);
	const names = letters.map((l) => l.address);
	// Sorted as the post is sorted: by last name.
	const expected = customers
		.map((c) => `${c.firstName} ${c.lastName}`)
		.sort((a, b) => a.split(' ')[1].localeCompare(b.split(' ')[1]));
	names.forEach((address, i) => expect(address).toContain(expected[i]));
	letters.forEach((l, i) => {
		expect(l.dir).toBe('rtl');
		expect(l.lang).toBe('he');
		expect(l.body).toContain(`שלום ${expected[i]},`);
		expect(l.body).toContain('תודה על ביקורך');
	});

	// The address box stays under the envelope's window (20 mm from the left, 45 mm down),
	// whatever the direction of the text inside it.
	await page.emulateMedia({ media: 'print' });
	const windows = await pages.evaluateAll((els) =>
		els.slice(0, 3).map((el) => {
			const sheet = el.getBoundingClientRect();
			const box = el.querySelector('.address')!.getBoundingClientRect();
			return { x: box.left - sheet.left, y: box.top - sheet.top, width: box.width };
		})
	);
	await page.emulateMedia({ media: null });
	for (const w of windows) {
		expect(Math.abs(w.x / PX_PER_MM - 20)).toBeLessThanOrEqual(0.5);
		expect(Math.abs(w.y / PX_PER_MM - 45)).toBeLessThanOrEqual(0.5);
		expect(Math.abs(w.width / PX_PER_MM - 85)).toBeLessThanOrEqual(0.5);
	}
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPageCount(pdf)).toBe(200);
	// The PDF draws right-to-left runs in visual order, so Hebrew letters come out reversed while
	// the digits keep their order; the postal code is unique to each customer.
	const texts = compactPages(pdf);
	expect(texts).toHaveLength(200);
	texts.forEach((text, i) => {
		const n = String(i).padStart(3, '0');
		expect(text).toMatch(new RegExp(`Springfield${10000 + i}|${10000 + i}Springfield`));
		expect(text).toMatch(new RegExp(`${n}(הנד|דנה)`));
		expect(text).toMatch(new RegExp(`${n}(ןהכ|כהן)`));
		expect(text).toMatch(/םולש|שלום/);
	});
	await page.getByRole('button', { name: 'סימון כנשלח' }).click();
	await page.goto('/customers/HE007');
	await expect(page.getByRole('region', { name: 'היסטוריית קשר' }).getByText('תודה')).toBeVisible();
});

test('a name made of markup prints as literal text and runs no script', async ({ page }) => {
	const evil = '<img src=x onerror=alert(1)>';
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	await seed(page, {
		customers: [{ id: 'EVIL', firstName: evil, lastName: '<b>Bold</b>', salutation: '' }]
	});
	await page.goto('/letters');
	await expect(page.getByText('One letter', { exact: true })).toBeVisible();
	const preview = page.getByRole('document', { name: 'Preview' });
	await expect(preview.getByText(`Dear ${evil},`)).toBeVisible();
	await printBatch(page, /Print: Letters \(1\)/);
	await expect(page.getByRole('heading', { name: 'Did the letters print well?' })).toBeVisible();
	const letter = page.locator('.letters-print .letter-page');
	await expect(letter.locator('.address')).toContainText(`${evil} <b>Bold</b>`);
	await expect(letter.locator('.body')).toContainText(`Dear ${evil},`);
	await expect(page.locator('.letters-print img, .letters-print b, .preview img')).toHaveCount(0);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPageCount(pdf)).toBe(1);
	expect(compactPages(pdf)[0]).toContain(`Dear${evil.replace(/\s+/g, '')},`);
	expect(dialogs).toEqual([]);
});

async function measureLabels(page: Page) {
	await page.emulateMedia({ media: 'print' });
	const result = await page.locator('.letters-print .label-sheet').evaluateAll((sheets) =>
		sheets.map((sheet) => {
			const origin = sheet.getBoundingClientRect();
			return {
				width: origin.width,
				height: origin.height,
				labels: [...sheet.querySelectorAll<HTMLElement>('.label')].map((label) => {
					const r = label.getBoundingClientRect();
					return {
						position: Number(label.dataset.position),
						x: r.left - origin.left,
						y: r.top - origin.top,
						width: r.width,
						height: r.height
					};
				})
			};
		})
	);
	await page.emulateMedia({ media: null });
	return result.map((sheet) => ({
		width: sheet.width / PX_PER_MM,
		height: sheet.height / PX_PER_MM,
		labels: sheet.labels.map((l) => ({
			position: l.position,
			x: l.x / PX_PER_MM,
			y: l.y / PX_PER_MM,
			width: l.width / PX_PER_MM,
			height: l.height / PX_PER_MM
		}))
	}));
}

const near = (actual: number, expected: number) =>
	expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(0.5);

test('address labels on Avery L7160 and 5160 sheets sit within 0.5 mm of the sheet spec', async ({
	page
}) => {
	await seed(page, { customers: many(40) });
	await page.goto('/letters');
	await page.getByRole('radio', { name: 'Address labels' }).check();

	// L7160: A4, 63.5 x 38.1 mm, top 15.15, left 7.25, pitch 66.04 x 38.1 (Avery's template).
	await page.getByLabel('Label sheet').selectOption('L7160');
	await page.getByLabel('Start at label number').fill('5');
	await printBatch(page, /Print: Address labels \(40\)/);
	await expect(
		page.getByRole('heading', { name: 'Labels and envelopes are ready.' })
	).toBeVisible();
	let sheets = await measureLabels(page);
	expect(sheets).toHaveLength(3);
	expect(sheets.map((s) => s.labels.length)).toEqual([17, 21, 2]);
	expect(sheets[0].labels[0].position).toBe(4);
	for (const sheet of sheets) {
		near(sheet.width, 210);
		near(sheet.height, 297);
		for (const l of sheet.labels) {
			near(l.x, 7.25 + (l.position % 3) * 66.04);
			near(l.y, 15.15 + Math.floor(l.position / 3) * 38.1);
			near(l.width, 63.5);
			near(l.height, 38.1);
		}
	}
	await expect(page.locator('.letters-print .label').first()).toContainText('Ada000 Lovelace000');
	expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(3);
	await page.getByRole('button', { name: 'Done' }).click();

	// 5160: US Letter, 2.625 x 1 in, top 0.5 in, left 0.1875 in, pitch 2.75 x 1 in.
	await page.getByLabel('Label sheet').selectOption('5160');
	await page.getByLabel('Start at label number').fill('1');
	await printBatch(page, /Print: Address labels \(40\)/);
	await expect(
		page.getByRole('heading', { name: 'Labels and envelopes are ready.' })
	).toBeVisible();
	sheets = await measureLabels(page);
	expect(sheets.map((s) => s.labels.length)).toEqual([30, 10]);
	for (const sheet of sheets) {
		near(sheet.width, 215.9);
		near(sheet.height, 279.4);
		for (const l of sheet.labels) {
			near(l.x, (0.1875 + (l.position % 3) * 2.75) * 25.4);
			near(l.y, (0.5 + Math.floor(l.position / 3)) * 25.4);
			near(l.width, 2.625 * 25.4);
			near(l.height, 25.4);
		}
	}
	expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(2);
});

test('the due list records a call outcome on the card', async ({ page }) => {
	await seed(page, {
		customers: [
			{
				id: 'CALLME',
				firstName: 'Grace',
				lastName: 'Hopper',
				phone: '555-0199',
				visits: 6,
				totalSpent: 90000,
				firstPurchase: '2023-01-01',
				lastPurchase: '2023-06-01'
			}
		],
		// The sales behind the card's figures: the buyer groups are computed from the sales ledger.
		sales: ['01', '02', '03', '04', '05', '06'].map((month) => ({
			id: `SALE-CALLME-${month}`,
			customerId: 'CALLME',
			date: `2023-${month}-01`,
			amount: 15000,
			currency: 'EUR',
			category: '',
			createdAt: Date.parse(`2023-${month}-01T10:00:00Z`),
			updatedAt: Date.parse(`2023-${month}-01T10:00:00Z`)
		}))
	});
	await page.goto('/');
	const panel = page.getByRole('region', { name: 'Due' });
	await expect(panel.getByText('One keep-in-touch call due')).toBeVisible();
	await panel.getByRole('link', { name: 'Open the contact plan' }).click();

	const calls = page.getByRole('region', { name: 'Calls to make' });
	await expect(calls.getByText('Former buyer', { exact: true })).toBeVisible();
	await calls.getByRole('button', { name: 'Record a call with Grace Hopper' }).click();
	await calls.getByRole('radio', { name: 'Call back' }).check();
	await calls.getByLabel('Call back on').fill('2099-01-15');
	await calls.getByLabel('Note (optional)').fill('Away until January');
	await calls.getByRole('button', { name: 'Save call' }).click();
	await expect(page.getByText('Call with Grace Hopper written on the card.')).toBeVisible();
	await expect(calls.getByText('Nothing due.')).toBeVisible();

	await page.goto('/customers/CALLME');
	const history = page.getByRole('region', { name: 'Contact history' });
	await expect(history.getByText('Away until January')).toBeVisible();
	await expect(history.getByText('Call back', { exact: true })).toBeVisible();
});

test('a campaign shows the purchases its recipients made in the 30 days after', async ({
	page
}) => {
	const day = (offset: number) => {
		const d = new Date();
		d.setDate(d.getDate() + offset);
		return d.toISOString().slice(0, 10);
	};
	const sale = (id: string, customerId: string, date: string, amount: number) => ({
		id,
		customerId,
		date,
		amount,
		currency: 'EUR',
		category: '',
		createdAt: 1,
		updatedAt: 1
	});
	await seed(page, {
		customers: [
			{
				id: 'R1',
				firstName: 'Rita',
				lastName: 'Recipient',
				visits: 2,
				firstPurchase: '2024-01-01'
			},
			{ id: 'N1', firstName: 'Nora', lastName: 'Other', visits: 1, firstPurchase: '2024-01-01' }
		],
		sales: [sale('S1', 'R1', day(-5), 4200), sale('S2', 'N1', day(-40), 999)],
		campaigns: [
			{
				id: 'CAMP1',
				name: 'Spring news',
				templateKey: 'quarterly-news',
				language: 'en',
				date: day(-10),
				recipientIds: ['R1'],
				optedOutCount: 0,
				cost: 1000,
				currency: 'EUR',
				audience: 'picked',
				createdAt: 1,
				updatedAt: 1
			}
		]
	});
	await page.goto('/letters/campaigns');
	const campaign = page.getByRole('region', { name: 'Spring news' });
	const recipients = campaign.getByRole('row', { name: /Got the letter/ });
	await expect(recipients).toContainText('€42.00');
	await expect(recipients).toContainText('1 (100%)');
	await expect(campaign.getByRole('row', { name: /Not contacted/ })).toContainText('0 (0%)');
	// The 15-20% rule is a floor, held against the whole promotion budget the owner enters.
	await expect(page.getByText(/Enter the year's whole promotion budget/)).toBeVisible();
	const budget = page.getByLabel(/^Whole promotion budget this year/);
	await budget.fill('100');
	await budget.blur();
	await expect(page.getByText('10%', { exact: true })).toBeVisible();
	await expect(
		page.getByText('Below the floor: at least €15.00 (15%) goes to current customers; €5.00 more')
	).toBeVisible();
	await budget.fill('50');
	await budget.blur();
	await expect(page.getByText('20%', { exact: true })).toBeVisible();
	await expect(page.getByText('The floor of €7.50 (15%) is met, with 20% or more.')).toBeVisible();
});

test('the owner edits a template with a live preview; unknown fields are flagged; it is kept per language', async ({
	page
}) => {
	await seed(page, { customers: many(2) });
	await page.goto('/letters');
	const text = page.getByLabel('Letter text');
	await expect(text).toHaveValue(/Thank you for your visit/);
	await text.fill('{{greeting}}\n\nHello {{nickname}} from {{shopName}}.\nCode: {{voucherCode}}');
	const flagged = page.getByRole('alert');
	await expect(flagged).toContainText('One unknown merge field');
	await expect(flagged).toContainText('{{nickname}} line 3, column 7');
	const preview = page.getByRole('document', { name: 'Preview' });
	await expect(preview).toContainText('Dear Ms Lovelace000,');
	await expect(preview).toContainText('Hello {{nickname}} from Corner Flowers.');
	// No voucher for this letter: its line is left out rather than printed half empty.
	await expect(preview).not.toContainText('Code:');
	await page.getByRole('button', { name: 'Next letter' }).click();
	await expect(preview).toContainText('Dear Ms Lovelace001,');
	await expect(page.getByLabel('Template')).toBeDisabled();

	await page.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByText('Template saved.')).toBeVisible();
	await page.reload();
	await expect(text).toHaveValue(/Hello \{\{nickname\}\}/);
	await expect(page.getByText('Your edited version')).toBeVisible();

	await page.getByLabel('Letter language').selectOption('he');
	await expect(text).toHaveValue(/תודה על ביקורך/);
	await expect(preview).toContainText('שלום Ms Ada000 Lovelace000,');
	await page.getByLabel('Letter language').selectOption('en');
	await expect(text).toHaveValue(/Hello \{\{nickname\}\}/);
	await page.getByRole('button', { name: 'Back to the built-in text' }).click();
	await expect(text).toHaveValue(/Thank you for your visit/);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('envelopes print one per page at the envelope size', async ({ page }) => {
	await seed(page, { customers: many(3) });
	await page.goto('/letters');
	await page.getByRole('radio', { name: 'Envelopes' }).check();
	await page.getByLabel('Envelope', { exact: true }).selectOption('C5');
	await printBatch(page, /Print: Envelopes \(3\)/);
	await expect(
		page.getByRole('heading', { name: 'Labels and envelopes are ready.' })
	).toBeVisible();
	const envelopes = page.locator('.letters-print .envelope');
	await expect(envelopes).toHaveCount(3);
	await expect(envelopes.nth(2).locator('.recipient')).toContainText('Ms Ada002 Lovelace002');
	await expect(envelopes.nth(2).locator('.sender')).toContainText('Corner Flowers');
	await page.emulateMedia({ media: 'print' });
	const recipientBox = await envelopes.first().evaluate((el) => {
		const sheet = el.getBoundingClientRect();
		const box = el.querySelector('.recipient')!.getBoundingClientRect();
		return { x: box.left - sheet.left, y: box.top - sheet.top };
	});
	await page.emulateMedia({ media: null });
	expect(Math.abs(recipientBox.x / PX_PER_MM - 105)).toBeLessThanOrEqual(0.5);
	expect(Math.abs(recipientBox.y / PX_PER_MM - 80)).toBeLessThanOrEqual(0.5);
	const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
	const boxes = pdf.match(/\/MediaBox \[([^\]]*)\]/g) ?? [];
	expect(boxes).toHaveLength(3);
	for (const box of boxes) {
		const [, , w, h] = box
			.replace(/[^\d. ]/g, '')
			.trim()
			.split(/\s+/)
			.map(Number);
		expect(Math.abs(w / 72 - 229 / 25.4) * 25.4).toBeLessThanOrEqual(0.5);
		expect(Math.abs(h / 72 - 162 / 25.4) * 25.4).toBeLessThanOrEqual(0.5);
	}
});

test('from the due list, "Write letters" opens a batch for the customers due a letter', async ({
	page
}) => {
	const recent = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
	await seed(page, {
		customers: many(3),
		contacts: [
			{
				id: 'LTR1',
				customerId: 'CUST001',
				date: recent,
				kind: 'letter',
				summary: 'Thank you',
				createdAt: 1,
				updatedAt: 1
			}
		]
	});
	await page.goto('/due');
	const due = page.getByRole('region', { name: 'Due a letter' });
	await expect(due.getByRole('link', { name: 'Ada001 Lovelace001' })).toHaveCount(0);
	await due.getByRole('link', { name: 'Write letters' }).click();
	await expect(page.getByRole('radio', { name: 'Due a letter (none in 90 days)' })).toBeChecked();
	await expect(page.getByText('2 letters', { exact: true })).toBeVisible();
	await page.getByRole('radio', { name: 'All customers' }).check();
	await expect(page.getByText('3 letters', { exact: true })).toBeVisible();
});
