/** vCards as Android (2.1, quoted-printable), iOS (3.0) and Google (4.0) export them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { readVcards, writeVcard3 } from '../../../src/lib/domain/io-vcard';

const fixture = (name: string) =>
	readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url), 'utf8');
const TODAY = '2026-11-23';

describe('readVcards', () => {
	it('reads Android 2.1 quoted-printable UTF-8 names in every script, and soft line breaks', () => {
		const read = readVcards(fixture('android-2.1.vcf'), TODAY);
		expect(read.total).toBe(5);
		expect(read.errors).toEqual([]);
		expect(read.customers.map((c) => [c.fields.firstName, c.fields.lastName])).toEqual([
			['דנה', 'כהן'],
			['Мария', 'Иванова'],
			['Ελένη', 'Παπαδοπούλου'],
			['Արամ', 'Պետրոսյան'],
			['יוסי', 'לוי']
		]);
		expect(read.customers[0].fields.phone).toBe('050-123-4567');
		expect(read.customers[0].fields.email).toBe('dana@example.co.il');
		expect(read.customers[4].fields.notes).toBe('לקוחה ותיקה, אוהבת ורדים לבנים ושוקולד מריר מאוד');
	});

	it('reads iOS 3.0: grouped properties, preferred phone, address, escapes; reports a nameless card', () => {
		const read = readVcards(fixture('ios-3.0.vcf'), TODAY);
		expect(read.total).toBe(2);
		const maria = read.customers[0].fields;
		expect(maria).toMatchObject({
			salutation: 'Mrs',
			firstName: 'Maria',
			lastName: 'Papadopoulos',
			email: 'maria@example.gr',
			phone: '+30 690 111 2222',
			birthday: '1980-05-17',
			notes: 'Prefers orchids, not roses.\nCall before noon.',
			tags: ['vip', 'orchids'],
			address: { street: 'Odos Ermou 1', city: 'Athens', postalCode: '10558', country: 'Greece' }
		});
		expect(read.errors).toEqual([{ row: 2, field: 'name', code: 'name-required', value: '' }]);
	});

	it('reads Google 4.0 with tel: URIs and a birthday without a year', () => {
		const read = readVcards(fixture('google-4.0.vcf'), TODAY);
		expect(read.customers[0].fields).toMatchObject({
			firstName: 'Արամ',
			lastName: 'Պետրոսյան',
			phone: '+374-91-123456',
			email: 'aram@example.am',
			birthday: ''
		});
	});

	it('reads nothing from text that holds no card', () => {
		expect(readVcards('hello', TODAY)).toEqual({
			customers: [],
			sales: [],
			errors: [],
			total: 0,
			okRows: 0
		});
	});
});

describe('writeVcard3', () => {
	it('writes cards that read back the same, escaped and folded', () => {
		const dana = {
			...emptyCustomerFields(),
			firstName: 'דנה',
			lastName: 'כהן; לוי',
			phone: '+972 50 123 4567',
			email: 'dana@example.co.il',
			birthday: '1985-03-14',
			tags: ['roses', 'gifts'],
			notes: 'Line one, with a comma\nLine two ' + 'x'.repeat(120),
			address: { street: 'Herzl 1', postalCode: '6100000', city: 'Tel Aviv', country: 'Israel' }
		};
		const gone = { ...emptyCustomerFields(), firstName: 'Gone', deletedAt: 1 };
		const text = writeVcard3([dana, gone]);
		expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nN:כהן\\; לוי;דנה;;;\r\n')).toBe(true);
		expect(text).not.toContain('Gone');
		expect(text.split('\r\n').every((line) => [...line].length <= 75)).toBe(true);
		const back = readVcards(text, TODAY);
		expect(back.customers).toHaveLength(1);
		expect(back.customers[0].fields).toEqual({ ...dana });
	});
});
