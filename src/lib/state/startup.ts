/**
 * When the app's start-up work is done: the counter marks the moment its cards are loaded; other
 * pages have nothing as heavy to wait for. Work that can wait (the service worker) waits for it.
 */
export const CARDS_READY_MARK = 'counter-cards-ready';

const LONGEST_WAIT_MS = 3000;

export function markCardsReady(): void {
	if (performance.getEntriesByName(CARDS_READY_MARK).length === 0) {
		performance.mark(CARDS_READY_MARK);
	}
}

export function whenStartupSettled(): Promise<void> {
	return new Promise((settle) => {
		if (performance.getEntriesByName(CARDS_READY_MARK).length > 0) return settle();
		const timer = setTimeout(done, LONGEST_WAIT_MS);
		const observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName(CARDS_READY_MARK).length > 0) done();
		});
		observer.observe({ type: 'mark' });
		function done() {
			clearTimeout(timer);
			observer.disconnect();
			settle();
		}
	});
}
