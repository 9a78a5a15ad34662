/** One-tap backup refresh into a file the owner chose once: the rules, without the browser. */

/** The fixed name offered in the save dialog: one file, refreshed in place, not one per day. */
export const BACKUP_FILE_NAME = 'counter-cards-backup.json';

/** Why writing into the chosen file did not work, in the terms the owner is told. */
export type FileWriteProblem = 'refused' | 'gone' | 'failed';

/** What a browser permission state means for a tap on "Refresh backup". */
export function permissionStep(state: string | undefined): 'write' | 'ask' | 'refused' {
	if (state === 'granted') return 'write';
	if (state === 'denied') return 'refused';
	return 'ask';
}

function nameOf(error: unknown): string {
	return typeof error === 'object' && error !== null && 'name' in error
		? String((error as { name: unknown }).name)
		: '';
}

/** Sorts a File System Access error: permission refused, file moved or deleted, or anything else. */
export function fileProblemOf(error: unknown): FileWriteProblem {
	switch (nameOf(error)) {
		case 'NotAllowedError':
		case 'SecurityError':
			return 'refused';
		case 'NotFoundError':
		case 'NotReadableError':
		case 'InvalidStateError':
			return 'gone';
		default:
			return 'failed';
	}
}

/** The owner closed the save dialog without choosing: not a problem to report. */
export function isPickerCancelled(error: unknown): boolean {
	return nameOf(error) === 'AbortError';
}

/** Whether this browser can keep a file to write into (Chromium); Firefox and Safari cannot. */
export function canChooseBackupFile(scope: object | undefined): boolean {
	return (
		!!scope && typeof (scope as { showSaveFilePicker?: unknown }).showSaveFilePicker === 'function'
	);
}
