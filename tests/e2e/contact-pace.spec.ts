/** Issue 17: a contact plan a person can do: today's share, never more than the owner set. */
import { expect, test, type Page } from './fixtures';
import { openDemoShopIn } from './helpers';

/** The number in a "Calls for today: 5" line. */
async function countIn(page: Page, text: RegExp): Promise<number> {
	const line = await page.getByText(text).first().textContent();
	return Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
}

test('with the demo shop, the Due panel’s share for today is at most what the owner set', async ({
	page
}) => {
	await openDemoShopIn(page, 'en');
	const panel = page.getByRole('region', { name: 'Due', exact: true });
	const today = panel.getByRole('list', { name: "Today's share" });
	await expect(today.getByText(/^Calls for today: \d+$/)).toBeVisible();
	// The whole plan is far more than a day's work; today holds at most the default pace.
	expect(await countIn(page, /^Calls for today: \d+$/)).toBeLessThanOrEqual(5);
	expect(await countIn(page, /^Letters for today: \d+$/)).toBeLessThanOrEqual(20);

	// The owner can manage two calls and three letters a day.
	await panel.getByRole('link', { name: 'Open the contact plan' }).click();
	await page.getByLabel('Calls you can make').fill('2');
	await page.getByLabel('Calls: each day or each week').selectOption('day');
	await page.getByLabel('Letters you can send').fill('3');
	await page.getByLabel('Letters: each day or each week').selectOption('day');
	await page.getByRole('button', { name: 'Save pace' }).click();
	await expect(page.getByText('Pace saved.')).toBeVisible();

	const share = page.getByRole('region', { name: "Today's share" });
	const calls = share.getByRole('region', { name: /^Calls for today/ });
	const letters = share.getByRole('region', { name: /^Letters for today/ });
	await expect(calls.getByRole('heading', { name: 'Calls for today: 2' })).toBeVisible();
	await expect(calls.getByRole('listitem')).toHaveCount(2);
	await expect(letters.getByRole('listitem')).toHaveCount(3);
	// Open complaints come first: the demo shop has some, with a phone to call.
	await expect(calls.getByRole('listitem').first()).toContainText('Open complaint');

	// How far the quarter has come, and the quarter's letters as one campaign.
	const quarter = page.getByRole('region', { name: /^This quarter: Q[1-4] \d{4}$/ });
	await expect(quarter.getByText(/^Customers written to: 0 of \d+$/)).toBeVisible();
	// And when the rest is done at this pace (three letters a day), past the quarter's end or not.
	await expect(quarter.getByText(/^At your pace, done (only )?by /).first()).toBeVisible();

	// A call made leaves one for today.
	const first = calls.getByRole('listitem').first();
	const name = (await first.getByRole('link').first().textContent())?.trim() ?? '';
	await first.getByRole('button', { name: `Record a call with ${name}` }).click();
	await calls.getByRole('radio', { name: 'Reached' }).check();
	await calls.getByRole('button', { name: 'Save call' }).click();
	await expect(page.getByText(`Call with ${name} written on the card.`)).toBeVisible();
	await expect(calls.getByRole('heading', { name: 'Calls for today: 1' })).toBeVisible();
	await expect(calls.getByRole('listitem')).toHaveCount(1);
	await expect(calls.getByRole('link', { name })).toHaveCount(0);

	// The counter's panel says the same, never more than the owner set.
	await page.getByRole('link', { name: 'Counter', exact: true }).click();
	await expect(panel.getByText('Calls for today: 1')).toBeVisible();
	await expect(panel.getByText('Letters for today: 3')).toBeVisible();

	await page.goto('/due');
	await quarter.getByRole('link', { name: "Send this quarter's letters as one campaign" }).click();
	await expect(page.getByRole('radio', { name: 'Due a letter (none in 90 days)' })).toBeChecked();
	await expect(page.getByLabel('Template', { exact: true })).toHaveValue('quarterly-news');
});
