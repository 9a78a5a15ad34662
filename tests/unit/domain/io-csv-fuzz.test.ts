/**
 * A thousand generated CSV files, each with random quoting, line endings, encodings, delimiters,
 * column orders and broken rows: every data line is accounted for (read as its own row, or
 * reported), and no value crosses from one row into another.
 */
import { describe, expect, it } from 'vitest';
import { accountRows, accountsForEveryLine } from '../../../src/lib/domain/io-accounting';
import { parseCsvBytes } from '../../../src/lib/domain/io-csv';
import { planImport, emptyIndex, readRows } from '../../../src/lib/domain/io-import';
import { guessKind, guessMapping } from '../../../src/lib/domain/io-mapping';
import type { Delimiter } from '../../../src/lib/domain/io-text';

const FILES = 1000;

/** mulberry32: a small seeded generator, so a failure names its file by seed. */
function generator(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)];
	return { next, int, pick };
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1251';

const LATIN = 'abcdefghijklmnopqrstuvwxyzÀéüß ';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщыэюяЁ ';
const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשת ';
const TRICKY = [',', ';', '\t', '|', '"', '\n', "'"];

const COLUMNS = {
	firstName: ['First name', 'Имя', 'שם פרטי'],
	lastName: ['Last name', 'Фамилия', 'שם משפחה'],
	email: ['Email', 'Эл. почта', 'דוא"ל'],
	phone: ['Phone', 'Телефон', 'טלפון'],
	notes: ['Notes', 'Примечание', 'הערות'],
	amount: ['Amount', 'Сумма покупки', 'סכום'],
	saleDate: ['Date', 'Дата покупки', 'תאריך']
} as const;
type Column = keyof typeof COLUMNS;

function encode(text: string, encoding: Encoding): Uint8Array {
	if (encoding === 'utf-8') return new TextEncoder().encode(text);
	if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`);
	if (encoding === 'utf-16le') {
		const withBom = `\ufeff${text}`;
		const bytes = new Uint8Array(withBom.length * 2);
		for (let i = 0; i < withBom.length; i++) {
			bytes[2 * i] = withBom.charCodeAt(i) & 0xff;
			bytes[2 * i + 1] = withBom.charCodeAt(i) >> 8;
		}
		return bytes;
	}
	const table = new Map<string, number>();
	const decoder = new TextDecoder('windows-1251');
	for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
	return Uint8Array.from(
		[...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch)!))
	);
}

interface Generated {
	bytes: Uint8Array;
	encoding: Encoding;
	delimiter: Delimiter;
	/** The good rows by the line they start on. */
	good: Map<number, string[]>;
	/** Lines of rows written broken. */
	broken: Set<number>;
	dataLines: number;
}

function generate(seed: number): Generated {
	const g = generator(seed);
	const encoding = g.pick<Encoding>(['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1251']);
	const delimiter = g.pick<Delimiter>([',', ';', '\t', '|']);
	const alphabet =
		encoding === 'windows-1251' ? LATIN.slice(0, 26) + CYRILLIC : g.pick([LATIN, CYRILLIC, HEBREW]);
	// Windows-1251 has no Hebrew letters: its files get English or Russian headers.
	const language = g.int(encoding === 'windows-1251' ? 2 : 3);
	const columns = (Object.keys(COLUMNS) as Column[]).filter((c) => c === 'email' || g.next() < 0.7);
	columns.sort(() => g.next() - 0.5);
	const header = columns.map((c) => COLUMNS[c][language]);
	const word = (min = 1) =>
		Array.from({ length: min + g.int(8) }, () => g.pick([...alphabet]))
			.join('')
			.trim() || 'x';
	const cellOf = (column: Column, row: number): string => {
		switch (column) {
			case 'email':
				return `p${seed}x${row}@example.com`;
			case 'phone':
				return `050 ${100 + g.int(900)} ${1000 + g.int(9000)}`;
			case 'amount':
				return delimiter === ','
					? `${1 + g.int(500)}.${g.int(10)}0`
					: `${1 + g.int(500)},${g.int(10)}0`;
			case 'saleDate':
				return `2024-0${1 + g.int(9)}-1${g.int(9)}`;
			case 'notes': {
				const note = Array.from({ length: 1 + g.int(3) }, () =>
					g.next() < 0.3 ? g.pick(TRICKY) : word()
				).join(g.next() < 0.5 ? ' ' : '');
				// A cell over several lines that ends in the delimiter reads like a swallowed row
				// (the reader reports it); the generator keeps its files unambiguous.
				return note.endsWith(delimiter) ? `${note}.` : note;
			}
			default:
				return word(2);
		}
	};
	const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
	const needsQuotes = (cell: string) => /["\n\r]/.test(cell) || cell.includes(delimiter);
	const write = (cells: string[]) =>
		cells.map((c) => (needsQuotes(c) || g.next() < 0.2 ? quote(c) : c)).join(delimiter);
	const ending = () => g.pick(['\r\n', '\n', '\r']);

	let text = write(header) + ending();
	let line = 2;
	const good = new Map<number, string[]>();
	const broken = new Set<number>();
	const rows = 1 + g.int(25);
	let afterOpenQuote = false;
	for (let r = 0; r < rows; r++) {
		const cells = columns.map((c) => cellOf(c, r));
		// Right after a quote left open, a row with quotes of its own could close it as if the two
		// lines were one record with a cell over two lines: a file no reader can tell apart. The
		// row after an open quote is written without quotes, and so is told apart.
		const flatten = afterOpenQuote;
		afterOpenQuote = false;
		if (flatten)
			for (let i = 0; i < cells.length; i++)
				cells[i] = cells[i]
					.replace(/[\n\r"]/g, ' ')
					.split(delimiter)
					.join(' ');
		const kind = g.next();
		// A broken row stays on one line: its cells lose their line breaks and quotes.
		const flat = () =>
			cells.map((c) =>
				c
					.replace(/[\n\r"]/g, ' ')
					.split(delimiter)
					.join(' ')
			);
		let written: string;
		if (kind < 0.08) {
			// A quote opened in a cell and never closed.
			const at = g.int(cells.length);
			written = flat()
				.map((c, i) => (i === at ? `"${c}` : c))
				.join(delimiter);
			broken.add(line);
			afterOpenQuote = true;
		} else if (kind < 0.14) {
			written = [...flat(), 'extra'].join(delimiter);
			broken.add(line);
		} else if (kind < 0.2 && cells.length > 1) {
			written = flat().slice(0, -1).join(delimiter);
			broken.add(line);
		} else {
			written = write(cells);
			// What the reader should give back: line breaks inside cells become "\n".
			good.set(
				line,
				cells.map((c) => c.replace(/\r\n?/g, '\n'))
			);
		}
		text += written + ending();
		// A broken row is one line; a good one as many as its cells' line breaks make.
		line += 1 + (broken.has(line) ? 0 : (written.match(/\r\n|\r|\n/g) ?? []).length);
	}
	return { bytes: encode(text, encoding), encoding, delimiter, good, broken, dataLines: rows };
}

describe(`${FILES} generated CSV files`, () => {
	it('account for every data line and keep every value in its own row', () => {
		for (let seed = 1; seed <= FILES; seed++) {
			const file = generate(seed);
			// The encoding and delimiter as the owner confirms them on screen: guessing them from a
			// few short rows of random text is not what this checks.
			const result = parseCsvBytes(file.bytes, {
				encoding: file.encoding === 'windows-1251' ? 'windows-1251' : undefined,
				delimiter: file.delimiter
			});
			if (!result.ok) throw new Error(`seed ${seed}: ${result.failure}`);
			const csv = result.csv;
			const where = `seed ${seed}`;
			expect(csv.dataLines, where).toBe(file.dataLines);
			expect(csv.rows.length + csv.lineProblems.length, where).toBe(file.dataLines);
			// Each row read is a good row, whole, on its own line: nothing crossed a row boundary.
			csv.rows.forEach((row, i) => {
				expect(row, `${where}, line ${csv.rowLines[i]}`).toEqual(file.good.get(csv.rowLines[i]));
			});
			expect(new Set(csv.rowLines), where).toEqual(new Set(file.good.keys()));
			expect(new Set(csv.lineProblems.map((p) => p.line)), where).toEqual(file.broken);

			// And through reading and planning, the three counts still add up to the file's lines.
			const mapping = guessMapping(csv.header);
			const read = readRows(csv.rows, {
				kind: guessKind(mapping),
				mapping,
				dateOrder: 'ymd',
				decimalMark: file.delimiter === ',' ? '.' : ',',
				perMajor: 100,
				currency: 'EUR',
				today: '2026-12-03',
				rowLines: csv.rowLines
			});
			const plan = planImport(
				read,
				emptyIndex(),
				() => undefined,
				(ref) => `Customer ${ref}`
			);
			expect(accountsForEveryLine(accountRows(csv, read, plan)), where).toBe(true);
		}
	}, 60_000);
});
