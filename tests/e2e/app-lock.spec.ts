/** The app-wide PIN lock: lock now, idle lock, nothing of the card file behind it, back in place. */
import { expect, test, type Page } from './fixtures';
import { addCustomer, openEmptyCardFile, watchErrors, seriousViolations } from './helpers';
import { storedSetting } from './idb';

const PIN = '482913';

async function setOwnerPin(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('New PIN', { exact: true }).fill(PIN);
	await page.getByLabel('New PIN again').fill(PIN);
	await page.getByRole('button', { name: "Set the owner's PIN" }).click();
	await expect(page.getByText('A PIN is set.')).toBeVisible();
}

/** The lock screen and nothing else: no nav, no card data in the DOM, focus stays on it. */
async function expectLocked(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { name: 'The card file is locked' })).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	expect(await page.locator('body').innerHTML()).not.toContain('Levi');
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(
				() =>
					document.activeElement === document.body ||
					!!document.activeElement?.closest('.lock-screen')
			)
		).toBe(true);
	}
}

async function unlock(page: Page, pin: string): Promise<void> {
	await page.getByLabel("Owner's PIN").fill(pin);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

test('"Lock now" hides the card file and the right PIN brings back the page and the typing', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
	await addCustomer(page, { first: 'Dana', last: 'Levi', phone: '050 123 4567' });
	const cardUrl = page.url();
	await setOwnerPin(page);
	await page.goto(cardUrl);
	await page.getByLabel(/^Amount/).fill('12.50');
	await page.getByLabel('What was bought').fill('roses');

	await page.getByRole('button', { name: 'Lock now' }).click();
	await expectLocked(page);

	await unlock(page, PIN);
	await expect(page.getByRole('heading', { level: 1, name: 'Dana Levi' })).toBeVisible();
	expect(page.url()).toBe(cardUrl);
	await expect(page.getByLabel(/^Amount/)).toHaveValue('12.50');
	await expect(page.getByLabel('What was bought')).toHaveValue('roses');
	expect(errors).toEqual([]);
});

test('a locked app stays locked on reload, typed address and back; wrong PINs must wait', async ({
	page
}) => {
	// Seven PIN checks, each a deliberately slow PBKDF2 hash, and four page loads.
	test.slow();
	await page.clock.install();
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi' });
	const cardUrl = page.url();
	await setOwnerPin(page);
	await page.goto(cardUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Dana Levi' })).toBeVisible();
	await page.getByRole('button', { name: 'Lock now' }).click();
	await expectLocked(page);

	await page.reload();
	await expectLocked(page);
	await page.goto('/customers');
	await expectLocked(page);
	await page.goBack();
	await expectLocked(page);

	await unlock(page, '000000');
	await expect(page.getByRole('alert')).toHaveText('That PIN is not right. Try again.');
	for (let i = 0; i < 4; i++) await unlock(page, '111111');
	await expect(page.getByRole('alert')).toHaveText(
		'Too many wrong PINs. Wait 30 seconds, then try again.'
	);
	// While it has to wait, even the right PIN is refused.
	await unlock(page, PIN);
	await expect(page.getByRole('alert')).toContainText('Too many wrong PINs.');
	await expectLocked(page);

	await page.clock.fastForward('00:31');
	await unlock(page, PIN);
	await expect(page.getByRole('heading', { level: 1, name: 'Dana Levi' })).toBeVisible();
	expect(page.url()).toBe(cardUrl);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Dana Levi' })).toBeVisible();
});

test('the app locks by itself after the chosen idle time', async ({ page }) => {
	await page.clock.install();
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi' });
	await setOwnerPin(page);
	await page.getByLabel('Lock by itself when nobody has used the tablet for a while').check();
	await page.getByLabel('Lock after').selectOption({ label: '2 minutes' });
	await page.getByRole('button', { name: 'Save the lock settings' }).click();
	await expect(page.getByText('Lock settings saved.')).toBeVisible();
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await expect(page.getByText('Levi')).toBeVisible();

	await page.clock.fastForward('01:30');
	await expect(page.getByText('Levi')).toBeVisible();
	await page.clock.fastForward('00:31');
	await expectLocked(page);
	await unlock(page, PIN);
	await expect(page).toHaveURL(/\/customers$/);
	await expect(page.getByText('Levi')).toBeVisible();
});

for (const language of ['en', 'he'] as const) {
	test(`the lock screen has no serious accessibility violations (${language})`, async ({
		page
	}) => {
		await openEmptyCardFile(page);
		await setOwnerPin(page);
		await page.getByRole('button', { name: 'Lock now' }).click();
		await expect(page.getByRole('heading', { name: 'The card file is locked' })).toBeVisible();
		await page.evaluate((locale) => localStorage.setItem('PARAGLIDE_LOCALE', locale), language);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', language);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
}

test('behind the lock the title and the screen reader announcer name no customer', async ({
	page
}) => {
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi', phone: '050 123 4567' });
	await setOwnerPin(page);
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page.getByRole('link', { name: /Dana Levi/ }).click();
	await expect(page).toHaveTitle(/Dana Levi/);

	await page.getByRole('button', { name: 'Lock now' }).click();
	await expectLocked(page);
	await expect(page).toHaveTitle('The card file is locked · Counter Cards');
	await expect(page.locator('#svelte-announcer')).toHaveText(
		'The card file is locked · Counter Cards'
	);
	expect(await page.locator('html').innerHTML()).not.toContain('Levi');

	await unlock(page, PIN);
	await expect(page.getByRole('heading', { level: 1, name: 'Dana Levi' })).toBeVisible();
	await expect(page).toHaveTitle(/Dana Levi/);
});

test('eight tabs submitting wrong PINs at the same moment are all counted', async ({ page }) => {
	// Eight pages of the app at once, each checking a deliberately slow PBKDF2 hash.
	test.slow();
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi' });
	await setOwnerPin(page);
	await page.getByRole('button', { name: 'Lock now' }).click();
	await expectLocked(page);

	const tabs = [page];
	for (let i = 1; i < 8; i++) {
		const tab = await page.context().newPage();
		await tab.goto('/customers');
		tabs.push(tab);
	}
	for (const [i, tab] of tabs.entries()) {
		await expect(tab.getByRole('heading', { name: 'The card file is locked' })).toBeVisible();
		await tab.getByLabel("Owner's PIN").fill(`00000${i}`);
	}
	await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Unlock' }).click()));
	for (const tab of tabs) {
		await expect(tab.getByRole('alert')).toHaveText(
			/That PIN is not right\. Try again\.|Too many wrong PINs\./
		);
	}
	// Every try is counted; the ones after the fifth wrong PIN waited unchecked.
	expect(await storedSetting(page, 'ownerPinAttempts')).toEqual({
		failures: 8,
		checked: 5,
		lastFailureAt: expect.any(Number)
	});
	for (const tab of tabs) await expectLocked(tab);
});
