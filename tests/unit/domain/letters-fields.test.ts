import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MERGE_FIELDS, unknownFields } from '../../../src/lib/domain/letters';
import {
	fieldNameProblems,
	fieldResolver,
	withOwnerNames,
	withStoredNames,
	type FieldNames
} from '../../../src/lib/domain/letters-fields';

/** The names as the owner reads them, from the catalogs the UI uses. */
function namesIn(locale: string): FieldNames {
	const catalog = JSON.parse(readFileSync(`messages/letters/${locale}.json`, 'utf8')) as Record<
		string,
		unknown
	>;
	return Object.fromEntries(
		MERGE_FIELDS.map((field) => [field, catalog[`letters_field_${field}`]])
	) as FieldNames;
}

const russian = namesIn('ru');
const english = namesIn('en');

describe('merge field names in the owner language', () => {
	for (const locale of ['en', 'he', 'el', 'ru', 'hy']) {
		it(`${locale}: every field has a name, none twice, none another field's stored name`, () => {
			const names = namesIn(locale);
			for (const field of MERGE_FIELDS) expect(typeof names[field]).toBe('string');
			expect(fieldNameProblems(names)).toEqual([]);
		});

		it(`${locale}: a built-in text survives the round trip through the editor unchanged`, () => {
			const names = namesIn(locale);
			const stored = MERGE_FIELDS.map((f) => `{{${f}}}`).join('\n') + '\n{{nickname}}';
			const shown = withOwnerNames(stored, names);
			expect(withStoredNames(shown, names)).toBe(stored);
		});
	}

	it('shows stored fields by their names and stores what the owner typed neutrally', () => {
		const stored = '{{greeting}}\n\nВаш код: {{voucherCode}}, {{ firstName }}!';
		const shown = withOwnerNames(stored, russian);
		expect(shown).toBe('{{приветствие}}\n\nВаш код: {{код купона}}, {{имя}}!');
		expect(withStoredNames(shown, russian)).toBe(
			'{{greeting}}\n\nВаш код: {{voucherCode}}, {{firstName}}!'
		);
	});

	it('reads names typed in any case or spacing, and the stored names too', () => {
		const resolve = fieldResolver(english);
		expect(resolve('First  Name')).toBe('firstName');
		expect(resolve(' voucher code ')).toBe('voucherCode');
		expect(resolve('shopName')).toBe('shopName');
		expect(resolve('nickname')).toBeUndefined();
		expect(withStoredNames('{{ Shop Name }} {{lastName}}', english)).toBe(
			'{{shopName}} {{lastName}}'
		);
	});

	it('leaves unknown fields and stray braces as typed', () => {
		const text = 'Hi {{nickname}} {{ x y }} {{ broken';
		expect(withStoredNames(text, english)).toBe(text);
		expect(withOwnerNames(text, english)).toBe(text);
	});

	it('flags as unknown only what is neither a name nor a stored name, where the owner typed it', () => {
		const resolve = fieldResolver(russian);
		const known = (name: string) => resolve(name) !== undefined;
		expect(unknownFields('{{имя}} {{firstName}}\n{{ник}}', known)).toEqual([
			{ name: 'ник', start: 22, end: 29, line: 2, column: 1 }
		]);
	});

	it('finds clashing names', () => {
		expect(fieldNameProblems({ ...english, lastName: 'First name' })).toHaveLength(1);
		expect(fieldNameProblems({ ...english, offer: '{offer}' }).length).toBeGreaterThan(0);
		expect(fieldNameProblems({ ...english, offer: 'today' }).length).toBeGreaterThan(0);
	});
});
