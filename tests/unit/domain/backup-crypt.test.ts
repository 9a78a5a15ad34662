import { describe, expect, it } from 'vitest';
import {
	BACKUP_KDF_ITERATIONS,
	ENCRYPTED_BACKUP_FORMAT,
	decryptBackup,
	encryptBackup,
	looksEncrypted,
	passphraseProblem
} from '../../../src/lib/domain/backup-crypt';

const BACKUP = JSON.stringify({ format: 'counter-cards-backup', payload: { name: 'Zoë Παπα' } });

describe('a backup locked with a passphrase', { timeout: 30_000 }, () => {
	it('opens with the passphrase, and the header names PBKDF2, its salt and AES-GCM', async () => {
		const locked = await encryptBackup(BACKUP, 'correct horse battery');
		expect(looksEncrypted(locked)).toBe(true);
		expect(looksEncrypted(BACKUP)).toBe(false);
		expect(locked).not.toContain('Zoë');
		const header = JSON.parse(locked);
		expect(header.format).toBe(ENCRYPTED_BACKUP_FORMAT);
		expect(header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
		expect(header.kdf.iterations).toBe(BACKUP_KDF_ITERATIONS);
		expect(BACKUP_KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(atob(header.kdf.salt)).toHaveLength(16);
		expect(header.cipher).toMatchObject({ name: 'AES-GCM' });
		expect(await decryptBackup(locked, 'correct horse battery')).toEqual({
			ok: true,
			text: BACKUP
		});
	});

	it('uses a fresh salt and IV each time', async () => {
		const a = JSON.parse(await encryptBackup(BACKUP, 'same words here', 100_000));
		const b = JSON.parse(await encryptBackup(BACKUP, 'same words here', 100_000));
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.cipher.iv).not.toBe(b.cipher.iv);
		expect(a.data).not.toBe(b.data);
	});

	it('refuses a wrong passphrase and a changed byte, giving nothing back', async () => {
		const locked = await encryptBackup(BACKUP, 'correct horse battery', 100_000);
		expect(await decryptBackup(locked, 'correct horse batterY')).toEqual({
			ok: false,
			problem: 'wrong-passphrase'
		});
		const file = JSON.parse(locked);
		const bytes = atob(file.data);
		file.data = btoa(
			bytes.slice(0, 5) + String.fromCharCode(bytes.charCodeAt(5) ^ 1) + bytes.slice(6)
		);
		expect(await decryptBackup(JSON.stringify(file), 'correct horse battery')).toEqual({
			ok: false,
			problem: 'wrong-passphrase'
		});
	});

	it('refuses a header that is not one, or that asks for too few iterations', async () => {
		expect(await decryptBackup('{"format":"x"}', 'a')).toEqual({
			ok: false,
			problem: 'not-backup'
		});
		expect(await decryptBackup('not json', 'a')).toEqual({ ok: false, problem: 'not-backup' });
		const file = JSON.parse(await encryptBackup(BACKUP, 'correct horse battery', 100_000));
		file.kdf.iterations = 1;
		expect(await decryptBackup(JSON.stringify(file), 'correct horse battery')).toEqual({
			ok: false,
			problem: 'not-backup'
		});
	});
});

describe('the passphrase the owner types', () => {
	it('is optional, at least 8 characters, and typed the same twice', () => {
		expect(passphraseProblem('', '')).toBeUndefined();
		expect(passphraseProblem('short', 'short')).toBe('short');
		expect(passphraseProblem('שמונה תווים', 'שמונה תווים')).toBeUndefined();
		expect(passphraseProblem('long enough', 'long enougH')).toBe('mismatch');
		expect(passphraseProblem('', 'long enough')).toBe('short');
	});
});
