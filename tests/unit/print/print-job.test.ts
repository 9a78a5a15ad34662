/** Printing goes through one call, which tests and the bench replace in the page. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printPage } from '../../../src/lib/print/print-job';

afterEach(() => vi.unstubAllGlobals());

describe('printPage', () => {
	it('asks the browser to print once, through window.print, so a stand-in there catches every job', () => {
		const print = vi.fn();
		vi.stubGlobal('window', { print });
		printPage();
		expect(print).toHaveBeenCalledTimes(1);
	});
});
