/** Offers that keep their word: a letter's code is its recipient's offer at the counter, and only that. */
import { expect, printRequests, test, type Page } from './fixtures';
import { storedCounts } from './idb';
import { seedReferralVoucher, seedShop } from './letters-seed';

const CODE = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/;

async function checkCode(page: Page, code: string) {
	await page.goto('/');
	await page.getByRole('link', { name: 'Redeem a code' }).click();
	await page.getByLabel('Voucher code').fill(code);
	await page.getByRole('button', { name: 'Check code' }).click();
}

test('a birthday letter’s code gives the birthday offer on that customer’s card, with the discounted sale in one step', async ({
	page
}) => {
	await seedShop(page, {
		customers: [
			{ id: 'SARAH', firstName: 'Sarah', lastName: 'Burke' },
			{ id: 'TOM', firstName: 'Tom', lastName: 'Reed' }
		]
	});
	await page.goto('/letters');
	await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Birthday' });
	const terms = page.getByRole('group', { name: "The offer on each letter's code" });
	await expect(terms).toBeVisible();
	await terms.getByRole('radio', { name: 'Percent off' }).check();
	await page.getByLabel('Discount (%)').fill('15');
	await page.getByLabel('Valid for (days from printing)').fill('30');
	// The letter says the offer from its terms: what the counter will give.
	await expect(page.locator('.preview')).toContainText('15% off your purchase, valid until');

	const before = await printRequests(page);
	await page.getByRole('button', { name: /Print: Letters \(2\)/ }).click();
	await expect.poll(() => printRequests(page)).toBe(before + 1);
	await expect(page.getByText('2 personal offer codes issued')).toBeVisible();
	const sarahLetter = page.locator('.letters-print .letter-page', { hasText: 'Sarah' });
	const letterText = (await sarahLetter.textContent()) ?? '';
	expect(letterText).toContain('15% off your purchase');
	const code = CODE.exec(letterText)?.[0] ?? '';
	expect(code).toMatch(CODE);
	await page.getByRole('button', { name: 'Mark as sent' }).click();

	const counts = await storedCounts(page, ['customers', 'redemptions', 'referralRewards']);

	await checkCode(page, code);
	const verdict = page.getByRole('main').getByRole('status');
	await expect(verdict).toContainText('A personal offer from a letter');
	await expect(verdict).toContainText('15% off your purchase');
	await expect(verdict).toContainText('For Sarah Burke only');
	await page.getByRole('button', { name: 'Record the sale with this offer' }).click();

	// The sale form opens on Sarah's own card with the offer on it.
	await expect(page.getByRole('heading', { level: 1, name: 'Sarah Burke' })).toBeVisible();
	await expect(page.getByText('Offer to apply: 15% off your purchase')).toBeVisible();
	await page.getByLabel('Amount before the offer (EUR)').fill('80');
	await expect(page.getByText('Offer −€12.00 · To pay €68.00')).toBeVisible();
	await page.getByRole('button', { name: 'Record the sale with the offer' }).click();
	await expect(
		page.getByText('Sale of €68.00 recorded with the offer (€80.00 less €12.00)')
	).toBeVisible();
	await expect(page.getByText('Offer to apply')).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Sales' })).toContainText('€68.00');

	// No new card, no referral, no reward: the offer was the letter's, not a friend's discount.
	expect(await storedCounts(page, ['customers', 'redemptions', 'referralRewards'])).toEqual(counts);
	expect((await storedCounts(page, ['offerRedemptions'])).offerRedemptions).toBe(1);

	// The same code again is refused as used, naming who used it.
	await checkCode(page, code);
	await expect(page.getByRole('main').getByRole('status')).toContainText('Already used on');
	await expect(page.getByRole('main').getByRole('status')).toContainText('Sarah Burke');

	// The campaign counts the offer used at the counter.
	await page.goto('/letters/campaigns');
	await expect(
		page.getByText('Offers used at the counter: 1 of 2, €12.00 off in all')
	).toBeVisible();
});

test('undoing an offer’s sale undoes the redemption too; another customer’s card refuses the code', async ({
	page
}) => {
	await seedShop(page, {
		customers: [
			{ id: 'SARAH', firstName: 'Sarah', lastName: 'Burke' },
			{ id: 'TOM', firstName: 'Tom', lastName: 'Reed' }
		]
	});
	await page.goto('/letters');
	await page.getByLabel('Template', { exact: true }).selectOption({ label: 'We miss you' });
	await page
		.getByRole('group', { name: "The offer on each letter's code" })
		.getByLabel('A gift')
		.check();
	await page.getByLabel('The gift').fill('A silk scarf');
	await expect(page.locator('.preview')).toContainText('a gift for you: A silk scarf');
	const before = await printRequests(page);
	await page.getByRole('button', { name: /Print: Letters \(2\)/ }).click();
	await expect.poll(() => printRequests(page)).toBe(before + 1);
	const letterText =
		(await page.locator('.letters-print .letter-page', { hasText: 'Sarah' }).textContent()) ?? '';
	const code = (CODE.exec(letterText)?.[0] ?? '').replace(/-/g, '');

	// Typed into Tom's card address, Sarah's code is refused: it is hers only.
	await page.goto(`/customers/TOM?offer=${code}`);
	await expect(page.getByRole('alert')).toContainText('printed for another customer');
	await expect(page.getByText('Offer to apply')).toHaveCount(0);

	await page.goto(`/customers/SARAH?offer=${code}`);
	await expect(page.getByText('Offer to apply: a gift for you: A silk scarf')).toBeVisible();
	await page.getByLabel('Amount before the offer (EUR)').fill('25');
	await expect(page.getByText('Hand over: A silk scarf')).toBeVisible();
	await page.getByRole('button', { name: 'Record the sale with the offer' }).click();
	const toast = page.getByRole('status').filter({ hasText: 'recorded with the offer' });
	await expect(toast).toBeVisible();
	await toast.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('The sale and the offer are undone')).toBeVisible();
	expect(await storedCounts(page, ['offerRedemptions'])).toEqual({ offerRedemptions: 2 });

	await checkCode(page, code);
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		'A personal offer from a letter'
	);
});

test('a referral voucher redeemed by its own referrer as a new customer is refused with the reason', async ({
	page
}) => {
	await seedShop(page, { customers: [{ id: 'SARAH', firstName: 'Sarah', lastName: 'Burke' }] });
	await seedReferralVoucher(page);
	const counts = await storedCounts(page, ['customers', 'redemptions', 'referralRewards']);
	await checkCode(page, 'K7QM-4XRT-B');
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		'Recommended by Sarah Burke'
	);
	await page.getByLabel('First name').fill('Sarah');
	await page.getByLabel('Last name').fill('Burke');
	await page.getByRole('button', { name: 'Redeem', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(
		"This is the voucher's own referrer (Sarah Burke): a referral voucher is for a friend they bring, not for themselves."
	);
	expect(await storedCounts(page, ['customers', 'redemptions', 'referralRewards'])).toEqual(counts);
});

test('a friend redeems a referral voucher with their first purchase: the discount and the sale in one step', async ({
	page
}) => {
	await seedShop(page, { customers: [{ id: 'SARAH', firstName: 'Sarah', lastName: 'Burke' }] });
	await seedReferralVoucher(page);
	await checkCode(page, 'K7QM-4XRT-B');
	await page.getByLabel('First name').fill('Nora');
	await page.getByLabel('Last name').fill('Quinn');
	await page.getByLabel(/Their purchase now, before the discount/).fill('50');
	await expect(page.getByText("Friend's discount −€5.00 · To pay €45.00")).toBeVisible();
	await page.getByRole('button', { name: 'Redeem', exact: true }).click();
	await expect(
		page.getByText('Their purchase of €45.00 is recorded on their card (€50.00 less €5.00).')
	).toBeVisible();
	await page.getByRole('link', { name: "Open the friend's card" }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nora Quinn' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Sales' })).toContainText('€45.00');
});
