import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/lib/db/storage-errors';

describe('classifyStorageError', () => {
	it('sees a quota error wrapped by Dexie', () => {
		const wrapped = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
		expect(classifyStorageError(wrapped)).toBe('quota');
	});

	it('recognises blocked and version problems, and falls back to unknown', () => {
		expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('blocked');
		expect(classifyStorageError({ name: 'VersionError' })).toBe('version');
		expect(classifyStorageError(new Error('boom'))).toBe('unknown');
		expect(classifyStorageError(undefined)).toBe('unknown');
	});
});
