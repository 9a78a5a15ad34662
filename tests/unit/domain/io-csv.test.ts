/** Splitting a CSV file into rows: every data line accounted for, none swallowed by another. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvBytes, type ParsedCsv } from '../../../src/lib/domain/io-csv';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function parsed(bytes: Uint8Array): ParsedCsv {
	const result = parseCsvBytes(bytes);
	if (!result.ok) throw new Error(result.failure);
	return result.csv;
}

describe('a quote that never closes', () => {
	const csv = parsed(fixture('unclosed-quote.csv'));

	it('is reported on its own line, and the rows after it are read as rows', () => {
		expect(csv.dataLines).toBe(4);
		expect(csv.lineProblems).toEqual([
			{ line: 2, code: 'quote-broken', text: 'Ann,"Lee,ann@example.com,,' }
		]);
		expect(csv.rows.map((r) => r[0])).toEqual(['Bob', 'Cy', 'Dora']);
		expect(csv.rowLines).toEqual([3, 4, 5]);
	});

	it('leaves no cell holding another line', () => {
		for (const row of csv.rows) for (const cell of row) expect(cell).not.toContain('\n');
	});

	it('also when a later quote would close it by chance', () => {
		const text = 'a,b,c\n1,"two,3\n4,5,6\n7,"eight",9\n';
		const chance = parsed(utf8(text));
		expect(chance.dataLines).toBe(3);
		expect(chance.lineProblems.map((p) => p.line)).toEqual([2]);
		expect(chance.rows).toEqual([
			['4', '5', '6'],
			['7', 'eight', '9']
		]);
	});
});

describe('line endings', () => {
	it('Windows, Unix and old Mac endings mixed in one file are four rows', () => {
		const csv = parsed(fixture('mixed-line-endings.csv'));
		expect(csv.rows.map((r) => r[2])).toEqual([
			'ann@example.com',
			'bob@example.com',
			'cy@example.com',
			'dora@example.com'
		]);
		expect(csv.rowLines).toEqual([2, 3, 4, 5]);
		expect(csv.lineProblems).toEqual([]);
	});

	it('a note written over several lines in quotes stays one cell, counted from its first line', () => {
		const csv = parsed(utf8('name,notes,phone\nAnn,"first line\r\nsecond line",1\nBob,x,2\n'));
		expect(csv.rows).toEqual([
			['Ann', 'first line\nsecond line', '1'],
			['Bob', 'x', '2']
		]);
		expect(csv.rowLines).toEqual([2, 4]);
		expect(csv.dataLines).toBe(2);
	});
});

describe('cells that do not match the header', () => {
	it('a row with more or fewer cells is reported, trailing empty cells are not extra', () => {
		const csv = parsed(utf8('a,b,c\n1,2,3\n1,2,3,,\n1,2,3,4\n1,2\n'));
		expect(csv.rows).toEqual([
			['1', '2', '3'],
			['1', '2', '3']
		]);
		expect(csv.lineProblems.map(({ line, code, cells }) => ({ line, code, cells }))).toEqual([
			{ line: 4, code: 'cells-more', cells: 4 },
			{ line: 5, code: 'cells-fewer', cells: 2 }
		]);
		expect(csv.dataLines).toBe(4);
	});
});

describe('text that is not text', () => {
	it('control characters after the first 8 KB are taken out of the values and counted', () => {
		const filler = Array.from({ length: 400 }, (_, i) => `Name${i},x${i}@example.com`).join('\n');
		const csv = parsed(utf8(`name,email\n${filler}\nAn\u0000na,anna@example.com\n`));
		expect(csv.rows.at(-1)).toEqual(['Anna', 'anna@example.com']);
		expect(csv.controlCharactersRemoved).toBe(1);
	});

	it('a UTF-16 byte order mark followed by random bytes is refused', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
		const bytes = new Uint8Array(4096).map(random);
		bytes[0] = 0xff;
		bytes[1] = 0xfe;
		expect(parseCsvBytes(bytes)).toEqual({ ok: false, failure: 'binary' });
	});

	it('real UTF-16 text with its byte order mark is read', () => {
		const text = '\ufeffname,email\nשרה,sara@example.com\n';
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[2 * i] = text.charCodeAt(i) & 0xff;
			bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
		}
		expect(parsed(bytes).rows).toEqual([['שרה', 'sara@example.com']]);
	});

	it('random bytes in a legacy code page are refused', () => {
		let seed = 11;
		const bytes = new Uint8Array(4096).map(
			() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 254) + 1
		);
		expect(parseCsvBytes(bytes)).toEqual({ ok: false, failure: 'binary' });
	});
});

describe("Excel's sep= line", () => {
	it('counts lines as the file has them', () => {
		const csv = parsed(fixture('sales-10000-some-broken.csv'));
		expect(csv.delimiter).toBe(';');
		expect(csv.headerLine).toBe(2);
		expect(csv.rowLines[0]).toBe(3);
	});
});
