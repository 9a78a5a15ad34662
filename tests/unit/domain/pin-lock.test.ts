import { describe, expect, it } from 'vitest';
import {
	FREE_ATTEMPTS,
	PIN_ITERATIONS,
	constantTimeEqual,
	hashNewPin,
	nextAttemptAt,
	pinMatches,
	pinProblem
} from '../../../src/lib/domain/pin-lock';

describe('owner PIN', () => {
	it('stores a salted PBKDF2 hash, never the PIN, with at least 100k iterations', async () => {
		const a = await hashNewPin('482913', 1);
		const b = await hashNewPin('482913', 1);
		expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
		expect(a.iterations).toBe(PIN_ITERATIONS);
		expect(JSON.stringify(a)).not.toContain('482913');
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
	});

	it('matches the right PIN only', async () => {
		const record = await hashNewPin('482913', 1, 1000);
		expect(await pinMatches('482913', record)).toBe(true);
		expect(await pinMatches('482914', record)).toBe(false);
		expect(await pinMatches('', record)).toBe(false);
	});

	it('compares hashes whole', () => {
		expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
		expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
	});

	it('checks what the owner types', () => {
		expect(pinProblem('12', '12')).toBe('pin-length');
		expect(pinProblem('12a4', '12a4')).toBe('pin-digits');
		expect(pinProblem('1234', '1235')).toBe('pin-mismatch');
		expect(pinProblem('1234', '1234')).toBeUndefined();
	});

	it('lets five wrong PINs through, then makes each try wait longer', () => {
		expect(nextAttemptAt(undefined)).toBe(0);
		expect(nextAttemptAt({ failures: FREE_ATTEMPTS - 1, lastFailureAt: 1000 })).toBe(0);
		const first = nextAttemptAt({ failures: FREE_ATTEMPTS, lastFailureAt: 1000 });
		const second = nextAttemptAt({ failures: FREE_ATTEMPTS + 1, lastFailureAt: 1000 });
		expect(first).toBeGreaterThan(1000);
		expect(second - 1000).toBe(2 * (first - 1000));
		expect(nextAttemptAt({ failures: 100, lastFailureAt: 0 })).toBe(15 * 60_000);
	});

	it('makes the wait grow with the checked wrong PINs, not with tries refused during it', () => {
		const five = nextAttemptAt({ failures: FREE_ATTEMPTS, lastFailureAt: 1000 });
		expect(nextAttemptAt({ failures: 12, checked: FREE_ATTEMPTS, lastFailureAt: 1000 })).toBe(five);
		expect(nextAttemptAt({ failures: 12, checked: FREE_ATTEMPTS - 1, lastFailureAt: 1000 })).toBe(
			0
		);
	});
});
