/** Turning the bytes of a spreadsheet export into text: encodings, BOM, Excel's `sep=` line, delimiter. */

export type TextEncodingName =
	| 'utf-8'
	| 'windows-1252'
	| 'windows-1255'
	| 'windows-1251'
	| 'windows-1253'
	| 'iso-8859-8'
	| 'koi8-r'
	| 'utf-16le';

/** The encodings the owner can pick; Armenian exports are UTF-8 in practice (ArmSCII-8 is not in browsers). */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
	'utf-8',
	'windows-1252',
	'windows-1255',
	'windows-1251',
	'windows-1253',
	'iso-8859-8',
	'koi8-r',
	'utf-16le'
];

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
	return startsWith(bytes, [0xef, 0xbb, 0xbf]);
}

/** True when the bytes are not valid UTF-8, so a legacy code page must be chosen. */
export function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/**
 * A first guess the owner confirms: UTF-8 when the bytes are valid UTF-8; otherwise the code page
 * whose letters the high bytes look like. Hebrew (1255) letters sit in 0xE0-0xFA only, Cyrillic
 * (1251) letters fill 0xC0-0xFF with capitals in 0xC0-0xDF; text whose letters are mostly ASCII is
 * Western (1252). Greek (1253) overlaps Cyrillic too much to guess: the owner picks it.
 */
export function guessEncoding(bytes: Uint8Array): TextEncodingName {
	if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
	if (hasUtf8Bom(bytes) || isValidUtf8(bytes)) return 'utf-8';
	const sample = bytes.subarray(0, 256 * 1024);
	let high = 0;
	let asciiLetters = 0;
	let hebrewLetters = 0;
	let cyrillicCapitals = 0;
	let cyrillicLower = 0;
	for (const b of sample) {
		if (b < 0x80) {
			if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
			continue;
		}
		high++;
		if (b >= 0xe0 && b <= 0xfa) hebrewLetters++;
		if (b >= 0xc0 && b <= 0xdf) cyrillicCapitals++;
		if (b >= 0xe0) cyrillicLower++;
	}
	if (high === 0) return 'utf-8';
	// Accented Latin is a few high bytes among many ASCII letters; Hebrew and Cyrillic are mostly high.
	if (high / (high + asciiLetters) < 0.3) return 'windows-1252';
	// Hebrew has no capitals: nearly every high byte is a letter in 0xE0-0xFA.
	if (hebrewLetters / high > 0.9 && cyrillicCapitals / high < 0.05) return 'windows-1255';
	if ((cyrillicLower + cyrillicCapitals) / high > 0.8) return 'windows-1251';
	return 'windows-1252';
}

/** Decodes with the chosen encoding; a byte order mark is dropped, never shown as a character. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
	const text = new TextDecoder(encoding).decode(bytes);
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface SeparatedText {
	/** The text without Excel's `sep=` line. */
	text: string;
	/** The delimiter named by a `sep=` line, if there was one. */
	declared?: Delimiter;
}

/** Excel writes `sep=;` as the first line to say which delimiter follows. */
export function stripSepLine(text: string): SeparatedText {
	const match = /^sep=(.)\r?\n/i.exec(text);
	if (!match) return { text };
	const declared = DELIMITERS.find((d) => d === match[1]);
	return { text: text.slice(match[0].length), declared };
}

/** Splits one line on a delimiter, ignoring delimiters inside double quotes. */
function countFields(line: string, delimiter: string): number {
	let count = 1;
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (ch === delimiter && !quoted) count++;
	}
	return count;
}

/**
 * The delimiter that splits the first lines into the same number (more than one) of fields most
 * consistently; a comma inside "12,50" under a semicolon delimiter does not fool it because the
 * count must hold across lines.
 */
export function detectDelimiter(text: string): Delimiter {
	const lines = text
		.split(/\r?\n/)
		.filter((l) => l.trim().length > 0)
		.slice(0, 30);
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const delimiter of DELIMITERS) {
		const counts = lines.map((l) => countFields(l, delimiter));
		if (counts.length === 0) continue;
		const header = counts[0];
		if (header < 2) continue;
		const agreeing = counts.filter((c) => c === header).length;
		const score = (agreeing / counts.length) * 1000 + header;
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

/** A file that is not text at all (an image, a zip, an .xlsx) has NUL bytes in its start. */
export function looksBinary(bytes: Uint8Array): boolean {
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	for (const b of sample) {
		if (b === 0) return true;
		if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
	}
	return sample.length > 0 && controls / sample.length > 0.05;
}

/**
 * A file that decodes to text but is not text: bytes behind a UTF-16 byte order mark, or a
 * binary file in a legacy code page. Such text is full of characters no spreadsheet writes:
 * replacement characters (bytes the encoding cannot read), control characters, private-use and
 * non-characters. A text file has next to none; a share over 2% is refused.
 */
export function isNotText(text: string): boolean {
	let odd = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20) {
			if (c !== 0x09 && c !== 0x0a && c !== 0x0d) odd++;
		} else if (c < 0x7f) continue;
		else if (
			(c >= 0x7f && c <= 0x9f) ||
			c === 0xfffd ||
			(c >= 0xe000 && c <= 0xf8ff) ||
			(c >= 0xfdd0 && c <= 0xfdef) ||
			c === 0xfffe ||
			c === 0xffff ||
			// A surrogate without its partner (TextDecoder writes U+FFFD for those, but a JS string
			// from elsewhere may hold them).
			(c >= 0xd800 && c <= 0xdfff && !isPairedSurrogate(text, i))
		)
			odd++;
	}
	return odd > 0 && odd / text.length > 0.02;
}

function isPairedSurrogate(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c <= 0xdbff) {
		const next = text.charCodeAt(i + 1);
		return next >= 0xdc00 && next <= 0xdfff;
	}
	const before = text.charCodeAt(i - 1);
	return before >= 0xd800 && before <= 0xdbff;
}

/**
 * Windows (`\r\n`), Unix (`\n`) and old Mac (`\r`) line endings, mixed in one file when lists
 * were pasted together, all become `\n`: a lone `\r` would otherwise join two rows.
 */
export function normalizeLineEndings(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;

/** Control characters (a NUL from a broken export, a form feed) never reach a card. */
export function removeControlCharacters(text: string): { text: string; removed: number } {
	let removed = 0;
	let kept = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (!isControl(text.charCodeAt(i))) continue;
		kept += text.slice(from, i);
		from = i + 1;
		removed++;
	}
	return removed === 0 ? { text, removed } : { text: kept + text.slice(from), removed };
}
