/**
 * Voucher codes: 8 random Crockford base32 characters and a check character, shown as
 * `K7QM-4XRT-B`. The check is a weighted sum modulo the prime 37 with distinct non-zero weights,
 * so every single-character substitution and every swap of two neighbours changes the sum.
 * Codes whose check value would fall outside the 32 readable symbols are drawn again, so the
 * whole code stays in the one alphabet that reads aloud without ambiguity.
 */

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_DATA_LENGTH = 8;
export const CODE_LENGTH = CODE_DATA_LENGTH + 1;
const MODULUS = 37;

const VALUE = new Map([...CODE_ALPHABET].map((ch, i) => [ch, i]));

// Weights 1..9: distinct and non-zero modulo 37, the two facts the error-detection proof needs.
function weightedSum(values: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += (i + 1) * values[i];
	return sum % MODULUS;
}

/** The check value that brings the weighted sum of data and check to 0 modulo 37. */
function checkValue(data: readonly number[]): number {
	const partial = weightedSum(data);
	const weight = data.length + 1;
	// weight * c ≡ -partial (mod 37): multiply by weight's inverse, found by search (37 is tiny).
	for (let c = 0; c < MODULUS; c++) {
		if ((partial + weight * c) % MODULUS === 0) return c;
	}
	throw new Error('unreachable: 37 is prime');
}

export type RandomBytes = (count: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (count) =>
	crypto.getRandomValues(new Uint8Array(count));

/** A fresh random code in canonical form (no dash), e.g. `K7QM4XRT9`. */
export function generateCode(random: RandomBytes = cryptoRandomBytes): string {
	for (;;) {
		// 32 divides 256, so taking each byte modulo 32 keeps every symbol equally likely.
		const data = [...random(CODE_DATA_LENGTH)].map((b) => b % 32);
		const check = checkValue(data);
		if (check < CODE_ALPHABET.length) {
			return [...data, check].map((v) => CODE_ALPHABET[v]).join('');
		}
	}
}

/** `K7QM4XRTB` -> `K7QM-4XRT-B`, for print and screen. */
export function formatCode(canonical: string): string {
	return `${canonical.slice(0, 4)}-${canonical.slice(4, 8)}-${canonical.slice(8)}`;
}

// Letters that look like a code character, as typed on a Russian, Greek or Hebrew layout (or
// pasted), and the Latin twin they were meant to be. Look-alikes win over keyboard position;
// letters without a look-alike map to the key they share on the layout (Greek Π is on P).
const LOOK_ALIKES: Record<string, string> = {
	// Cyrillic look-alikes
	А: 'A',
	В: 'B',
	Е: 'E',
	Ё: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: '0',
	Р: 'P',
	С: 'C',
	Т: 'T',
	У: 'Y',
	Х: 'X',
	Ѕ: 'S',
	І: '1',
	Ј: 'J',
	З: '3',
	Ч: '4',
	Б: '6',
	// Greek look-alikes
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Ι: '1',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ο: '0',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X',
	// Greek letters without a twin: the Latin key they sit on
	Π: 'P',
	Σ: 'S',
	Δ: 'D',
	Φ: 'F',
	Γ: 'G',
	Ξ: 'J',
	Λ: 'L',
	Ω: 'V',
	Ψ: 'C',
	Θ: 'U',
	// Hebrew has no look-alikes: the Latin key each letter shares on the standard layout
	ק: 'E',
	ר: 'R',
	א: 'T',
	ט: 'Y',
	ו: 'U',
	ן: 'I',
	ם: 'O',
	פ: 'P',
	ש: 'A',
	ד: 'S',
	ג: 'D',
	כ: 'F',
	ע: 'G',
	י: 'H',
	ח: 'J',
	ל: 'K',
	ך: 'L',
	ז: 'Z',
	ס: 'X',
	ב: 'C',
	ה: 'V',
	נ: 'B',
	מ: 'N',
	צ: 'M'
};

// Crockford's own forgiveness: O is zero, I and L are one, U (not in the alphabet) is V.
const CROCKFORD_ALIASES: Record<string, string> = { O: '0', I: '1', L: '1', U: 'V' };

/**
 * What was typed, in canonical form: upper case, look-alikes mapped to Latin, O/I/L read as
 * 0/1/1, dashes and spaces dropped. Characters that cannot be a code character are kept so the
 * parser can say what is wrong.
 */
export function normalizeCode(input: string): string {
	let out = '';
	for (const raw of input.normalize('NFC')) {
		if (/[\s\-‐-―_.·]/u.test(raw)) continue;
		const upper = raw.toUpperCase();
		const latin = LOOK_ALIKES[upper] ?? LOOK_ALIKES[raw] ?? upper;
		out += CROCKFORD_ALIASES[latin] ?? latin;
	}
	return out;
}

export type CodeParse =
	| { ok: true; code: string }
	| { ok: false; reason: 'empty' | 'bad-character' | 'wrong-length' | 'typo' };

/** Reads a typed or scanned code; `typo` means the check character disagrees with the rest. */
export function parseCode(input: string): CodeParse {
	const canonical = normalizeCode(input);
	if (canonical.length === 0) return { ok: false, reason: 'empty' };
	const values = [...canonical].map((ch) => VALUE.get(ch));
	if (values.some((v) => v === undefined)) return { ok: false, reason: 'bad-character' };
	if (canonical.length !== CODE_LENGTH) return { ok: false, reason: 'wrong-length' };
	if (weightedSum(values as number[]) !== 0) return { ok: false, reason: 'typo' };
	return { ok: true, code: canonical };
}

export function isWellFormedCode(input: string): boolean {
	return parseCode(input).ok;
}
