import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	formatCode,
	generateCode,
	normalizeCode,
	parseCode
} from '../../../src/lib/domain/referrals-code';

const batch = Array.from({ length: 300 }, () => generateCode());

describe('voucher codes', () => {
	it('are 9 characters of the Crockford alphabet and pass their own check', () => {
		for (const code of batch) {
			expect(code).toHaveLength(CODE_LENGTH);
			expect([...code].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
			expect(parseCode(code)).toEqual({ ok: true, code });
		}
	});

	it('are random, not sequential: a batch has no repeats and uses the whole alphabet', () => {
		expect(new Set(batch).size).toBe(batch.length);
		const seen = new Set(batch.join(''));
		expect(seen.size).toBe(32);
	});

	it('draw again when the check would fall outside the alphabet', () => {
		let calls = 0;
		// Eight 1s need check value 33 (no symbol), so that draw is thrown away; eight 2s need 29.
		const code = generateCode((n) => new Uint8Array(n).fill(++calls));
		expect(calls).toBe(2);
		expect(code).toBe('22222222' + CODE_ALPHABET[29]);
	});

	// Failures are collected rather than asserted one by one, so 83,700 cases stay quick.
	it('catch EVERY single-character substitution in a batch', () => {
		const missed: string[] = [];
		let tried = 0;
		for (const code of batch) {
			for (let i = 0; i < code.length; i++) {
				for (const other of CODE_ALPHABET) {
					if (other === code[i]) continue;
					const wrong = code.slice(0, i) + other + code.slice(i + 1);
					const result = parseCode(wrong);
					if (result.ok || result.reason !== 'typo') missed.push(`${code} -> ${wrong}`);
					tried++;
				}
			}
		}
		expect(missed).toEqual([]);
		expect(tried).toBe(batch.length * CODE_LENGTH * 31);
	});

	it('catch EVERY swap of two different neighbours in a batch', () => {
		const missed: string[] = [];
		let tried = 0;
		for (const code of batch) {
			for (let i = 0; i + 1 < code.length; i++) {
				if (code[i] === code[i + 1]) continue;
				const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
				const result = parseCode(swapped);
				if (result.ok || result.reason !== 'typo') missed.push(`${code} -> ${swapped}`);
				tried++;
			}
		}
		expect(missed).toEqual([]);
		expect(tried).toBeGreaterThan(batch.length * 7);
	});

	it('catch every substitution and swap in the dashed printed form too', () => {
		const code = batch[0];
		const printed = formatCode(code);
		expect(printed).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
		expect(parseCode(printed)).toEqual({ ok: true, code });
	});

	it('are grouped for print like K7QM-4XRT-B', () => {
		expect(formatCode('K7QM4XRTB')).toBe('K7QM-4XRT-B');
		expect(parseCode('K7QM-4XRT-B')).toEqual({ ok: true, code: 'K7QM4XRTB' });
	});
});

describe('forgiving input', () => {
	const code = batch.find((c) => /[01]/.test(c) && /[ABEKMHPTXC]/.test(c)) ?? batch[1];

	it('accepts lower case, missing or extra dashes and spaces', () => {
		expect(parseCode(code.toLowerCase())).toEqual({ ok: true, code });
		expect(parseCode(` ${formatCode(code).toLowerCase()} `)).toEqual({ ok: true, code });
		expect(parseCode(code.slice(0, 4) + ' ' + code.slice(4))).toEqual({ ok: true, code });
		expect(parseCode(formatCode(code).replace(/-/g, '–'))).toEqual({ ok: true, code });
	});

	it('reads O as 0 and I or L as 1', () => {
		expect(normalizeCode('o0OiIlL1')).toBe('00011111');
		const typed = code.replace(/0/g, 'O').replace(/1/g, 'l');
		expect(parseCode(typed)).toEqual({ ok: true, code });
	});

	it('maps Cyrillic and Greek look-alike letters to their Latin twins', () => {
		expect(normalizeCode('АВЕКМНРСТХ')).toBe('ABEKMHPCTX');
		expect(normalizeCode('авекмнрстх')).toBe('ABEKMHPCTX');
		expect(normalizeCode('ΑΒΕΖΗΚΜΝΡΤΥΧ')).toBe('ABEZHKMNPTYX');
		expect(normalizeCode('αβεζηκμνρτυχ')).toBe('ABEZHKMNPTYX');
		expect(normalizeCode('Оо Ιι')).toBe('0011');
		const cyr: Record<string, string> = {
			A: 'А',
			B: 'В',
			E: 'Е',
			K: 'К',
			M: 'М',
			H: 'Н',
			P: 'Р',
			C: 'С',
			T: 'Т',
			X: 'Х'
		};
		const typed = [...code].map((ch) => cyr[ch] ?? ch).join('');
		expect(parseCode(typed)).toEqual({ ok: true, code });
		const greek: Record<string, string> = {
			A: 'α',
			B: 'β',
			E: 'ε',
			K: 'κ',
			M: 'μ',
			H: 'η',
			P: 'ρ',
			T: 'τ',
			X: 'χ',
			N: 'ν',
			Z: 'ζ',
			Y: 'υ'
		};
		expect(parseCode([...code].map((ch) => greek[ch] ?? ch).join(''))).toEqual({ ok: true, code });
	});

	it('maps letters typed on a Hebrew layout to the Latin key they share', () => {
		// The Hebrew layout puts ש on A, נ on B, ב on C, ג on D, ק on E ... צ on M, מ on N.
		expect(normalizeCode('שנבגקכעיחלךצמםפ/ראוהסטז'.replace('/', ''))).toBe(
			'ABCDEFGHJK1MN0PRTVVXYZ'
		);
		const hebrew: Record<string, string> = {
			A: 'ש',
			B: 'נ',
			C: 'ב',
			D: 'ג',
			E: 'ק',
			F: 'כ',
			G: 'ע',
			H: 'י',
			J: 'ח',
			K: 'ל',
			M: 'צ',
			N: 'מ',
			P: 'פ',
			R: 'ר',
			S: 'ד',
			T: 'א',
			V: 'ה',
			X: 'ס',
			Y: 'ט',
			Z: 'ז'
		};
		expect(parseCode([...code].map((ch) => hebrew[ch] ?? ch).join(''))).toEqual({ ok: true, code });
	});

	it('tells a typo from a wrong length and from characters that are never in a code', () => {
		expect(parseCode('')).toEqual({ ok: false, reason: 'empty' });
		expect(parseCode('  -- ')).toEqual({ ok: false, reason: 'empty' });
		expect(parseCode(code.slice(0, 8))).toEqual({ ok: false, reason: 'wrong-length' });
		expect(parseCode(code + '0')).toEqual({ ok: false, reason: 'wrong-length' });
		expect(parseCode(code.slice(0, 8) + '!')).toEqual({ ok: false, reason: 'bad-character' });
		expect(parseCode(code.slice(0, 8) + 'Щ')).toEqual({ ok: false, reason: 'bad-character' });
	});
});
