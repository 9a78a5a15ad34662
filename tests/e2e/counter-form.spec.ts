/**
 * The complete counter form: a kiosk sign-up with a postal address, how the customer heard of the
 * shop (a friend's voucher code links the referral; a friend's name waits for the owner) and a
 * short feedback; the owner's feedback page with the average, answers and source counts; the
 * paper form. Names, addresses and codes are made up per run, so nothing can be hard-wired.
 */
import { expect, printRequests, test, type Page } from './fixtures';
import { addCustomer, openEmptyCardFile, seriousViolations, watchErrors } from './helpers';
import { pdfPageTexts } from './letters-pdf-text';

const PIN = '482913';

function pick<T>(items: readonly T[]): T {
	return items[Math.floor(Math.random() * items.length)];
}

/** A person nobody typed into the app before: a random first and last name, street and code. */
function unseenPerson() {
	const first = pick(['Fay', 'Noa', 'Ida', 'Oren', 'Lior', 'Maya', 'Tal', 'Eli']);
	const last = `${pick(['Bar', 'Kor', 'Dov', 'Sel', 'Mar'])}${pick(['ami', 'eni', 'oso', 'ura', 'ilo'])}${pick(['n', 'k', 's', 'v'])}`;
	return {
		first,
		last,
		email: `${first}.${last}.${Math.floor(Math.random() * 1e6)}@example.org`.toLowerCase(),
		street: `${1 + Math.floor(Math.random() * 180)} ${pick(['Rose', 'Oak', 'Mill', 'Harbour'])} ${pick(['Lane', 'Street', 'Road'])}`,
		postalCode: String(10000 + Math.floor(Math.random() * 89999)),
		city: pick(['Springfield', 'Haifa', 'Patras', 'Gyumri', 'Tver'])
	};
}

/** Controls smaller than a finger: buttons, fields, and the labels that carry a radio or a box. */
function smallControls(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll(
				'main button, main input:not([type=checkbox]):not([type=radio]), main select, main textarea, main label:has(input[type=radio]), main label:has(input[type=checkbox])'
			)
		]
			.map((element) => ({ element, box: element.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
			.map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${box.width}x${box.height}`)
	);
}

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
	await expect(page.getByRole('heading', { name: 'Join our customer card' })).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0);
}

async function leaveKiosk(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Owner' }).click();
	await page.getByLabel("Owner's PIN").fill(PIN);
	await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
	await expect(page.getByRole('navigation').first()).toBeVisible();
}

async function issueOneVoucher(page: Page): Promise<string> {
	await page.getByLabel('How many').fill('1');
	await page.getByRole('button', { name: 'Issue vouchers' }).click();
	const codes = page.locator('.vouchers .code');
	await expect(codes).toHaveCount(1);
	return (await codes.first().innerText()).trim();
}

async function openCard(page: Page, name: string): Promise<void> {
	await page.getByRole('link', { name: 'Cards A–Z' }).click();
	await page
		.getByRole('link', { name: new RegExp(name) })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test("a kiosk sign-up with an address and a friend's voucher code makes a prospect card with the address, linked to the referrer; its feedback is averaged and answered", async ({
	page
}) => {
	const errors = watchErrors(page);
	const referrer = unseenPerson();
	let friend = unseenPerson();
	while (friend.first === referrer.first || friend.last === referrer.last) friend = unseenPerson();
	const referrerName = `${referrer.first} ${referrer.last}`;
	const friendName = `${friend.first} ${friend.last}`;
	const suggestion = `Please stock more ${pick(['tulips', 'ribbons', 'candles'])} (${Math.floor(Math.random() * 1000)})`;

	await openEmptyCardFile(page);
	await addCustomer(page, { first: referrer.first, last: referrer.last, phone: '050 111 2222' });
	const code = await issueOneVoucher(page);
	await setOwnerPin(page);
	await startKiosk(page);

	await page.getByLabel('First name').fill(friend.first);
	await page.getByLabel('Last name').fill(friend.last);
	await page.getByLabel('Email').fill(friend.email);
	await page.getByLabel('Street and number').fill(friend.street);
	await page.getByLabel('Postal code').fill(friend.postalCode);
	await page.getByLabel('Town or city').fill(friend.city);
	await page
		.getByRole('group', { name: 'How did you hear of us? (optional)' })
		.getByRole('radio', { name: 'From a friend' })
		.check();
	// Typed in lower case, without the dashes: the code reads all the same.
	await page.getByLabel('Voucher code from your friend').fill(code.replace(/-/g, '').toLowerCase());
	await page
		.getByRole('group', { name: 'How do you like our shop?' })
		.getByRole('radio', { name: '4 – very good' })
		.check();
	await page.getByLabel('A suggestion for us').fill(suggestion);
	await page.getByLabel('Yes, the shop may send me letters and offers.').check();
	expect(await seriousViolations(page)).toEqual([]);
	expect(await smallControls(page)).toEqual([]);
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
	await expect(page.getByText("Your friend's voucher is noted on your card.")).toBeVisible();
	// The thank-you names nobody: not the customer, not the friend who referred them.
	await expect(page.getByText(friend.first)).toHaveCount(0);
	await expect(page.getByText(referrer.last)).toHaveCount(0);
	await page.getByRole('button', { name: 'Next person' }).click();
	await expect(page.getByLabel('Street and number')).toHaveValue('');
	await leaveKiosk(page);

	// The new card: a prospect, with the address, referred by the voucher's owner.
	await openCard(page, friendName);
	await expect(page.getByText('No purchases yet: a prospect.')).toBeVisible();
	const details = page.getByRole('region', { name: 'Details' });
	await expect(details.getByText(friend.street)).toBeVisible();
	await expect(details.getByText(`${friend.postalCode} ${friend.city}`)).toBeVisible();
	const referrals = page.getByRole('region', { name: 'Referrals' });
	await expect(referrals.getByText('Referred by')).toBeVisible();
	await expect(referrals.getByRole('link', { name: referrerName })).toBeVisible();
	const form = page.getByRole('region', { name: 'Counter form' });
	await expect(form.getByText('Heard of us: From a friend')).toBeVisible();
	await expect(form.getByText(`code ${code}: linked to the referrer`)).toBeVisible();
	await expect(form.getByText('Rating: 4 of 5')).toBeVisible();
	await expect(form.getByText(suggestion)).toBeVisible();
	// The code was used to link them: the counter is told the friend's offer is still owed.
	await expect(form.getByTestId('friend-offer-owed')).toContainText(
		/first purchase gets 10%.*give it on this sale by hand/
	);

	// The referrer's card lists the new friend.
	await referrals.getByRole('link', { name: referrerName }).click();
	await expect(page.getByRole('heading', { level: 1, name: referrerName })).toBeVisible();
	await expect(page.locator('.friends').getByRole('link', { name: friendName })).toBeVisible();

	// The feedback page: the average, the suggestion, the source, and an answer that stays.
	await page.getByRole('link', { name: 'Feedback', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Feedback and how customers found us' })
	).toBeVisible();
	await expect(page.getByTestId('feedback-average')).toHaveText('Average rating: 4 of 5');
	await expect(page.getByTestId('feedback-counts')).toHaveText(
		'Feedback given: 1 · with a rating: 1'
	);
	await expect(
		page.getByRole('region', { name: 'Latest suggestions' }).getByText(suggestion)
	).toBeVisible();
	const sources = page.getByTestId('feedback-sources');
	await expect(sources.getByRole('row', { name: 'From a friend 1' })).toBeVisible();
	await expect(sources.getByRole('row', { name: 'Newspaper 0' })).toBeVisible();
	const entry = page.getByRole('article', { name: friendName });
	const answer = `Thank you, ${friend.first}! From next week.`;
	await entry.getByLabel("The shop's answer").fill(answer);
	await entry.getByRole('button', { name: 'Save answer' }).click();
	await expect(entry.getByText(/^Answered on /)).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('article', { name: friendName }).getByLabel("The shop's answer")
	).toHaveValue(answer);
	expect(await seriousViolations(page)).toEqual([]);
	expect(await smallControls(page)).toEqual([]);

	// The answer is on the customer's card too.
	await page
		.getByRole('article', { name: friendName })
		.getByRole('link', { name: friendName })
		.click();
	await expect(page.getByRole('region', { name: 'Counter form' }).getByText(answer)).toBeVisible();
	expect(errors).toEqual([]);
});

test("a code with a typo asks to be corrected; a friend's name is kept as text for the owner to link; a used code does not stop the sign-up", async ({
	page
}) => {
	const errors = watchErrors(page);
	const referrer = unseenPerson();
	// Three different people: the same full name as the referrer would read as the referrer.
	let first = unseenPerson();
	while (first.last === referrer.last) first = unseenPerson();
	let second = unseenPerson();
	while (second.last === referrer.last || second.last === first.last) second = unseenPerson();
	const referrerName = `${referrer.first} ${referrer.last}`;
	const firstName = `${first.first} ${first.last}`;
	const secondName = `${second.first} ${second.last}Two`;

	await openEmptyCardFile(page);
	await addCustomer(page, { first: referrer.first, last: referrer.last, phone: '050 333 4444' });
	const code = await issueOneVoucher(page);
	await setOwnerPin(page);
	await startKiosk(page);

	// A typo in the code: the form asks to correct it, and keeps everything typed.
	await page.getByLabel('First name').fill(first.first);
	await page.getByLabel('Last name').fill(first.last);
	await page.getByLabel('Phone').fill('050 765 4321');
	await page.getByRole('radio', { name: 'From a friend' }).check();
	await page.getByLabel("Your friend's name").fill(referrerName);
	const last = code.slice(-1);
	await page
		.getByLabel('Voucher code from your friend')
		.fill(code.slice(0, -1) + (last === '2' ? '3' : '2'));
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'This code does not look right. Please check it, or leave the field empty.'
	);
	await expect(page.getByLabel('First name')).toHaveValue(first.first);
	// The kiosk never looks the friend's name up: no card, no match is shown.
	await expect(page.getByRole('link', { name: referrerName })).toHaveCount(0);
	await expect(page.getByRole('radio', { name: new RegExp(referrer.last) })).toHaveCount(0);
	await page.getByLabel('Voucher code from your friend').fill(code);
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByText("Your friend's voucher is noted on your card.")).toBeVisible();
	await page.getByRole('button', { name: 'Next person' }).click();

	// The same code again: already used, the sign-up still goes through, and the counter is asked.
	await page.getByLabel('First name').fill(second.first);
	await page.getByLabel('Last name').fill(`${second.last}Two`);
	await page.getByLabel('Phone').fill('050 765 9999');
	await page.getByRole('radio', { name: 'From a friend' }).check();
	await page.getByLabel("Your friend's name").fill('Somebody Unknown');
	await page.getByLabel('Voucher code from your friend').fill(code);
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
	await expect(
		page.getByText("Your friend's voucher could not be used here. Please ask at the counter.")
	).toBeVisible();
	await page.getByRole('button', { name: 'Next person' }).click();

	// Someone passing by, no feedback at all.
	await page.getByLabel('First name').fill('Walk');
	await page.getByLabel('Last name').fill('In');
	await page.getByLabel('Phone').fill('050 765 1111');
	await page.getByRole('radio', { name: 'Passing by' }).check();
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
	await page.getByRole('button', { name: 'Next person' }).click();
	await leaveKiosk(page);

	await page.getByRole('link', { name: 'Feedback', exact: true }).click();
	const sources = page.getByTestId('feedback-sources');
	await expect(sources.getByRole('row', { name: 'From a friend 2' })).toBeVisible();
	await expect(sources.getByRole('row', { name: 'Passing by 1' })).toBeVisible();
	await expect(page.getByText('No ratings yet.')).toBeVisible();
	const codes = page.getByRole('region', { name: 'Voucher codes that could not be used' });
	await expect(codes.getByText(`code ${code}: already used`)).toBeVisible();
	await expect(codes.getByRole('link', { name: secondName })).toBeVisible();

	// The first sign-up's code linked it already; the friend named by the second waits for the
	// owner, who links "Somebody Unknown" to the referrer's card with the picker.
	const friends = page.getByRole('region', { name: 'Friends named at sign-up' });
	const waiting = friends.getByRole('listitem').filter({ hasText: 'Somebody Unknown' });
	await waiting.getByRole('button', { name: "Find the friend's card" }).click();
	await waiting.getByLabel("Find the friend's card").fill(referrer.last);
	await waiting.getByRole('radio', { name: new RegExp(referrerName) }).check();
	await waiting.getByRole('button', { name: 'Link to this card' }).click();
	await expect(friends.getByText('Somebody Unknown')).toHaveCount(0);

	// The corrected code linked the first sign-up to the referrer.
	await openCard(page, firstName);
	await expect(
		page.getByRole('region', { name: 'Referrals' }).getByRole('link', { name: referrerName })
	).toBeVisible();

	await openCard(page, secondName);
	const form = page.getByRole('region', { name: 'Counter form' });
	await expect(form.getByText('Friend named: “Somebody Unknown”')).toBeVisible();
	await expect(form.getByText('Sent by')).toBeVisible();
	await expect(form.getByRole('link', { name: referrerName })).toBeVisible();
	expect(errors).toEqual([]);
});

test('the paper form has the kiosk fields, prints through the print job, in the shop language', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await page.getByRole('link', { name: 'Drawing' }).click();
	await page.getByRole('link', { name: 'Counter sign-up (kiosk)' }).click();
	await page.getByRole('link', { name: 'Print a paper sign-up form' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Paper sign-up form' })).toBeVisible();
	const sheet = page.getByTestId('paper-form');
	for (const text of [
		'First name',
		'Email',
		'Street and number',
		'How did you hear of us? (optional)',
		'Social media',
		"Your friend's name",
		'Voucher code from your friend',
		'5 – excellent',
		'A suggestion for us',
		'Yes, the shop may send me letters and offers.'
	])
		await expect(sheet.getByText(text).first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByLabel('Paper size').selectOption('letter');
	await page.getByRole('button', { name: 'Print the form' }).click();
	expect(await printRequests(page)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print the form' })).toBeHidden();
	const pdf = await page.pdf({ preferCSSPageSize: true });
	const pages = pdfPageTexts(pdf);
	expect(pages).toHaveLength(1);
	expect(pages[0].replace(/\s+/g, '')).toContain('Howdidyouhearofus?'.replace(/\s+/g, ''));
	await page.emulateMedia({ media: 'screen' });

	// In a Greek shop, the form is in Greek.
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('Language').selectOption('el');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'el');
	await page.goto('/kiosk/paper-form');
	await expect(
		page.getByTestId('paper-form').getByText('Πώς μάθατε για εμάς; (προαιρετικά)')
	).toBeVisible();
	expect(errors).toEqual([]);
});
