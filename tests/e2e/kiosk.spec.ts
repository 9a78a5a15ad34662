/** Counter sign-up in kiosk mode, the owner's PIN to leave it, and the monthly drawing. */
import { expect, test, type Page } from './fixtures';
import { addCustomer, openEmptyCardFile, watchErrors, seriousViolations } from './helpers';
import { pdfPageTexts } from './letters-pdf-text';

const PIN = '482913';

async function setOwnerPin(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('New PIN', { exact: true }).fill(PIN);
	await page.getByLabel('New PIN again').fill(PIN);
	await page.getByRole('button', { name: "Set the owner's PIN" }).click();
	await expect(page.getByText('A PIN is set.')).toBeVisible();
}

async function startKiosk(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Drawing' }).click();
	await page.getByRole('link', { name: 'Counter sign-up (kiosk)' }).click();
	await page.getByRole('button', { name: 'Start kiosk mode' }).click();
	await expectKiosk(page);
	// The owner's last toast ("The owner's PIN is set.") neither shows nor covers the form.
	await expect(page.getByRole('status').getByRole('group')).toHaveCount(0);
}

/** The sign-up form and nothing else: no navigation, no other customer's name. */
async function expectKiosk(page: Page): Promise<void> {
	await expect(page).toHaveURL(/\/kiosk$/);
	await expect(page.getByRole('heading', { name: 'Join our customer card' })).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByText('Zed Other')).toHaveCount(0);
	await expect(page.getByRole('searchbox')).toHaveCount(0);
}

async function signUp(
	page: Page,
	fields: { first: string; last: string; email?: string; phone?: string }
): Promise<void> {
	await page.getByLabel('First name').fill(fields.first);
	await page.getByLabel('Last name').fill(fields.last);
	if (fields.email) await page.getByLabel('Email').fill(fields.email);
	if (fields.phone) await page.getByLabel('Phone').fill(fields.phone);
	await page.getByLabel('What are you interested in?').fill('roses, gifts');
	await page.getByLabel('Yes, the shop may send me letters and offers.').check();
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
	// The thank-you says nothing of what was typed.
	await expect(page.getByText(fields.first)).toHaveCount(0);
	await page.getByRole('button', { name: 'Next person' }).click();
	await expect(page.getByLabel('First name')).toHaveValue('');
	await expect(page.getByLabel('Email')).toHaveValue('');
}

async function leaveKiosk(page: Page, pin: string): Promise<void> {
	await page.getByRole('button', { name: 'Owner' }).click();
	await page.getByLabel("Owner's PIN").fill(pin);
	await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
}

test('kiosk sign-ups make prospect cards and drawing entries; only the PIN leaves', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Zed', last: 'Other', phone: '050 999 8888' });
	await setOwnerPin(page);
	// A second tab left open on the card file follows the first into kiosk mode.
	const otherTab = await page.context().newPage();
	await otherTab.goto('/customers');
	await expect(otherTab.getByText('Zed Other')).toBeVisible();
	await startKiosk(page);
	await expectKiosk(otherTab);
	await otherTab.close();

	expect(await seriousViolations(page)).toEqual([]);

	// A sign-up needs a name and a way to reach the customer.
	await page.getByLabel('First name').fill('Ann');
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByText('Please give an email or a phone number.')).toBeVisible();
	await expect(page.getByLabel('First name')).toHaveValue('Ann');

	await signUp(page, { first: 'Ann', last: 'Lee', email: 'ann@example.com' });
	await signUp(page, { first: 'Ben', last: 'Katz', phone: '050 123 4567' });

	// Typed addresses, reloads and the back button all land on the sign-up form.
	await page.goto('/customers');
	await expectKiosk(page);
	await page.goto('/settings');
	await expectKiosk(page);
	await page.reload();
	await expectKiosk(page);
	await page.goBack();
	await expectKiosk(page);

	// A wrong PIN keeps kiosk mode.
	await leaveKiosk(page, '000000');
	await expect(page.getByRole('alert')).toHaveText('Wrong PIN.');
	await page.goto('/');
	await expectKiosk(page);

	// The right one leaves it, for good.
	await leaveKiosk(page, PIN);
	await expect(page.getByRole('heading', { name: 'Monthly prize drawing' })).toBeVisible();
	await expect(page.getByRole('navigation').first()).toBeVisible();
	await expect(page.getByText('2 entrants this month')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Monthly prize drawing' })).toBeVisible();

	// The sign-ups are prospect cards in the card file.
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await expect(page.getByRole('link', { name: /Ann Lee/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Ben Katz/ })).toBeVisible();
	expect(errors).toEqual([]);
});

test('the drawing picks a recorded winner among entrants; a redraw needs a reason; the letter prints', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Zed', last: 'Other', phone: '050 999 8888' });
	await setOwnerPin(page);
	await startKiosk(page);
	await signUp(page, { first: 'Ann', last: 'Lee', email: 'ann@example.com' });
	await signUp(page, { first: 'Ben', last: 'Katz', phone: '050 123 4567' });
	// The same person twice this month counts once.
	await signUp(page, { first: 'Ann', last: 'Lee', email: 'ann@example.com' });
	await leaveKiosk(page, PIN);

	await expect(page.getByText('2 entrants this month')).toBeVisible();
	await page.getByRole('button', { name: 'Draw the winner' }).click();
	const winnerLine = page.getByText(/^Winner:/);
	await expect(winnerLine).toBeVisible();
	const winner = (await page.locator('.winner-name').textContent())?.trim() ?? '';
	expect(['Ann Lee', 'Ben Katz']).toContain(winner);

	const history = page.getByRole('region', { name: 'Every draw' });
	await expect(history.getByRole('row')).toHaveCount(2);
	await expect(history.getByRole('cell', { name: winner })).toBeVisible();
	await expect(history.getByRole('cell', { name: 'First draw' })).toBeVisible();

	// A redraw without a reason is refused, and nothing is recorded.
	await page.getByRole('button', { name: 'Redraw' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Write the reason for the redraw (at least 3 characters).'
	);
	await expect(history.getByRole('row')).toHaveCount(2);
	await page.getByLabel('Reason for the redraw').fill('Winner could not be reached');
	await page.getByRole('button', { name: 'Redraw' }).click();
	await expect(history.getByRole('row')).toHaveCount(3);
	await expect(history.getByRole('cell', { name: 'Winner could not be reached' })).toBeVisible();
	await page.reload();
	await expect(history.getByRole('row')).toHaveCount(3);

	// The winner's letter, addressed by name.
	const latest = (await page.locator('.winner-name').textContent())?.trim() ?? '';
	await page.getByRole('link', { name: "Print the winner's letter" }).click();
	await expect(page.getByText(`Dear ${latest},`)).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('link', { name: 'Back to the drawing' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	const text = pdfPageTexts(pdf).join(' ').replace(/\s+/g, '');
	expect(text).toContain(`Dear${latest}`.replace(/\s+/g, ''));
	await page.emulateMedia({ media: 'screen' });

	// In Hebrew, the letter is in Hebrew.
	const letterUrl = page.url();
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Shop settings' })).toBeVisible();
	await page.getByLabel('Language', { exact: true }).selectOption('he');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.goto(letterUrl);
	await expect(page.getByText(/ברכות! זכית בהגרלת הפרסים/)).toBeVisible();
	await expect(page.getByText(`${latest} היקר/ה,`)).toBeVisible();
	expect(errors).toEqual([]);
});

test('the kiosk leaks nothing from before: no Undo toast, no customer in the title or the announcer, and Back never leaves it', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await setOwnerPin(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi', phone: '050 123 4567' });
	await addCustomer(page, { first: 'Zed', last: 'Other', phone: '050 999 8888' });
	await expect(page).toHaveTitle(/Zed Other/);

	// Pages opened by typed addresses too: Back can reach earlier documents of the tab.
	const zedCard = page.url();
	await page.goto('/customers');
	await page.goto(zedCard);
	await expect(page.getByRole('heading', { level: 1, name: 'Zed Other' })).toBeVisible();

	// "Card of Zed Other deleted. [Undo]" is still showing when the kiosk starts.
	await page.getByRole('button', { name: 'Delete card' }).click();
	const undoToast = page.getByRole('status').getByRole('group', { name: /Zed Other/ });
	await page.getByRole('link', { name: 'Drawing' }).click();
	await page.getByRole('link', { name: 'Counter sign-up (kiosk)' }).click();
	await expect(undoToast.getByRole('button', { name: 'Undo' })).toBeVisible();
	await page.getByRole('button', { name: 'Start kiosk mode' }).click();
	await expectKiosk(page);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(page.getByText(/Zed Other/)).toHaveCount(0);

	// The tab's title and the screen reader's announcer name the sign-up, not a customer.
	await expect(page).toHaveTitle(/^Join our customer card/);
	const announcer = page.locator('#svelte-announcer');
	await expect(announcer).toHaveText(/Join our customer card/);
	expect(await page.locator('html').innerHTML()).not.toMatch(/Levi|Zed Other/);

	// Back, again and again (more often than the tab has pages), stays on the sign-up form.
	for (let i = 0; i < 12; i++) {
		await page.goBack();
		await expectKiosk(page);
	}
	await expect(page).toHaveTitle(/^Join our customer card/);
	await signUp(page, { first: 'Ann', last: 'Lee', email: 'ann@example.com' });
	await page.goBack();
	await expectKiosk(page);

	// The Undo never ran: the card is still deleted once the owner is back.
	await leaveKiosk(page, PIN);
	await expect(page.getByRole('heading', { name: 'Monthly prize drawing' })).toBeVisible();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await expect(page.getByRole('link', { name: /Dana Levi/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Ann Lee/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /Zed Other/ })).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a tab that follows another into the kiosk drops its Undo toast and its customer title', async ({
	page
}) => {
	await openEmptyCardFile(page);
	await setOwnerPin(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi', phone: '050 123 4567' });
	await addCustomer(page, { first: 'Zed', last: 'Other', phone: '050 999 8888' });
	await page.getByRole('button', { name: 'Delete card' }).click();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('link', { name: /Dana Levi/ }).click();
	await expect(page).toHaveTitle(/Dana Levi/);
	const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
	await expect(undo).toBeVisible();

	const other = await page.context().newPage();
	await other.goto('/kiosk');
	await other.getByRole('button', { name: 'Start kiosk mode' }).click();
	await expectKiosk(other);

	await expectKiosk(page);
	await expect(undo).toHaveCount(0);
	await expect(page).toHaveTitle(/^Join our customer card/);
	await expect(page.locator('#svelte-announcer')).not.toContainText('Levi');
	await other.close();
});

test('Back, pressed again and again, never leaves the kiosk opened by typed addresses', async ({
	page
}) => {
	// The tab showed something else before the app (a blank page, another site).
	await page.goto('data:text/html,<title>Before</title><p>Another page</p>');
	await openEmptyCardFile(page);
	await setOwnerPin(page);
	// Each typed address is a document of its own in the tab's history, behind the kiosk.
	await page.goto('/customers');
	await page.goto('/drawing');
	await page.goto('/kiosk');
	await page.getByRole('button', { name: 'Start kiosk mode' }).click();
	await expectKiosk(page);
	// A customer who answers the browser's own "Leave site?" question with Leave.
	page.on('dialog', (dialog) => void dialog.accept());
	const entries = await page.evaluate(() => history.length);
	// Every page the tab shows while Back is pressed, even for a moment before a redirect.
	const shown: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) shown.push(new URL(frame.url()).pathname);
	});
	for (let i = 0; i < entries + 2; i++) {
		await page.goBack();
		await expectKiosk(page);
	}
	expect(shown.filter((path) => path !== '/kiosk')).toEqual([]);
	await leaveKiosk(page, PIN);
	await expect(page.getByRole('heading', { name: 'Monthly prize drawing' })).toBeVisible();
});
