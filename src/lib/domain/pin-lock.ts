/** The owner's PIN: its rules, a salted PBKDF2 hash via WebCrypto, and the wrong-PIN back-off. */
import type { EpochMs } from './types';

/** What is stored: never the PIN, only a slow salted hash of it. */
export interface OwnerPinRecord {
	salt: string;
	hash: string;
	iterations: number;
	setAt: EpochMs;
}

/** Consecutive wrong PINs since the last right one. */
export interface PinAttempts {
	/** Every try that did not unlock: wrong PINs, and tries refused because a wait was running. */
	failures: number;
	/** The wrong PINs that were actually checked; the wait grows with these (absent: `failures`). */
	checked?: number;
	/** When the last checked wrong PIN was typed. */
	lastFailureAt: EpochMs;
}

export const PIN_ITERATIONS = 210_000;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 12;
/** Wrong PINs allowed before each further try has to wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export type PinProblem = 'pin-length' | 'pin-digits' | 'pin-mismatch';

export function pinProblem(pin: string, repeat: string): PinProblem | undefined {
	if (!/^\d*$/.test(pin)) return 'pin-digits';
	if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'pin-length';
	if (pin !== repeat) return 'pin-mismatch';
	return undefined;
}

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

async function derive(
	pin: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		HASH_BITS
	);
	return new Uint8Array(bits);
}

export async function hashNewPin(
	pin: string,
	now: EpochMs,
	iterations: number = PIN_ITERATIONS
): Promise<OwnerPinRecord> {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const hash = await derive(pin, salt, iterations);
	return { salt: toBase64(salt), hash: toBase64(hash), iterations, setAt: now };
}

/** Compares every byte whatever the first difference, so timing says nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	let difference = a.length ^ b.length;
	const length = Math.max(a.length, b.length);
	for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return difference === 0;
}

export async function pinMatches(pin: string, record: OwnerPinRecord): Promise<boolean> {
	const hash = await derive(pin, fromBase64(record.salt), record.iterations);
	return constantTimeEqual(hash, fromBase64(record.hash));
}

/** The checked wrong PINs of a stored count (older records counted only checked ones). */
export function checkedFailures(attempts: PinAttempts | undefined): number {
	return attempts ? (attempts.checked ?? attempts.failures) : 0;
}

/** When the next try is allowed: at once for the first five wrong PINs, then doubling waits. */
export function nextAttemptAt(attempts: PinAttempts | undefined): EpochMs {
	const checked = checkedFailures(attempts);
	if (!attempts || checked < FREE_ATTEMPTS) return 0;
	const wait = Math.min(FIRST_WAIT_MS * 2 ** (checked - FREE_ATTEMPTS), LONGEST_WAIT_MS);
	return attempts.lastFailureAt + wait;
}
