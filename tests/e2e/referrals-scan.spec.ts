/**
 * Scanning a voucher with the tablet camera: Chromium's fake camera plays a video of the printed
 * QR code, and the redemption screen reads it (with the bundled decoder where the browser has no
 * BarcodeDetector, as on desktop Linux).
 */
import { expect, test } from './fixtures';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import qrcode from 'qrcode-generator';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path';

const video = join(tmpdir(), `referrals-scan-${process.pid}-${Date.now()}.y4m`);
// Chromium opens the fake camera's file when capture starts, so the test writes it just before.
// Only workers launch browsers; the runner that lists the tests leaves no file behind.
if (process.env.TEST_WORKER_INDEX !== undefined) writeFileSync(video, '');
test.afterAll(() => rmSync(video, { force: true }));

test.use({
	permissions: ['camera'],
	launchOptions: {
		executablePath: chromiumPath(),
		args: [
			...CHROMIUM_ARGS,
			...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	}
});

/** A few frames of a black-on-white QR code, as a 640x480 YUV 4:2:0 video. */
function writeQrVideo(text: string): void {
	const [w, h] = [640, 480];
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const count = qr.getModuleCount();
	const cell = 10;
	const left = (w - count * cell) / 2;
	const top = (h - count * cell) / 2;
	const luma = Buffer.alloc(w * h, 255);
	for (let y = 0; y < count * cell; y++) {
		for (let x = 0; x < count * cell; x++) {
			if (qr.isDark(Math.floor(y / cell), Math.floor(x / cell))) luma[(top + y) * w + left + x] = 0;
		}
	}
	const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`);
	writeFileSync(video, Buffer.concat([header, frame, frame, frame]));
}

test('a voucher held up to the camera is read and checked', async ({ page }) => {
	await page.goto('/customers/new');
	await page.getByLabel('First name').fill('Ann');
	await page.getByRole('button', { name: 'Save card' }).click();
	await page.waitForURL(/\/customers\/[0-9A-Z]{26}$/);
	await page.getByRole('button', { name: 'Issue vouchers' }).click();
	const code = (await page.locator('.vouchers .code').first().innerText()).trim();
	writeQrVideo(code);

	await page.goto('/referrals/redeem');
	await page.getByRole('button', { name: 'Scan with camera' }).click();
	await expect(page.getByLabel('Voucher code')).toHaveValue(code, { timeout: 15_000 });
	await expect(page.getByText('Valid', { exact: true })).toBeVisible();
	await expect(page.getByText('Recommended by Ann.', { exact: false })).toBeVisible();
});
