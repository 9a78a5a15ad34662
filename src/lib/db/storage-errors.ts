/** Turns the ways IndexedDB can fail into a few kinds the owner can act on. */
export type StorageProblem = 'quota' | 'blocked' | 'version' | 'unavailable' | 'unknown';

export function classifyStorageError(error: unknown): StorageProblem {
	const names: string[] = [];
	let current: unknown = error;
	// Dexie wraps the browser's DOMException; look through the whole chain.
	for (let depth = 0; current && depth < 5; depth++) {
		const e = current as { name?: string; inner?: unknown; cause?: unknown };
		if (e.name) names.push(e.name);
		current = e.inner ?? e.cause;
	}
	if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
	if (names.some((n) => n === 'VersionError' || n === 'VersionChangeError')) return 'version';
	if (names.some((n) => n === 'DatabaseClosedError' || n === 'BlockedError')) return 'blocked';
	if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError')) return 'unavailable';
	return 'unknown';
}
