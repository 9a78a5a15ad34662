/**
 * Letters by email or a message for the customers who prefer them: one at a time, through the
 * outbound module (its `mailto:` links are kept by the fixture), written on the card, no paper.
 */
import { expect, outboundRequests, printRequests, test, type Page } from './fixtures';
import { seedShop } from './letters-seed';

const CODE = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/;

async function seedDanaByEmail(page: Page) {
	await seedShop(page, {
		customers: [
			{
				id: 'DANA',
				firstName: 'Dana',
				lastName: 'Cohen',
				preferredChannel: 'email',
				email: 'dana@example.com'
			},
			{ id: 'SARAH', firstName: 'Sarah', lastName: 'Burke' },
			{ id: 'TOM', firstName: 'Tom', lastName: 'Reed' }
		]
	});
}

/** The query parameter of a `mailto:` link, decoded. */
function mailPart(url: string, name: string): string {
	const query = url.slice(url.indexOf('?') + 1);
	const part = query.split('&').find((p) => p.startsWith(`${name}=`)) ?? '';
	return decodeURIComponent(part.slice(name.length + 1));
}

test('a customer who prefers email gets the letter by email, on her card, and no paper', async ({
	page
}) => {
	await seedDanaByEmail(page);
	await page.goto('/letters');

	// All three get the letter; Dana's goes by email, so the printed batch has two.
	const audience = page.getByRole('region', { name: '2. Who gets it' });
	await expect(audience.getByRole('status')).toHaveText(/^\s*3 letters\s*$/);
	await expect(page.getByRole('button', { name: /Print: Letters \(2\)/ })).toBeVisible();
	await expect(page.getByText('Not in the printed batch: 1 who get it by email')).toBeVisible();

	const outbound = page.getByRole('region', { name: 'Send by email or message' });
	await expect(outbound.getByRole('listitem')).toHaveCount(1);
	await expect(outbound).toContainText('dana@example.com');
	await outbound.getByRole('button', { name: 'Email Dana Cohen' }).click();
	await expect(outbound.getByText('Sent by email')).toBeVisible();
	await expect(page.getByText('Written on the card of Dana Cohen.')).toBeVisible();

	const sent = await outboundRequests(page);
	expect(sent).toHaveLength(1);
	expect(sent[0]).toMatch(/^mailto:dana@example\.com\?subject=/);
	expect(mailPart(sent[0], 'subject')).toBe('Corner Flowers: Thank you');
	const body = mailPart(sent[0], 'body');
	expect(body).toContain('Dear Dana');
	expect(body).toContain('Thank you for your visit to Corner Flowers.');
	expect(body).not.toContain('{{');

	// The printed batch leaves Dana out: two pages, two letters on the cards.
	const before = await printRequests(page);
	await page.getByRole('button', { name: /Print: Letters \(2\)/ }).click();
	await expect.poll(() => printRequests(page), { timeout: 30_000 }).toBe(before + 1);
	await expect(page.locator('.letters-print .letter-page')).toHaveCount(2);
	await expect(page.locator('.letters-print .letter-page', { hasText: 'Dana' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Mark as sent' }).click();
	await expect(page.getByText('2 letters written on the cards.')).toBeVisible();

	// Her card's contact history shows the letter, sent by email.
	await page.goto('/customers/DANA');
	const history = page.getByRole('region', { name: 'Contact history' });
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history.getByRole('listitem')).toContainText('Letter');
	await expect(history.getByRole('listitem')).toContainText('by email');
	await expect(history.getByRole('listitem')).toContainText('Thank you');

	// The letters sent that way are a campaign of their own, with Dana in it.
	await page.goto('/letters/campaigns');
	await expect(page.getByText(/Thank you · .* · Send by email or message/)).toBeVisible();
});

test("an emailed letter carries the customer's own offer code, redeemable for her only", async ({
	page
}) => {
	await seedDanaByEmail(page);
	await page.goto('/letters');
	await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Birthday' });
	const terms = page.getByRole('group', { name: "The offer on each letter's code" });
	await terms.getByRole('radio', { name: 'Percent off' }).check();
	await page.getByLabel('Discount (%)').fill('15');
	await page.getByLabel('Valid for (days from printing)').fill('30');

	const outbound = page.getByRole('region', { name: 'Send by email or message' });
	await outbound.getByRole('button', { name: 'Email Dana Cohen' }).click();
	await expect(outbound.getByText('Sent by email')).toBeVisible();
	const [url] = await outboundRequests(page);
	const body = mailPart(url, 'body');
	expect(body).toContain('15% off your purchase');
	const code = CODE.exec(body)?.[0] ?? '';
	expect(code).toMatch(CODE);

	// The counter knows the code as Dana's offer.
	await page.goto('/referrals/redeem');
	await page.getByLabel('Voucher code').fill(code);
	await page.getByRole('button', { name: 'Check code' }).click();
	const verdict = page.getByRole('main').getByRole('status');
	await expect(verdict).toContainText('A personal offer from a letter');
	await expect(verdict).toContainText('For Dana Cohen only');
});

test('a letter too long for a mail link is copied, and the link keeps the subject', async ({
	page
}) => {
	await seedDanaByEmail(page);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/letters');
	const editor = page.getByLabel('Letter text', { exact: true });
	await editor.fill(`{{greeting}}\n\n${'We have new roses every morning. '.repeat(80)}`);

	const outbound = page.getByRole('region', { name: 'Send by email or message' });
	await outbound.getByRole('button', { name: 'Email Dana Cohen' }).click();
	await expect(
		outbound.getByText('This letter is too long for a mail link, so its text is copied')
	).toBeVisible();
	const [url] = await outboundRequests(page);
	expect(url).toBe(
		`mailto:dana@example.com?subject=${encodeURIComponent('Corner Flowers: Thank you')}`
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('Dear Dana');
	expect(copied).toContain('We have new roses every morning.');
});

test('the owner sets "message" on a card; the letter is copied for a message and recorded', async ({
	page
}) => {
	await seedDanaByEmail(page);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/customers/TOM');
	await page.getByRole('button', { name: 'Edit' }).first().click();
	await page.getByLabel('Phone', { exact: true }).fill('+44 7700 900123');
	await page.getByLabel('Preferred contact').selectOption({ label: 'Message (SMS, chat)' });
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByText('Message (SMS, chat)')).toBeVisible();

	await page.goto('/letters');
	await expect(page.getByRole('button', { name: /Print: Letters \(1\)/ })).toBeVisible();
	const outbound = page.getByRole('region', { name: 'Send by email or message' });
	await expect(outbound.getByRole('listitem')).toHaveCount(2);
	await expect(outbound).toContainText('+44 7700 900123');
	// Headless Chromium on Linux has no share sheet: the text goes to the clipboard instead.
	await outbound.getByRole('button', { name: 'Message Tom Reed' }).click();
	await expect(
		outbound.getByText("The letter's text is copied: paste it into a message to +44 7700 900123.")
	).toBeVisible();
	await expect(outbound.getByText('Sent by message')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('Dear Tom');
	expect(await outboundRequests(page)).toEqual([]);

	await page.goto('/customers/TOM');
	const history = page.getByRole('region', { name: 'Contact history' });
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history.getByRole('listitem')).toContainText('by message');
});

test('on a device with a share sheet, a message opens it with the letter', async ({ page }) => {
	// A tablet's share sheet, stood in for: it keeps what it was given.
	await page.addInitScript(() => {
		const kept = window as unknown as { shared: ShareData[] };
		kept.shared = [];
		Object.defineProperty(navigator, 'share', {
			configurable: true,
			value: async (data: ShareData) => {
				kept.shared.push(data);
			}
		});
	});
	await seedShop(page, {
		customers: [
			{
				id: 'TOM',
				firstName: 'Tom',
				lastName: 'Reed',
				preferredChannel: 'message',
				phone: '555-0199'
			}
		]
	});
	await page.goto('/letters');
	const outbound = page.getByRole('region', { name: 'Send by email or message' });
	await outbound.getByRole('button', { name: 'Message Tom Reed' }).click();
	await expect(outbound.getByText('Sent by message')).toBeVisible();
	const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
	expect(shared).toHaveLength(1);
	expect(shared[0].title).toBe('Corner Flowers: Thank you');
	expect(shared[0].text).toContain('Dear Tom');
	await expect(page.getByRole('button', { name: /Print: Letters \(0\)/ })).toBeDisabled();
});
