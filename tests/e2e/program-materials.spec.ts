/**
 * The referral program's counter sign and staff sheet: opened from the referrals page, worded from
 * the program's settings and the shop's details in the shop's language, one page on the paper
 * size from the settings, printed through the one print job.
 */
import { expect, printRequests, test, type Page } from './fixtures';
import { say, type UiLanguage } from './helpers';
import { putRows } from './idb';
import { seedReferralVoucher } from './letters-seed';
import { pdfPageTexts } from './letters-pdf-text';

/** A shop with its details, a two-sided offer of its own and US Letter paper, written to IndexedDB. */
async function seedProgram(page: Page, language: UiLanguage) {
	await page.goto('/');
	await expect(page.getByRole('navigation').first()).toBeVisible();
	await putRows(page, {
		settings: [
			{
				key: 'shop',
				value: {
					shopName: 'Rosa Flowers',
					address: '12 Market Street, Springfield',
					phone: '555-0142',
					email: 'hello@rosa.example',
					hours: 'Mon–Sat 9:00–18:00',
					currency: 'EUR',
					language
				}
			},
			{
				key: 'referrals',
				value: {
					friend: { kind: 'amount', amount: 1200, minPurchase: 4000 },
					referrer: { kind: 'credit', amount: 850 },
					validityDays: 45,
					maxHeldPerCustomer: 4,
					currency: 'EUR'
				}
			},
			{
				key: 'letters',
				value: { signature: '', paper: 'letter', labelSheet: '5160', promotionBudget: {} }
			}
		]
	});
	await page.goto('/referrals');
}

/** The printed page as one PDF: its pages' count and size in points, and its text. */
async function printedPdf(page: Page) {
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((box) => {
		const [, , width, height] = box[1].trim().split(/\s+/).map(Number);
		return `${Math.round(width)} × ${Math.round(height)}`;
	});
	return { boxes, text: pdfPageTexts(pdf).join(' ').replace(/\s+/g, '') };
}

const compact = (text: string) => text.replace(/\s+/g, '');

test('the owner prints a counter sign and a staff sheet with the shop’s offer and details', async ({
	page
}) => {
	await seedProgram(page, 'en');
	const materials = page.getByRole('region', { name: 'Program materials' });
	await materials.getByRole('link', { name: 'Counter sign' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Counter sign' })).toBeVisible();
	await expect(page.getByText("Printed in the shop's language: English.")).toBeVisible();
	// The paper size comes from the settings.
	await expect(page.getByLabel('Paper size')).toHaveValue('letter');

	const sign = page.getByRole('article', { name: 'Counter sign' });
	await expect(sign).toContainText('Recommend us to a friend');
	await expect(sign).toContainText('Your friend gets');
	await expect(sign).toContainText('€12.00 off your first purchase of €40.00 or more');
	await expect(sign).toContainText('You get');
	await expect(sign).toContainText('€8.50 credit');
	await expect(sign).toContainText('within 45 days');
	await expect(sign).toContainText('Rosa Flowers');
	await expect(sign).toContainText('12 Market Street, Springfield');
	await expect(sign).toContainText('555-0142');
	await expect(sign).toContainText('Mon–Sat 9:00–18:00');

	const before = await printRequests(page);
	await page.getByRole('button', { name: 'Print the counter sign' }).click();
	await expect.poll(() => printRequests(page)).toBe(before + 1);
	// One US Letter page (612 × 792 pt) holding the offer and the shop's details.
	const signPdf = await printedPdf(page);
	expect(signPdf.boxes).toEqual(['612 × 792']);
	expect(signPdf.text).toContain(compact('€8.50 credit'));
	expect(signPdf.text).toContain(compact('555-0142'));

	await page.getByRole('link', { name: 'Staff sheet' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Staff sheet' })).toBeVisible();
	const sheet = page.getByRole('article', { name: 'Staff sheet' });
	await expect(sheet).toContainText('The friend gets: €12.00 off your first purchase');
	await expect(sheet).toContainText('€8.50 credit, once the friend has used the code');
	await expect(sheet).toContainText('On the counter screen, press “Redeem a code”.');
	await expect(sheet).toContainText('type the code into “Voucher code”');
	await expect(sheet).toContainText('Press “Check code”');
	await expect(sheet).toContainText('press “Redeem”');
	await expect(sheet).toContainText('A customer cannot use their own referral card');
	await expect(sheet).toContainText('valid for 45 days');
	await expect(sheet).toContainText('a purchase of €40.00 or more');
	await expect(sheet).toContainText('up to 4 unused referral cards');
	await expect(sheet).toContainText('Mon–Sat 9:00–18:00');

	// The owner picks A4 for this print: the page follows.
	await page.getByLabel('Paper size').selectOption('a4');
	const printed = await printRequests(page);
	await page.getByRole('button', { name: 'Print the staff sheet' }).click();
	await expect.poll(() => printRequests(page)).toBe(printed + 1);
	const sheetPdf = await printedPdf(page);
	expect(sheetPdf.boxes).toEqual(['595 × 842']);
});

test('in a Hebrew shop the sign and the sheet are in Hebrew, right to left', async ({ page }) => {
	await seedProgram(page, 'he');
	const materials = page.getByRole('region', { name: say('he', 'referrals_materials_heading') });
	await materials.getByRole('link', { name: say('he', 'referrals_sign_title') }).click();
	const sign = page.getByRole('article', { name: say('he', 'referrals_sign_title') });
	await expect(sign).toHaveAttribute('dir', 'rtl');
	await expect(sign).toHaveAttribute('lang', 'he');
	await expect(sign).toContainText(say('he', 'referrals_sign_headline'));
	await expect(sign).toContainText(say('he', 'referrals_sign_friend_gets'));
	await expect(sign).toContainText('12.00');
	await expect(sign).toContainText('8.50');
	await expect(sign).toContainText('45');
	await expect(sign).toContainText('555-0142');
	await expect(sign).toContainText('Mon–Sat 9:00–18:00');
	await expect(sign).not.toContainText('Recommend us');
	// No horizontal scroll on the tablet.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);

	const before = await printRequests(page);
	await page.getByRole('button', { name: say('he', 'referrals_sign_print') }).click();
	await expect.poll(() => printRequests(page)).toBe(before + 1);

	await page.getByRole('link', { name: say('he', 'referrals_staff_title') }).click();
	const sheet = page.getByRole('article', { name: say('he', 'referrals_staff_title') });
	await expect(sheet).toHaveAttribute('dir', 'rtl');
	await expect(sheet).toContainText(say('he', 'referrals_staff_rule_own'));
	await expect(sheet).toContainText(say('he', 'offers_redeem_link'));
	await expect(sheet).toContainText(say('he', 'referrals_check_button'));
	await expect(sheet).toContainText(say('he', 'referrals_contact_hours'));
	const sheetPdf = await printedPdf(page);
	expect(sheetPdf.boxes).toHaveLength(1);
});

test('referral cards and slips carry the shop’s address, phone and opening hours', async ({
	page
}) => {
	await seedProgram(page, 'en');
	// The voucher K7QM-4XRT-B, given to Sarah.
	await seedReferralVoucher(page);
	const details = '12 Market Street, Springfield · 555-0142 · Mon–Sat 9:00–18:00';
	for (const layout of ['a4', 'slip80']) {
		await page.goto(`/referrals/print?ids=V1&layout=${layout}`);
		const voucher = page.locator('article.voucher');
		await expect(voucher).toHaveCount(1);
		await expect(voucher.locator('.contacts')).toHaveText(details);
		await expect(voucher).not.toContainText('hello@rosa.example');
	}
});
