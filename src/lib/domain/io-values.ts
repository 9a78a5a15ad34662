/** Reading dates and amounts the way a whole spreadsheet column writes them. */
import { isValidIsoDate } from './dates';
import type { IsoDate, Minor } from './types';

/** Order of day, month and year in a date written with numbers only. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';
export type DecimalMark = '.' | ',';

export interface ColumnGuess<T> {
	value: T;
	/** False when the column never showed which it is (every date had day and month <= 12). */
	certain: boolean;
	/** True when values contradict each other (some only day-first, some only month-first). */
	mixed: boolean;
	/** Values that told which way the column is written, of the values read. */
	votes: number;
	of: number;
	/** A value of the column that shows it (for the owner to see why). */
	example?: string;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
const NUMERIC = /^(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{1,4})\.?(?:[T\s,]+.*)?$/;

function expandYear(text: string): number {
	const year = Number(text);
	if (text.length > 2) return year;
	return year < 50 ? 2000 + year : 1900 + year;
}

function iso(year: number, month: number, day: number): IsoDate | undefined {
	const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return isValidIsoDate(text) ? text : undefined;
}

/** Decides the order from every value of the column, so one 13/01 settles it for all. */
export function detectDateOrder(values: readonly string[]): ColumnGuess<DateOrder> {
	const counts = { iso: 0, dayFirst: 0, monthFirst: 0, yearFirst: 0, read: 0 };
	const examples: Partial<Record<keyof typeof counts, string>> = {};
	const vote = (kind: keyof typeof counts, value: string) => {
		counts[kind]++;
		examples[kind] ??= value;
	};
	for (const raw of values) {
		const value = raw.trim();
		if (!value) continue;
		counts.read++;
		if (ISO.test(value)) {
			vote('iso', value);
			continue;
		}
		const match = NUMERIC.exec(value);
		if (!match) continue;
		const a = Number(match[1]);
		const b = Number(match[2]);
		if (match[1].length === 4) vote('yearFirst', value);
		else if (a > 12 && b <= 12) vote('dayFirst', value);
		else if (b > 12 && a <= 12) vote('monthFirst', value);
	}
	const of = counts.read;
	if (counts.dayFirst > 0 && counts.monthFirst > 0) {
		const day = counts.dayFirst >= counts.monthFirst;
		return {
			value: day ? 'dmy' : 'mdy',
			certain: false,
			mixed: true,
			votes: day ? counts.dayFirst : counts.monthFirst,
			of,
			example: day ? examples.dayFirst : examples.monthFirst
		};
	}
	if (counts.dayFirst > 0)
		return {
			value: 'dmy',
			certain: true,
			mixed: false,
			votes: counts.dayFirst,
			of,
			example: examples.dayFirst
		};
	if (counts.monthFirst > 0)
		return {
			value: 'mdy',
			certain: true,
			mixed: false,
			votes: counts.monthFirst,
			of,
			example: examples.monthFirst
		};
	if (counts.iso > 0 || counts.yearFirst > 0)
		return {
			value: 'ymd',
			certain: true,
			mixed: false,
			votes: counts.iso + counts.yearFirst,
			of,
			example: examples.iso ?? examples.yearFirst
		};
	// Nothing told: day first is what most of the world writes; the owner is asked to confirm.
	return { value: 'dmy', certain: false, mixed: false, votes: 0, of };
}

/** `YYYY-MM-DD`, or undefined for a value that is not a real day in the given order. */
export function parseDateValue(raw: string, order: DateOrder): IsoDate | undefined {
	const value = raw.trim();
	const isoMatch = ISO.exec(value);
	if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
	const match = NUMERIC.exec(value);
	if (!match) return undefined;
	if (match[1].length === 4) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
	if (match[3].length !== 2 && match[3].length !== 4) return undefined;
	const year = expandYear(match[3]);
	const a = Number(match[1]);
	const b = Number(match[2]);
	return order === 'mdy' ? iso(year, a, b) : iso(year, b, a);
}

// Spaces of every kind and apostrophes group thousands ("1 234,50", "1'234.50").
const GROUPING = /[\s\u00a0\u202f\u2009'’]/g;

function cleanNumber(raw: string): { text: string; negative: boolean } | undefined {
	let text = raw.replace(GROUPING, '').replace(/\p{Sc}/gu, '');
	let negative = false;
	if (/^\(.*\)$/.test(text)) {
		negative = true;
		text = text.slice(1, -1);
	}
	if (/^[-−]/.test(text)) {
		negative = !negative;
		text = text.slice(1);
	} else if (/[-−]$/.test(text)) {
		negative = !negative;
		text = text.slice(0, -1);
	} else if (text.startsWith('+')) text = text.slice(1);
	if (!/^[\d.,]*\d[\d.,]*$/.test(text)) return undefined;
	return { text, negative };
}

/** Decides the decimal mark from the whole column: "12,50" votes comma, "1,234.50" votes point. */
export function detectDecimalMark(values: readonly string[]): ColumnGuess<DecimalMark> {
	let comma = 0;
	let point = 0;
	let read = 0;
	let commaExample: string | undefined;
	let pointExample: string | undefined;
	for (const raw of values) {
		const cleaned = cleanNumber(raw);
		if (!cleaned) continue;
		read++;
		const { text } = cleaned;
		const lastComma = text.lastIndexOf(',');
		const lastPoint = text.lastIndexOf('.');
		let vote: DecimalMark | undefined;
		if (lastComma >= 0 && lastPoint >= 0) vote = lastComma > lastPoint ? ',' : '.';
		else if (lastComma >= 0) {
			// "1,234" alone could be either; "12,5" or "1,2345" or "1,234,567" decide.
			if (/^\d{1,3}(,\d{3})+$/.test(text)) {
				if ((text.match(/,/g) ?? []).length > 1) vote = '.';
			} else vote = ',';
		} else if (lastPoint >= 0) {
			if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
				if ((text.match(/\./g) ?? []).length > 1) vote = ',';
			} else vote = '.';
		}
		if (vote === ',') {
			comma++;
			commaExample ??= raw.trim();
		} else if (vote === '.') {
			point++;
			pointExample ??= raw.trim();
		}
	}
	if (comma > 0 && point > 0) {
		const byComma = comma > point;
		return {
			value: byComma ? ',' : '.',
			certain: false,
			mixed: true,
			votes: byComma ? comma : point,
			of: read,
			example: byComma ? commaExample : pointExample
		};
	}
	if (comma > 0)
		return {
			value: ',',
			certain: true,
			mixed: false,
			votes: comma,
			of: read,
			example: commaExample
		};
	if (point > 0)
		return {
			value: '.',
			certain: true,
			mixed: false,
			votes: point,
			of: read,
			example: pointExample
		};
	return { value: '.', certain: false, mixed: false, votes: 0, of: read };
}

export type AmountParse =
	{ ok: true; minor: Minor } | { ok: false; error: 'empty' | 'invalid' | 'decimal-mark' };

/**
 * An amount in minor units, rounded half away from zero on the decimal digits themselves, so
 * "22.200000000000003" is 2220 and "1.005" is 101 (no binary floating point on the way).
 *
 * A thousands separator is only read as one before groups of exactly three digits: under a
 * decimal point, "1250,50" is not 125,050 but an amount written with the other decimal mark
 * ('decimal-mark'), so a wrong choice of mark is reported row by row, never read 100 times larger.
 */
export function parseAmountValue(raw: string, mark: DecimalMark, perMajor = 100): AmountParse {
	if (raw.trim() === '') return { ok: false, error: 'empty' };
	const cleaned = cleanNumber(raw.trim());
	if (!cleaned) return { ok: false, error: 'invalid' };
	const grouping = mark === ',' ? '.' : ',';
	const parts = cleaned.text.split(mark);
	if (parts.length > 2) return { ok: false, error: 'invalid' };
	const [grouped, fraction = ''] = parts;
	if (fraction.includes(grouping)) return { ok: false, error: 'decimal-mark' };
	if (grouped.includes(grouping) && !groupedThousands(grouped, grouping))
		return { ok: false, error: 'decimal-mark' };
	const whole = grouped.split(grouping).join('') || '0';
	const digits = Math.round(Math.log10(perMajor));
	let minor = Number(whole) * perMajor + Number(fraction.slice(0, digits).padEnd(digits, '0') || 0);
	if (fraction.length > digits && Number(fraction[digits]) >= 5) minor += 1;
	if (!Number.isSafeInteger(minor)) return { ok: false, error: 'invalid' };
	return { ok: true, minor: cleaned.negative && minor !== 0 ? -minor : minor };
}

function groupedThousands(text: string, grouping: string): boolean {
	const [head, ...groups] = text.split(grouping);
	return /^\d{1,3}$/.test(head) && groups.every((g) => /^\d{3}$/.test(g));
}

/**
 * The typical amount (the median) of a column read with each decimal mark, when the chosen one
 * reads it at least 50 times larger than the other: the sign of a wrong decimal mark. Undefined
 * when the two readings agree or the column has no amounts.
 */
export function amountScaleWarning(
	values: readonly string[],
	chosen: DecimalMark,
	perMajor = 100
): { chosen: Minor; other: Minor } | undefined {
	const median = (mark: DecimalMark) => {
		const read: number[] = [];
		for (const value of values) {
			const parsed = parseAmountValue(value, mark, perMajor);
			if (parsed.ok && parsed.minor > 0) read.push(parsed.minor);
		}
		if (read.length === 0) return undefined;
		read.sort((a, b) => a - b);
		return read[Math.floor(read.length / 2)];
	};
	const withChosen = median(chosen);
	const withOther = median(chosen === '.' ? ',' : '.');
	if (withChosen === undefined || withOther === undefined) return undefined;
	return withChosen >= withOther * 50 ? { chosen: withChosen, other: withOther } : undefined;
}

/** Yes/no columns ("consent", "newsletter") in the languages we read. */
export function parseYesNo(raw: string): boolean | undefined {
	const value = raw.trim().toLowerCase();
	if (value === '') return undefined;
	if (
		['1', 'y', 'yes', 'true', 'x', '✓', 'да', 'כן', 'ναι', 'այո', 'oui', 'ja', 'si', 'sí'].includes(
			value
		)
	)
		return true;
	if (['0', 'n', 'no', 'false', 'нет', 'לא', 'όχι', 'οχι', 'ոչ', 'non', 'nein'].includes(value))
		return false;
	return undefined;
}
