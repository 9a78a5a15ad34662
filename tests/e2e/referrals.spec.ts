import { expect, test, type Page } from './fixtures';
import jsQR from 'jsqr';
import { storedCounts, storedRows } from './idb';

async function createCustomer(page: Page, first: string, last: string): Promise<string> {
	await page.goto('/customers/new');
	await page.getByLabel('First name').fill(first);
	await page.getByLabel('Last name').fill(last);
	await page.getByRole('button', { name: 'Save card' }).click();
	await page.waitForURL(/\/customers\/[0-9A-Z]{26}$/);
	return page.url().split('/').pop() as string;
}

async function issueOnCard(page: Page, count: number): Promise<string[]> {
	await page.getByLabel('How many').fill(String(count));
	await page.getByRole('button', { name: 'Issue vouchers' }).click();
	const codes = page.locator('.vouchers .code');
	await expect(codes).toHaveCount(count);
	return codes.allInnerTexts();
}

/** Rasterises every QR SVG of the print layout in the page and decodes it with jsQR. */
async function decodeQrCodes(page: Page): Promise<{ printed: string; decoded: string | null }[]> {
	const size = 290;
	const images = await page.locator('article.voucher').evaluateAll(async (articles, size) => {
		const out: { printed: string; base64: string }[] = [];
		for (const article of articles) {
			const svg = article.querySelector('svg.qr') as SVGSVGElement;
			const xml = new XMLSerializer().serializeToString(svg);
			const img = new Image();
			img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = size;
			const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
			ctx.imageSmoothingEnabled = false;
			ctx.drawImage(img, 0, 0, size, size);
			const bytes = ctx.getImageData(0, 0, size, size).data;
			let binary = '';
			for (let i = 0; i < bytes.length; i += 8192) {
				binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
			}
			out.push({
				printed: (article.querySelector('.code') as HTMLElement).innerText.trim(),
				base64: btoa(binary)
			});
		}
		return out;
	}, size);
	return images.map((image) => ({
		printed: image.printed,
		decoded:
			jsQR(new Uint8ClampedArray(Buffer.from(image.base64, 'base64')), size, size)?.data ?? null
	}));
}

test('a printed referral-card sheet carries QR codes that decode to the printed codes', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByLabel('Shop name').fill('Rosa Flowers');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await createCustomer(page, 'Ann', 'Levi');
	const codes = await issueOnCard(page, 3);
	await page.getByRole('link', { name: 'Print cards' }).click();
	await expect(page.locator('article.voucher')).toHaveCount(3);
	await expect(page.locator('article.voucher').first()).toContainText('Rosa Flowers');
	await expect(page.locator('article.voucher').first()).toContainText(
		'10% off your first purchase'
	);

	for (const layout of [
		'Cards, A4 sheet',
		'Cards, US Letter sheet',
		'Receipt slips 80 mm',
		'Receipt slips 58 mm'
	]) {
		await page.getByLabel(layout).check();
		await expect(page.locator('article.voucher')).toHaveCount(3);
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		await page.emulateMedia({ media: null });
		const text = pdf.toString('latin1');
		expect(text.startsWith('%PDF')).toBe(true);
		const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		// Ten cards fit one sheet; each slip is its own page.
		expect(pages).toBe(layout.startsWith('Cards') ? 1 : 3);
		const decoded = await decodeQrCodes(page);
		expect(decoded.map((d) => d.printed).sort()).toEqual([...codes].sort());
		for (const d of decoded) expect(d.decoded).toBe(d.printed);
	}
});

test('two pages redeem the same voucher at the same moment: exactly one succeeds, the referrer is credited once', async ({
	context
}) => {
	const first = await context.newPage();
	const annId = await createCustomer(first, 'Ann', 'Levi');
	const [code] = await issueOnCard(first, 1);
	const second = await context.newPage();
	const pages = [first, second];
	const friends = ['Fay', 'Gil'];
	for (const [i, page] of pages.entries()) {
		await page.goto('/referrals/redeem');
		await page.getByLabel('Voucher code').fill(code);
		await page.getByRole('button', { name: 'Check code' }).click();
		await expect(page.getByText('Valid', { exact: true })).toBeVisible();
		await page.getByLabel('First name').fill(friends[i]);
	}
	await Promise.all(
		pages.map((page) => page.getByRole('button', { name: 'Redeem', exact: true }).click())
	);
	const outcomes = await Promise.all(
		pages.map(async (page) => {
			const done = page.getByText('Redeemed', { exact: true });
			const refused = page.getByRole('alert').filter({ hasText: 'Already used' });
			await expect(done.or(refused)).toBeVisible();
			return (await done.isVisible()) ? 'redeemed' : 'refused';
		})
	);
	expect([...outcomes].sort()).toEqual(['redeemed', 'refused']);
	const loser = pages[outcomes.indexOf('refused')];
	await expect(loser.getByText(/Already used on .* by (Fay|Gil)/)).toBeVisible();

	await first.goto(`/customers/${annId}`);
	await expect(first.getByTestId('referral-credit')).toHaveText('Credit on account: €10.00');
	await expect(first.locator('.friends li')).toHaveCount(1);
	const { referralRewards: rows } = await storedCounts(first, ['referralRewards']);
	expect(rows).toBe(1);
});

test('sales earn the configured points and a redemption over the balance is refused', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByLabel('Points per 1 EUR spent').fill('2');
	await page.getByRole('button', { name: 'Add a gift' }).click();
	await page.getByLabel('At points').fill('100');
	await page.getByLabel('Gift', { exact: true }).last().fill('A rose');
	await page.getByRole('button', { name: 'Save points settings' }).click();
	await expect(page.getByText('Points settings saved.')).toBeVisible();

	await createCustomer(page, 'Dana', 'Cohen');
	const strip = page.getByTestId('points-at-sale');
	await expect(strip).toContainText('Points: 0');
	for (const amount of ['12.50', '10']) {
		await page.getByLabel('Amount (EUR)').fill(amount);
		await page.getByRole('button', { name: 'Record sale' }).click();
		// The form empties once the sale is stored.
		await expect(page.getByLabel('Amount (EUR)')).toHaveValue('');
	}
	await expect(strip).toContainText('Points: 45');
	await expect(strip).toContainText('55 points to the next gift: A rose');

	await page.getByLabel('Points to redeem').fill('46');
	await page.getByRole('button', { name: 'Redeem points' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Not enough points: the balance is 45. Redeem 45 or fewer.'
	);
	await expect(strip).toContainText('Points: 45');
	await page.getByLabel('Points to redeem').fill('40');
	await page.getByRole('button', { name: 'Redeem points' }).click();
	await expect(page.getByTestId('points-balance')).toContainText('Points: 5');
	// A manual adjustment needs a reason; reaching a threshold offers the gift.
	await page.getByText('Adjust points by hand').click();
	await page.getByLabel('Points (+ or −)').fill('95');
	await page.getByRole('button', { name: 'Adjust', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Write the reason for the adjustment.');
	await page.getByLabel('Reason').fill('Birthday');
	await page.getByRole('button', { name: 'Adjust', exact: true }).click();
	await expect(page.getByTestId('points-balance')).toContainText('Points: 100');
	await page.getByRole('button', { name: 'Give A rose (−100 points)' }).click();
	await expect(page.getByTestId('points-balance')).toContainText('Points: 0');
	await expect(page.getByRole('cell', { name: 'Redeemed: A rose' })).toBeVisible();
	// The ledger on the card sums to the balance.
	const lines = await page
		.getByRole('table', { name: 'Points ledger' })
		.locator('td.num')
		.allInnerTexts();
	expect(lines).toHaveLength(5);
	expect(lines.map(Number).reduce((a, b) => a + b, 0)).toBe(0);
});

test('the tracking page shows issued, redeemed and conversion as stored, and codes are forgiving', async ({
	page
}) => {
	await createCustomer(page, 'Ann', 'Levi');
	const codes = await issueOnCard(page, 3);
	await page.goto('/referrals/redeem');
	await expect(page.getByText(/typing the code works just as well|Scan with camera/)).toBeVisible();
	// A typo is caught by the check character.
	const typo = codes[0].slice(0, -1) + (codes[0].endsWith('0') ? '1' : '0');
	await page.getByLabel('Voucher code').fill(typo);
	await page.getByRole('button', { name: 'Check code' }).click();
	await expect(page.getByText(/This code has a typo/)).toBeVisible();
	// Lower case, no dashes, Cyrillic look-alikes, O for zero: still the same voucher.
	const cyrillic: Record<string, string> = {
		A: 'а',
		B: 'в',
		C: 'с',
		E: 'е',
		K: 'к',
		M: 'м',
		H: 'н',
		P: 'р',
		T: 'т',
		X: 'х'
	};
	const forgiving = [...codes[1].replace(/-/g, '')]
		.map((ch) => cyrillic[ch] ?? (ch === '0' ? 'o' : ch.toLowerCase()))
		.join('');
	await page.getByLabel('Voucher code').fill(forgiving);
	await page.getByRole('button', { name: 'Check code' }).click();
	await expect(page.getByText('Valid', { exact: true })).toBeVisible();
	await page.getByLabel('First name').fill('Fay');
	await page.getByRole('button', { name: 'Redeem', exact: true }).click();
	await expect(page.getByText('Redeemed', { exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Referrals' }).click();
	const vouchers = await storedRows<{ redeemedAt?: number }>(page, 'vouchers');
	const stored = {
		issued: vouchers.length,
		redeemed: vouchers.filter((v) => v.redeemedAt).length
	};
	expect(stored).toEqual({ issued: 3, redeemed: 1 });
	await expect(page.getByTestId('stat-issued')).toHaveText(String(stored.issued));
	await expect(page.getByTestId('stat-redeemed')).toHaveText(String(stored.redeemed));
	await expect(page.getByTestId('stat-conversion')).toHaveText('33.3%');
	await expect(page.getByTestId('stat-open')).toHaveText('2');
});

test('vouchers issued to a hand-picked list can be redeemed and the redemption undone with a reason', async ({
	page
}) => {
	const annId = await createCustomer(page, 'Ann', 'Levi');
	await createCustomer(page, 'Bob', 'Katz');
	await page.goto('/referrals');
	await page.getByLabel('Pick customers by name').fill('Levi');
	await page.getByRole('checkbox', { name: 'Ann Levi' }).check();
	await page.getByLabel('Pick customers by name').fill('Katz');
	await page.getByRole('checkbox', { name: 'Bob Katz' }).check();
	await page.getByLabel('Vouchers per customer').fill('2');
	await page.getByRole('button', { name: 'Issue to 2 customers' }).click();
	await expect(page.getByText('4 vouchers issued.').first()).toBeVisible();
	await expect(page.getByTestId('stat-issued')).toHaveText('4');
	await page.getByRole('link', { name: 'Print cards' }).click();
	await expect(page.locator('article.voucher')).toHaveCount(4);

	await page.goto(`/customers/${annId}`);
	const code = (await page.locator('.vouchers .code').first().innerText()).trim();
	await page.goto('/referrals/redeem');
	await page.getByLabel('Voucher code').fill(code);
	await page.getByRole('button', { name: 'Check code' }).click();
	await page.getByLabel('Existing card').check();
	await page.getByLabel("Find the friend's card").fill('Bob');
	await page.getByRole('radio', { name: 'Bob Katz' }).check();
	await page.getByRole('button', { name: 'Redeem', exact: true }).click();
	await expect(
		page.getByText('Bob Katz is linked to Ann Levi, who receives: €10.00 credit.')
	).toBeVisible();

	await page.goto(`/customers/${annId}`);
	await expect(page.getByTestId('referral-credit')).toHaveText('Credit on account: €10.00');
	await page.getByRole('button', { name: 'Undo redemption' }).click();
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Write why the redemption is undone.');
	await page.getByLabel('Why undo it?').fill('Scanned the wrong voucher');
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.getByTestId('referral-credit')).toHaveText('Credit on account: €0.00');
	await expect(page.locator('.vouchers li').filter({ hasText: code })).toContainText('open');
	const undo = await storedRows<{ kind: string; reason?: string }>(page, 'redemptions');
	expect(undo.map((r) => [r.kind, r.reason])).toEqual([
		['redeem', undefined],
		['undo', 'Scanned the wrong voucher']
	]);
});
