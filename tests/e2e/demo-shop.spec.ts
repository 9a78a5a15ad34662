/** Issue 17: the demo shop is a whole shop in its language: details, currency, points, letters. */
import { builtInTemplate } from '../../src/lib/domain/letters-languages';
import { TEMPLATE_KEYS } from '../../src/lib/domain/letters';
import { demoShopDetails } from '../../src/lib/domain/demo-shop';
import { pdfPageTexts } from './letters-pdf-text';
import { expect, printRequests, test } from './fixtures';
import { openDemoShopIn, openFirstCard, say } from './helpers';

test('the Greek demo shop prices in euros under a Greek name, and every built-in letter prints whole', async ({
	page
}) => {
	test.setTimeout(120_000);
	const shop = demoShopDetails('el');
	await openDemoShopIn(page, 'el');

	await page.goto('/settings');
	await expect(page.getByLabel(say('el', 'shop_name'))).toHaveValue(shop.shopName);
	expect(shop.shopName).toMatch(/\p{Script=Greek}/u);
	await expect(page.getByLabel(say('el', 'shop_currency'))).toHaveValue('EUR');
	await expect(page.getByLabel(say('el', 'shop_hours'))).toHaveValue(shop.hours);

	// A card's sales are in euros, and its points are what those sales earned.
	await openFirstCard(page);
	await expect(page.getByTestId('summary-total')).toContainText('€');

	await page.goto('/letters');
	await expect(
		page.getByRole('heading', { level: 1, name: say('el', 'letters_title') })
	).toBeVisible();
	await page.getByRole('radio', { name: say('el', 'letters_audience_birthdays') }).check();
	const missing = page.getByText(say('el', 'letters_fill_in_settings'));
	const pages = page.locator('.letters-print .letter-page .body');

	for (const key of TEMPLATE_KEYS) {
		await page.getByLabel(say('el', 'letters_template'), { exact: true }).selectOption(key);
		// Nothing the letter needs is missing, so no line of it is left out.
		await expect(missing).toHaveCount(0);
		const before = await printRequests(page);
		await page.getByRole('button', { name: /^Εκτύπωση: Επιστολές \(\d+\)$/ }).click();
		await expect.poll(() => printRequests(page), { timeout: 20_000 }).toBe(before + 1);
		const bodies = await pages.allTextContents();
		expect(bodies.length).toBeGreaterThan(0);
		// Every line that names the shop is printed, with the shop's name in it.
		const shopLines = builtInTemplate('el', key)
			.body.split('\n')
			.filter((line) => line.includes('{{shopName}}') && !/\{\{(?!shopName)/.test(line))
			.map((line) => line.replaceAll('{{shopName}}', shop.shopName));
		const flat = (text: string) => text.replace(/\s+/g, ' ');
		for (const body of bodies)
			for (const line of shopLines) expect(flat(body)).toContain(flat(line));

		if (key === 'thank-you') {
			// The PDF itself carries the thank-you and the points the sales earned.
			await page.emulateMedia({ media: 'print' });
			const texts = pdfPageTexts(await page.pdf({ preferCSSPageSize: true })).map((text) =>
				text.replace(/\s+/g, '')
			);
			await page.emulateMedia({ media: null });
			expect(texts).toHaveLength(bodies.length);
			const thanks = `Σαςευχαριστούμεγιατηνεπίσκεψήσαςστοκατάστημα${shop.shopName.replace(/\s+/g, '')}.`;
			for (const text of texts) expect(text).toContain(thanks);
			// Buyers among them have points from their sales (a prospect who never bought has none).
			expect(texts.some((text) => /Στηνκάρτασαςέχετε[1-9][\d.]*πόντους/.test(text))).toBe(true);
		}
		await page.getByRole('button', { name: say('el', 'letters_not_sent') }).click();
	}
});
