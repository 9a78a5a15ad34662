/**
 * The `test` every end-to-end spec uses: Playwright's own, with a stand-in for the print dialog in
 * every page of every context.
 *
 * The app prints through one module (`src/lib/print/print-job.ts`), which calls `window.print()`.
 * A real dialog in headless Chromium keeps the page "being printed", so a later `page.pdf()` fails
 * ("Page is already being printed"), and what the dialog does differs between Chromium builds.
 * The stand-in counts the requests instead; a test makes the PDF itself and reads what it holds.
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
		});
		await use(context);
	}
});

/** How many times the page asked to print since it loaded. */
export function printRequests(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { printRequests: number }).printRequests);
}
