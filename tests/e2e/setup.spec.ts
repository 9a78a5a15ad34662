/** Issue 17: a new owner sets up the shop in their language, or skips it in one click. */
import { expect, test } from './fixtures';
import { say, seriousViolations } from './helpers';

test('a new owner chooses Hebrew and finishes setup; the currency offered first is ILS', async ({
	page
}) => {
	await page.goto('/');
	// The browser says en-US: US dollars and US Letter are offered first.
	await expect(page.getByRole('heading', { level: 1, name: 'Set up your shop' })).toBeVisible();
	await expect(page.getByLabel('Currency')).toHaveValue('USD');
	await expect(page.getByLabel('Currency').getByRole('option').first()).toHaveText(/\(USD\)$/);
	await expect(page.getByLabel('Paper size for letters')).toHaveValue('letter');

	await page.getByLabel('Shop name').fill('Typed before the switch');
	await page.getByLabel('Language').selectOption('he');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('lang', 'he');
	await expect(html).toHaveAttribute('dir', 'rtl');
	await expect(
		page.getByRole('heading', { level: 1, name: say('he', 'setup_title') })
	).toBeVisible();
	// The screen re-drew in Hebrew, with the focus back on the language and nothing typed lost.
	await expect(page.getByLabel(say('he', 'shop_language'))).toBeFocused();
	await expect(page.getByLabel(say('he', 'shop_name'))).toHaveValue('Typed before the switch');

	const currency = page.getByLabel(say('he', 'shop_currency'));
	await expect(currency).toHaveValue('ILS');
	await expect(currency.getByRole('option').first()).toHaveAttribute('value', 'ILS');
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByLabel(say('he', 'shop_name')).fill('פרחי שושנה');
	await page.getByLabel(say('he', 'shop_address')).fill('הרצל 12\nתל אביב-יפו');
	await page.getByLabel(say('he', 'shop_phone')).fill('03-555-0100');
	await page.getByLabel(say('he', 'shop_email')).fill('shoshana@example.com');
	await page.getByLabel(say('he', 'shop_hours')).fill('א׳–ה׳ 9:00–19:00');
	// A mistyped PIN is caught on the spot; nothing is saved until it is right.
	await page.getByLabel(say('he', 'kiosk_pin_new')).fill('2468');
	await page.getByLabel(say('he', 'kiosk_pin_repeat')).fill('2469');
	await page.getByRole('button', { name: say('he', 'setup_save') }).click();
	await expect(page.getByRole('alert')).toHaveText(say('he', 'kiosk_pin_error_mismatch'));
	await page.getByLabel(say('he', 'kiosk_pin_repeat')).fill('2468');
	await page.getByRole('button', { name: say('he', 'setup_save') }).click();

	// The counter, in Hebrew, offering the demo shop or a start with nothing in it.
	await expect(page.getByRole('heading', { name: say('he', 'welcome_heading') })).toBeVisible();
	await expect(page.getByLabel(say('he', 'search_label'))).toBeFocused();

	// Everything is there to change in the settings; setup does not come back.
	await page.getByRole('link', { name: say('he', 'nav_settings') }).click();
	await expect(page.getByLabel(say('he', 'shop_name'))).toHaveValue('פרחי שושנה');
	await expect(page.getByLabel(say('he', 'shop_currency'))).toHaveValue('ILS');
	await expect(page.getByLabel(say('he', 'shop_email'))).toHaveValue('shoshana@example.com');
	await expect(page.getByLabel(say('he', 'shop_hours'))).toHaveValue('א׳–ה׳ 9:00–19:00');
	await expect(page.getByLabel(say('he', 'shop_paper'))).toHaveValue('letter');
	await expect(page.getByText(say('he', 'kiosk_pin_is_set'))).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: say('he', 'welcome_heading') })).toBeVisible();
	await expect(page.getByRole('heading', { name: say('he', 'setup_title') })).toHaveCount(0);
});

test('skipping setup keeps the language’s own currency; the settings then change it', async ({
	page
}) => {
	await page.addInitScript(() => {
		if (!localStorage.getItem('PARAGLIDE_LOCALE')) localStorage.setItem('PARAGLIDE_LOCALE', 'ru');
	});
	await page.goto('/');
	await page.getByRole('button', { name: say('ru', 'setup_skip') }).click();
	await expect(page.getByRole('heading', { name: say('ru', 'welcome_heading') })).toBeVisible();
	await page.getByRole('link', { name: say('ru', 'nav_settings') }).click();
	const currency = page.getByLabel(say('ru', 'shop_currency'));
	await expect(currency).toHaveValue('RUB');
	await currency.selectOption('EUR');
	await page.getByRole('button', { name: say('ru', 'save_settings'), exact: true }).click();
	await expect(page.getByText(say('ru', 'settings_saved'))).toBeVisible();
	await page.reload();
	await expect(page.getByLabel(say('ru', 'shop_currency'))).toHaveValue('EUR');
});
