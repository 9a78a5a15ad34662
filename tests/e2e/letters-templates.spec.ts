/** The owner's templates: merge fields by their names in the owner's language, own templates. */
import { expect, printRequests, test } from './fixtures';
import { seedShop, storedTemplates } from './letters-seed';

test('merge fields show and insert by their Russian names and are stored language-neutral', async ({
	page
}) => {
	await seedShop(page, {
		customers: [{ id: 'ANNA', firstName: 'Анна', lastName: 'Петросян' }],
		language: 'ru'
	});
	await page.goto('/letters');
	await expect(page.getByRole('heading', { level: 1, name: 'Письма' })).toBeVisible();
	const text = page.getByLabel('Текст письма');
	await expect(text).toHaveValue(/^\{\{приветствие\}\}/);
	await expect(text).toHaveValue(/\{\{название магазина\}\}/);
	await expect(text).not.toHaveValue(/\{\{greeting\}\}/);

	await text.fill('{{приветствие}}\n\nЖдём Вас, ');
	await page.getByText('Вставить поле подстановки').click();
	const customerFields = page.getByRole('group', { name: 'Клиент' });
	await customerFields.getByRole('button', { name: '{{имя}}' }).click();
	await expect(text).toHaveValue('{{приветствие}}\n\nЖдём Вас, {{имя}}');
	// A stored name typed by hand is known too; only a made-up one is flagged.
	await text.press('End');
	await text.pressSequentially(' {{shopName}} {{прозвище}}');
	await expect(page.getByRole('alert')).toContainText('{{прозвище}}');
	const preview = page.getByRole('document', { name: 'Предпросмотр' });
	await expect(preview).toContainText('Ждём Вас, Анна Corner Flowers {{прозвище}}');
	await text.fill('{{приветствие}}\n\nЖдём Вас, {{имя}}, в {{название магазина}}.');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(preview).toContainText('Ждём Вас, Анна, в Corner Flowers.');

	await page.getByRole('button', { name: 'Сохранить шаблон' }).click();
	await expect(page.getByText('Шаблон сохранён.')).toBeVisible();
	const [row] = await storedTemplates(page);
	expect(row.body).toBe('{{greeting}}\n\nЖдём Вас, {{firstName}}, в {{shopName}}.');

	// The same stored template, read by an owner whose screens are in English.
	await page.getByRole('link', { name: 'Настройки' }).click();
	// The letters page has a language too ("Язык письма"): the settings page must be the one shown.
	await expect(page.getByRole('heading', { level: 1, name: 'Настройки магазина' })).toBeVisible();
	await page.getByLabel('Язык', { exact: true }).selectOption('en');
	await page.getByRole('button', { name: 'Сохранить настройки', exact: true }).click();
	// A new UI language mounts the whole app again in it, without a reload.
	await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 20_000 });
	await page.getByRole('link', { name: 'Letters' }).click();
	await page.getByLabel('Letter language').selectOption('ru');
	await expect(page.getByLabel('Letter text')).toHaveValue(
		'{{greeting}}\n\nЖдём Вас, {{first name}}, в {{shop name}}.'
	);
	await expect(page.getByRole('document', { name: 'Preview' })).toContainText(
		'Ждём Вас, Анна, в Corner Flowers.'
	);
});

test('the owner adds, copies and deletes templates of their own and sends letters with them', async ({
	page
}) => {
	await seedShop(page, {
		customers: [
			{ id: 'ADA', firstName: 'Ada', lastName: 'Lovelace' },
			{ id: 'GRACE', firstName: 'Grace', lastName: 'Hopper' }
		]
	});
	await page.goto('/letters');
	const template = page.getByLabel('Template', { exact: true });
	const text = page.getByLabel('Letter text');
	await expect(text).toHaveValue(/Thank you for your visit/);

	// A new template: the greeting and closing fields to start from, a name to give it.
	await page.getByRole('button', { name: 'New template' }).click();
	await expect(page.getByText('Template “My letter” added: write it, then save.')).toBeVisible();
	await expect(template.locator('option:checked')).toHaveText('My letter');
	await expect(text).toHaveValue(/^\{\{greeting\}\}\n/);
	await page.getByLabel('Template name').fill('Garden party');
	await text.fill('{{greeting}}\n\nJoin us in the garden, {{first name}}.\n\n{{signature}}');
	await expect(template).toBeDisabled();
	await page.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByText('Template saved.')).toBeVisible();
	await expect(template.locator('option:checked')).toHaveText('Garden party');
	await expect(
		template.locator('optgroup[label="Your templates"] option', { hasText: 'Garden party' })
	).toHaveCount(1);
	const preview = page.getByRole('document', { name: 'Preview' });
	// Letters go in the post's order, by last name: Hopper first.
	await expect(preview).toContainText('Join us in the garden, Grace.');

	// It prints and lands on the cards and in the campaigns like a built-in.
	const before = await printRequests(page);
	await page.getByRole('button', { name: 'Print: Letters (2)' }).click();
	await expect.poll(() => printRequests(page)).toBe(before + 1);
	const printed = page.locator('.letters-print .letter-page .body');
	await expect(printed).toHaveCount(2);
	await expect(printed.nth(1)).toContainText('Join us in the garden, Ada.');
	await page.getByLabel('Campaign name').fill('Garden party invitations');
	await page.getByRole('button', { name: 'Mark as sent' }).click();
	await expect(page.getByText('2 letters written on the cards.')).toBeVisible();

	// A copy of a built-in keeps its text under a new name, and is the owner's to change.
	await template.selectOption({ label: 'Birthday' });
	await page.getByRole('button', { name: 'Copy template' }).click();
	await expect(template.locator('option:checked')).toHaveText('Copy of Birthday');
	await expect(text).toHaveValue(/Happy birthday from all of us at \{\{shop name\}\}/);
	await expect(page.getByRole('button', { name: 'Back to the built-in text' })).toHaveCount(0);

	// Deleting: gone from the list, Undo brings it back.
	await page.getByRole('button', { name: 'Delete template' }).click();
	await expect(page.getByText('Template “Copy of Birthday” deleted.')).toBeVisible();
	await expect(template.locator('option', { hasText: 'Copy of Birthday' })).toHaveCount(0);
	await expect(template.locator('option:checked')).toHaveText('Thank you');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(template.locator('option:checked')).toHaveText('Copy of Birthday');

	// Deleting the template a campaign was sent with leaves the campaign and the cards as they were.
	await template.selectOption({ label: 'Garden party' });
	await page.getByRole('button', { name: 'Delete template' }).click();
	await expect(page.getByText('Template “Garden party” deleted.')).toBeVisible();
	await expect(template.locator('option', { hasText: 'Garden party' })).toHaveCount(0);
	const rows = await storedTemplates(page);
	expect(rows.find((r) => r.name === 'Garden party')?.deletedAt).toEqual(expect.any(Number));

	await page.goto('/letters/campaigns');
	await expect(page.getByRole('region', { name: 'Garden party invitations' })).toBeVisible();
	await page.goto('/customers/GRACE');
	await expect(
		page.getByRole('region', { name: 'Contact history' }).getByText('Garden party')
	).toBeVisible();
});
