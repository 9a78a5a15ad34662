/** One-tap backup refresh into a file chosen once (File System Access), checked through the OPFS. */
import { expect, test, type Page } from './fixtures';
import { addCustomer, goToCounter, openEmptyCardFile, watchErrors } from './helpers';

const FILE = 'counter-cards-backup.json';

/** The save dialog answers with a file of the Origin Private File System, which a test can read. */
async function stubPicker(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'showSaveFilePicker', {
			configurable: true,
			value: async (options: { suggestedName: string }) => {
				const root = await navigator.storage.getDirectory();
				return root.getFileHandle(options.suggestedName, { create: true });
			}
		});
	});
}

/** Reads the backup file back and checks it as a restore would: format, checksum, cards. */
async function readBackup(page: Page): Promise<{ checksumOk: boolean; lastNames: string[] }> {
	return page.evaluate(async (name) => {
		const root = await navigator.storage.getDirectory();
		const file = await (await root.getFileHandle(name)).getFile();
		const backup = JSON.parse(await file.text());
		const digest = await crypto.subtle.digest(
			'SHA-256',
			new TextEncoder().encode(JSON.stringify(backup.payload))
		);
		const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
		return {
			checksumOk: backup.format === 'counter-cards-backup' && backup.checksum === hex,
			lastNames: (backup.payload.tables.customers as { lastName: string }[])
				.map((c) => c.lastName)
				.sort()
		};
	}, FILE);
}

test('a chosen backup file is refreshed with one tap, from the data page and the home screen', async ({
	page
}) => {
	const errors = watchErrors(page);
	await stubPicker(page);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi' });
	await goToCounter(page);
	await expect(page.getByText('No backup yet.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Refresh backup' })).toHaveCount(0);

	await page.getByRole('link', { name: 'Data', exact: true }).click();
	await page.getByRole('button', { name: 'Choose a backup file on this device' }).click();
	await expect(page.getByText(`Backup saved in ${FILE}.`)).toBeVisible();
	await expect(page.getByText(`Backup file: ${FILE}`)).toBeVisible();
	expect(await readBackup(page)).toEqual({ checksumOk: true, lastNames: ['Levi'] });

	await addCustomer(page, { first: 'Miri', last: 'Cohen' });
	await page.reload();
	await goToCounter(page);
	await expect(page.getByText('Last backup: today.')).toBeVisible();
	await page.getByRole('button', { name: 'Refresh backup' }).click();
	await expect(page.getByText(`Backup saved in ${FILE}.`)).toBeVisible();
	expect(await readBackup(page)).toEqual({ checksumOk: true, lastNames: ['Cohen', 'Levi'] });
	expect(errors).toEqual([]);
});

test('a refused permission or a vanished file is explained, and the backup downloaded', async ({
	page
}) => {
	await stubPicker(page);
	await openEmptyCardFile(page);
	await addCustomer(page, { first: 'Dana', last: 'Levi' });
	await page.getByRole('link', { name: 'Data', exact: true }).click();
	await page.getByRole('button', { name: 'Choose a backup file on this device' }).click();
	await expect(page.getByText(`Backup file: ${FILE}`)).toBeVisible();

	// The owner says no to the browser's question.
	await page.evaluate(() => {
		const proto = FileSystemFileHandle.prototype as unknown as Record<string, unknown>;
		proto.queryPermission = async () => 'prompt';
		proto.requestPermission = async () => 'denied';
	});
	let download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Refresh backup' }).click();
	expect((await download).suggestedFilename()).toMatch(/^counter-cards-backup-.*\.json$/);
	await expect(page.getByRole('alert')).toContainText('was not allowed to write');

	// The file was moved or deleted outside the app.
	await page.evaluate(() => {
		const proto = FileSystemFileHandle.prototype as unknown as Record<string, unknown>;
		proto.queryPermission = async () => 'granted';
		proto.createWritable = async () => {
			throw new DOMException('The file is gone.', 'NotFoundError');
		};
	});
	download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Refresh backup' }).click();
	expect((await download).suggestedFilename()).toMatch(/^counter-cards-backup-.*\.json$/);
	await expect(page.getByRole('alert')).toContainText('The backup file is no longer there');
});

test('without the File System Access API only the download is offered', async ({ page }) => {
	await page.addInitScript(() => {
		delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
	});
	await openEmptyCardFile(page);
	await page.getByRole('link', { name: 'Data', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Download a backup' })).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Choose a backup file on this device' })
	).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Refresh backup' })).toHaveCount(0);
});
