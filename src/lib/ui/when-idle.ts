/**
 * Runs `work` when the main thread is idle, at most `timeoutMs` later; Safari has no
 * requestIdleCallback, so there it runs after a short delay. Returns a cancel function.
 */
export function whenIdle(work: () => void, timeoutMs = 1500): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout: timeoutMs });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}
