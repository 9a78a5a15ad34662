/**
 * The one place the app asks the browser to print.
 *
 * Every print button calls `printPage`, never `window.print` (the linter refuses it elsewhere), so
 * tests and the benchmark replace printing in one spot: they put a stand-in for `window.print` in
 * the page before the app loads, count the calls, and make the PDF themselves. A real print dialog
 * blocks Chromium's own print-to-PDF ("Page is already being printed") and behaves differently
 * from one Chromium build to the next, so nothing automated may depend on it.
 */
export function printPage(): void {
	window.print();
}
