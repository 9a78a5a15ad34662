/** A backup leaves the owner's PIN out, and a passphrase locks the file; restoring asks for it. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { addCustomer, openEmptyCardFile, say, watchErrors } from './helpers';
import { storedSetting } from './idb';

const PIN = '482913';
const PASSPHRASE = 'roses by the door';

async function setOwnerPin(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('New PIN', { exact: true }).fill(PIN);
	await page.getByLabel('New PIN again').fill(PIN);
	await page.getByRole('button', { name: "Set the owner's PIN" }).click();
	await expect(page.getByText('A PIN is set.')).toBeVisible();
}

async function openDataPage(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Data/ })).toBeVisible();
}

test('a backup locked with a passphrase holds no PIN hash and restores only with it, in the owner’s language', async ({
	page,
	browser
}, info) => {
	// One PBKDF2 key of 600,000 iterations per backup and per opening, plus a second device.
	test.slow();
	const errors = watchErrors(page);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi', phone: '050 123 4567' });
	await setOwnerPin(page);
	await openDataPage(page);

	// A passphrase typed differently twice, or too short, makes no file.
	await page.getByLabel('Passphrase to lock the file (optional)').fill(PASSPHRASE);
	await page.getByLabel('Passphrase again').fill(`${PASSPHRASE}!`);
	await page.getByRole('button', { name: 'Download a backup' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'The two passphrases are not the same. No backup was made.'
	);
	await page.getByLabel('Passphrase again').fill(PASSPHRASE);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const path = info.outputPath('locked-backup.json');
	await (await download).saveAs(path);
	const text = readFileSync(path, 'utf8');
	expect(text).not.toContain('Levi');
	expect(text).not.toContain('ownerPin');
	const header = JSON.parse(text) as { kdf: { name: string; iterations: number; salt: string } };
	expect(header.kdf.name).toBe('PBKDF2');
	expect(header.kdf.iterations).toBeGreaterThanOrEqual(600_000);

	// A plain backup from the same shop holds no PIN hash either.
	await page.getByLabel('Passphrase to lock the file (optional)').fill('');
	await page.getByLabel('Passphrase again').fill('');
	const plainDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const plain = readFileSync(await (await plainDownload).path(), 'utf8');
	expect(plain).toContain('Levi');
	const { hash: pinHash } = (await storedSetting<{ hash: string }>(page, 'ownerPin'))!;
	expect(plain).not.toContain(pinHash);
	expect(plain).not.toContain('ownerPin');

	// A new tablet, in Hebrew: the file asks for its passphrase, refuses a wrong one in Hebrew.
	const tablet = await browser.newContext();
	const other = await tablet.newPage();
	const otherErrors = watchErrors(other);
	await other.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'he'));
	await other.goto('/data');
	await expect(other.locator('html')).toHaveAttribute('lang', 'he');
	await other.getByLabel(say('he', 'io_restore_file')).setInputFiles(path);
	await expect(other.getByText(say('he', 'io_restore_locked'))).toBeVisible();
	await other.getByLabel(say('he', 'io_restore_passphrase')).fill('roses by the doors');
	await other.getByRole('button', { name: say('he', 'io_restore_open') }).click();
	await expect(other.getByRole('alert')).toHaveText(say('he', 'io_restore_wrong_passphrase'));
	await expect(
		other.getByRole('button', { name: say('he', 'io_restore_button'), exact: true })
	).toHaveCount(0);

	await other.getByLabel(say('he', 'io_restore_passphrase')).fill(PASSPHRASE);
	await other.getByRole('button', { name: say('he', 'io_restore_open') }).click();
	await expect(other.getByRole('alert')).toHaveCount(0);
	await other.getByRole('button', { name: say('he', 'io_restore_button'), exact: true }).click();
	await expect(other.getByText(say('he', 'io_backup_restored'))).toBeVisible();
	// The restored shop has no PIN: the owner is asked to set one.
	await expect(other.getByText(say('he', 'io_restore_set_pin'))).toBeVisible();
	await other.goto('/settings');
	await expect(other.getByText(say('he', 'kiosk_pin_not_set_yet'))).toBeVisible();
	await other.goto('/customers');
	await expect(other.getByText('Levi')).toBeVisible();
	await tablet.close();
	expect(otherErrors).toEqual([]);
	expect(errors).toEqual([]);
});
