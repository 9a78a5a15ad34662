import { describe, expect, it } from 'vitest';
import {
	forgetBackupHandle,
	loadBackupHandle,
	saveBackupHandle,
	writeBackupToFile,
	type BackupFileHandle
} from '../../../src/lib/db/backup-file';
import { addCustomer } from '../../../src/lib/db/customers';
import { LAST_BACKUP_KEY, checkBackupText } from '../../../src/lib/db/io';
import { getSetting } from '../../../src/lib/db/settings';
import { customerFields, freshDb } from './helpers';

function memoryFile(fail?: Error): BackupFileHandle & { text: string } {
	const file = {
		name: 'backup.json',
		text: '',
		async createWritable() {
			if (fail) throw fail;
			let written = '';
			return {
				async write(data: string) {
					written += data;
				},
				async close() {
					file.text = written;
				}
			};
		}
	};
	return file;
}

describe('backup file', () => {
	it('writes a valid backup into the file and records the backup time', async () => {
		const db = freshDb();
		await addCustomer(db, customerFields({ lastName: 'Levi' }));
		const file = memoryFile();
		expect(await writeBackupToFile(db, file, 1_700_000_000_000)).toEqual({ ok: true });
		const check = await checkBackupText(db, file.text);
		expect(check.ok).toBe(true);
		expect(await getSetting(db, LAST_BACKUP_KEY)).toBe(1_700_000_000_000);
	});

	it('hands the backup back for a download when the file cannot be written', async () => {
		const db = freshDb();
		const error = new DOMException('gone', 'NotFoundError');
		const result = await writeBackupToFile(db, memoryFile(error));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error).toBe(error);
			expect((await checkBackupText(db, result.text)).ok).toBe(true);
		}
	});

	it('keeps only something that is a file handle', async () => {
		const name = `device-${Math.random()}`;
		expect(await loadBackupHandle(name)).toBeUndefined();
		await saveBackupHandle({ name: 'x.json' } as unknown as BackupFileHandle, name);
		// A row without the handle's methods (what a structured clone of a plain object leaves).
		expect(await loadBackupHandle(name)).toBeUndefined();
		await forgetBackupHandle(name);
		expect(await loadBackupHandle(name)).toBeUndefined();
	});
});
