/**
 * The one place the app hands text to the device's mail program, share sheet or clipboard.
 *
 * Like printing (`print-job.ts`), every outbound message goes through here, so the end-to-end
 * tests replace the browser calls below in one spot (`tests/e2e/fixtures.ts`) and read what would
 * have been sent, without a mail program opening.
 */

/** Opens a `mailto:` link in the device's mail program; the app stays where it is. */
export function openMail(url: string): void {
	window.open(url, '_self');
}

/** Whether the device has a share sheet (tablets and phones do, most desktops do not). */
export function canShare(): boolean {
	return typeof navigator.share === 'function';
}

export type ShareResult = 'shared' | 'cancelled' | 'failed';

/** Opens the share sheet with a text; the owner picks the app and the person. */
export async function shareText(data: { title: string; text: string }): Promise<ShareResult> {
	try {
		await navigator.share(data);
		return 'shared';
	} catch (e) {
		// Closing the sheet is a choice, not a failure.
		return e instanceof DOMException && e.name === 'AbortError' ? 'cancelled' : 'failed';
	}
}

/** Copies a text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
