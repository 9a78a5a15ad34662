import { describe, expect, it } from 'vitest';
import {
	canChooseBackupFile,
	fileProblemOf,
	isPickerCancelled,
	permissionStep
} from '../../../src/lib/domain/backup-file';

describe('backup file rules', () => {
	it('writes when granted, asks on prompt (or unknown), stops when denied', () => {
		expect(permissionStep('granted')).toBe('write');
		expect(permissionStep('prompt')).toBe('ask');
		expect(permissionStep(undefined)).toBe('ask');
		expect(permissionStep('denied')).toBe('refused');
	});

	it('tells a refusal from a vanished file from anything else', () => {
		expect(fileProblemOf(new DOMException('no', 'NotAllowedError'))).toBe('refused');
		expect(fileProblemOf(new DOMException('no', 'SecurityError'))).toBe('refused');
		expect(fileProblemOf(new DOMException('gone', 'NotFoundError'))).toBe('gone');
		expect(fileProblemOf(new DOMException('full', 'QuotaExceededError'))).toBe('failed');
		expect(fileProblemOf('weird')).toBe('failed');
	});

	it('treats a closed save dialog as a cancel, not a problem', () => {
		expect(isPickerCancelled(new DOMException('closed', 'AbortError'))).toBe(true);
		expect(isPickerCancelled(new DOMException('no', 'NotAllowedError'))).toBe(false);
	});

	it('offers the chosen file only where the browser has the save picker', () => {
		expect(canChooseBackupFile({ showSaveFilePicker: () => undefined })).toBe(true);
		expect(canChooseBackupFile({})).toBe(false);
		expect(canChooseBackupFile(undefined)).toBe(false);
	});
});
