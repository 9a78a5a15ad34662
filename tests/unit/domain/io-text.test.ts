/** Encodings, BOM, Excel's sep= line and delimiters, on bytes as real exports write them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	decodeBytes,
	detectDelimiter,
	guessEncoding,
	looksBinary,
	stripSepLine
} from '../../../src/lib/domain/io-text';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url)));

describe('guessEncoding', () => {
	it('reads UTF-8 with and without BOM as UTF-8', () => {
		expect(guessEncoding(fixture('ru-sales-utf8-bom.csv'))).toBe('utf-8');
		expect(guessEncoding(new TextEncoder().encode('Ωμέγα,Армения,Հայաստան'))).toBe('utf-8');
	});
	it('recognises Cyrillic in windows-1251 and Hebrew in windows-1255', () => {
		expect(guessEncoding(fixture('ru-sales-windows-1251.csv'))).toBe('windows-1251');
		expect(guessEncoding(fixture('he-customers-windows-1255.csv'))).toBe('windows-1255');
	});
	it('falls back to Western for accented Latin', () => {
		expect(guessEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x4d, 0xfc, 0x6c]))).toBe(
			'windows-1252'
		);
	});
});

describe('decodeBytes', () => {
	it('drops the BOM and decodes both Russian files to the same text', () => {
		const a = decodeBytes(fixture('ru-sales-utf8-bom.csv'), 'utf-8');
		const b = decodeBytes(fixture('ru-sales-windows-1251.csv'), 'windows-1251');
		expect(a.charCodeAt(0)).not.toBe(0xfeff);
		expect(a).toBe(b);
		expect(a.startsWith('Номер чека;Дата')).toBe(true);
	});
	it('decodes windows-1255 Hebrew', () => {
		const text = decodeBytes(fixture('he-customers-windows-1255.csv'), 'windows-1255');
		expect(text.startsWith('שם פרטי,שם משפחה')).toBe(true);
	});
});

describe('stripSepLine and detectDelimiter', () => {
	it("honours Excel's sep= line", () => {
		expect(stripSepLine('sep=;\r\na;b\n1;2')).toEqual({ text: 'a;b\n1;2', declared: ';' });
		expect(stripSepLine('a,b\n1,2')).toEqual({ text: 'a,b\n1,2' });
	});
	it('finds comma, semicolon and tab', () => {
		expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
		expect(detectDelimiter('Сумма;Дата\n"1 234,50";05.01.2024\n12,00;06.01.2024')).toBe(';');
		expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
	});
	it('is not fooled by decimal commas inside semicolon rows', () => {
		expect(detectDelimiter('name;amount\nDana;12,50\nYossi;7,25\nMiri;1,00')).toBe(';');
	});
	it('ignores delimiters inside quotes', () => {
		expect(detectDelimiter('name,note\n"Cohen; Dana","a; b"\n"Levi; Y","c"')).toBe(',');
	});
});

describe('looksBinary', () => {
	it('flags binary bytes and passes text', () => {
		expect(looksBinary(fixture('binary.csv'))).toBe(true);
		expect(looksBinary(fixture('he-customers.csv'))).toBe(false);
		expect(looksBinary(fixture('ru-sales-windows-1251.csv'))).toBe(false);
	});
});
