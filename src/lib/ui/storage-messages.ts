/** What the owner reads when the device's storage refuses something, and what to do about it. */
import type { StorageProblem } from '$lib/db/storage-errors';
import { m } from '$lib/paraglide/messages';

export function storageProblemMessage(problem: StorageProblem | 'version-elsewhere'): string {
	switch (problem) {
		case 'quota':
			return m.storage_quota();
		case 'blocked':
			return m.storage_blocked();
		case 'version':
		case 'version-elsewhere':
			return m.storage_version();
		case 'unavailable':
			return m.storage_unavailable();
		default:
			return m.storage_unknown();
	}
}
