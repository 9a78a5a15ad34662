/**
 * A backup locked with a passphrase: the whole backup text encrypted with AES-GCM under a key
 * derived by PBKDF2 from the passphrase, a random salt and IV, all named in the file's header.
 */

/** The header says everything needed to open the file, except the passphrase. */
export const ENCRYPTED_BACKUP_FORMAT = 'counter-cards-backup-encrypted';

export interface EncryptedBackupFile {
	format: typeof ENCRYPTED_BACKUP_FORMAT;
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
	cipher: { name: 'AES-GCM'; iv: string };
	/** Base64 of the encrypted backup text, with GCM's tag (a wrong passphrase fails on it). */
	data: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a second on a counter tablet, once a backup. */
export const BACKUP_KDF_ITERATIONS = 600_000;
/** Files with fewer are refused: a header that asks for 1 iteration would make guessing cheap. */
const LEAST_ITERATIONS = 100_000;
const MOST_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** Base64 in slices, so a large backup does not overflow the argument list of fromCharCode. */
function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

async function keyFor(
	passphrase: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

export async function encryptBackup(
	text: string,
	passphrase: string,
	iterations: number = BACKUP_KDF_ITERATIONS
): Promise<string> {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const key = await keyFor(passphrase, salt, iterations);
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		key,
		new TextEncoder().encode(text)
	);
	const file: EncryptedBackupFile = {
		format: ENCRYPTED_BACKUP_FORMAT,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
		cipher: { name: 'AES-GCM', iv: toBase64(iv) },
		data: toBase64(new Uint8Array(data))
	};
	return JSON.stringify(file);
}

/** Cheap test of the first bytes, so a plain backup is not parsed twice to tell. */
export function looksEncrypted(text: string): boolean {
	return text.slice(0, 200).includes(`"${ENCRYPTED_BACKUP_FORMAT}"`);
}

export type DecryptResult =
	{ ok: true; text: string } | { ok: false; problem: 'not-backup' | 'wrong-passphrase' };

function headerOf(text: string): EncryptedBackupFile | undefined {
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return undefined;
	}
	const f = file as Partial<EncryptedBackupFile> | null;
	const iterations = f?.kdf?.iterations;
	if (
		f?.format !== ENCRYPTED_BACKUP_FORMAT ||
		f.kdf?.name !== 'PBKDF2' ||
		f.kdf.hash !== 'SHA-256' ||
		!Number.isSafeInteger(iterations) ||
		(iterations as number) < LEAST_ITERATIONS ||
		(iterations as number) > MOST_ITERATIONS ||
		typeof f.kdf.salt !== 'string' ||
		f.cipher?.name !== 'AES-GCM' ||
		typeof f.cipher.iv !== 'string' ||
		typeof f.data !== 'string'
	) {
		return undefined;
	}
	return f as EncryptedBackupFile;
}

/**
 * Opens an encrypted backup. GCM checks its tag over the whole text before giving anything back,
 * so a wrong passphrase (or a changed byte) yields nothing at all, never part of a backup.
 */
export async function decryptBackup(text: string, passphrase: string): Promise<DecryptResult> {
	const file = headerOf(text);
	if (!file) return { ok: false, problem: 'not-backup' };
	let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
	try {
		salt = fromBase64(file.kdf.salt);
		iv = fromBase64(file.cipher.iv);
		data = fromBase64(file.data);
	} catch {
		return { ok: false, problem: 'not-backup' };
	}
	if (iv.length !== IV_BYTES || salt.length < SALT_BYTES)
		return { ok: false, problem: 'not-backup' };
	const key = await keyFor(passphrase, salt, file.kdf.iterations);
	try {
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
		return { ok: true, text: new TextDecoder().decode(plain) };
	} catch {
		return { ok: false, problem: 'wrong-passphrase' };
	}
}

export const PASSPHRASE_MIN_LENGTH = 8;

/** An empty passphrase means a plain backup; a typed one must be long enough and typed twice. */
export function passphraseProblem(
	passphrase: string,
	repeat: string
): 'short' | 'mismatch' | undefined {
	if (passphrase === '' && repeat === '') return undefined;
	if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) return 'short';
	if (passphrase !== repeat) return 'mismatch';
	return undefined;
}
