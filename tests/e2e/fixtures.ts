/**
 * The `test` every end-to-end spec uses: Playwright's own, with a stand-in for the print dialog in
 * every page of every context.
 *
 * The app prints through one module (`src/lib/print/print-job.ts`), which calls `window.print()`.
 * A real dialog in headless Chromium keeps the page "being printed", so a later `page.pdf()` fails
 * ("Page is already being printed"), and what the dialog does differs between Chromium builds.
 * The stand-in counts the requests instead; a test makes the PDF itself and reads what it holds.
 * Likewise `mailto:` links (from `src/lib/share/outbound.ts`) are kept for the test to read, and
 * no mail program opens.
 */
import { test as base, type Page } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

export const test = base.extend({
	context: async ({ context }, use) => {
		await context.addInitScript(() => {
			const counted = window as unknown as { printRequests: number };
			counted.printRequests = 0;
			window.print = () => {
				counted.printRequests += 1;
			};
			// Mail goes through src/lib/share/outbound.ts, which opens `mailto:` links with
			// window.open: the stand-in keeps them instead of starting a mail program.
			const kept = window as unknown as { outboundRequests: string[] };
			kept.outboundRequests = [];
			const open = window.open.bind(window);
			window.open = (url?: string | URL, ...rest) => {
				const text = String(url ?? '');
				if (/^(mailto|sms):/i.test(text)) {
					kept.outboundRequests.push(text);
					return null;
				}
				return open(url, ...rest);
			};
		});
		await use(context);
	}
});

/** The `mailto:` and `sms:` links the page opened since it loaded, in order. */
export function outboundRequests(page: Page): Promise<string[]> {
	return page.evaluate(
		() => (window as unknown as { outboundRequests: string[] }).outboundRequests
	);
}

/** How many times the page asked to print since it loaded. */
export function printRequests(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { printRequests: number }).printRequests);
}
