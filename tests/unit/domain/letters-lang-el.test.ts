import { describe, expect, it } from 'vitest';
import {
	renderLetter,
	unknownFields,
	type LetterContext,
	type LetterRecipient
} from '../../../src/lib/domain/letters';
import { english } from '../../../src/lib/domain/letters-lang-en';
import { greek } from '../../../src/lib/domain/letters-lang-el';
import {
	builtInTemplate,
	LETTER_LANGUAGES,
	letterLanguage
} from '../../../src/lib/domain/letters-languages';

const maria: LetterRecipient = {
	salutation: 'κα',
	firstName: 'Μαρία',
	lastName: 'Παπαδοπούλου',
	address: { street: 'Ερμού 12', postalCode: '105 63', city: 'Αθήνα', country: 'Ελλάδα' },
	lastPurchase: '2024-03-05',
	points: 1250,
	voucherCode: 'K7QM-4XRT-B',
	group: 'Λάτρεις των τριαντάφυλλων'
};

const noData: Partial<LetterRecipient> = {
	salutation: '',
	firstName: '',
	lastName: '',
	address: { street: '', postalCode: '', city: '', country: '' },
	lastPurchase: undefined,
	points: undefined,
	voucherCode: undefined,
	group: undefined
};

function context(recipient: Partial<LetterRecipient> = {}): LetterContext {
	return {
		recipient: { ...maria, ...recipient },
		shop: { name: 'Άνθη', address: 'Αιόλου 3', phone: '210 555 1234', signature: 'Ρούλα' },
		campaign: { offer: '10% έκπτωση στα τριαντάφυλλα', eventDate: '2024-12-12' },
		today: '2024-11-20'
	};
}

function greet(recipient: Partial<LetterRecipient>): string {
	return greek.greeting({ ...maria, ...noData, ...recipient });
}

describe('Greek letters', () => {
	it('has a Greek template for every key the English module has', () => {
		const keys = english.templates.map((t) => t.key);
		expect(greek.templates.map((t) => t.key)).toEqual(keys);
		for (const key of keys) {
			const el = builtInTemplate('el', key);
			const en = builtInTemplate('en', key);
			expect(el.name).not.toBe(en.name);
			expect(el.body).not.toBe(en.body);
			expect(unknownFields(el.body)).toEqual([]);
		}
	});

	it('renders every template with no merge field left unfilled, with or without data', () => {
		for (const template of greek.templates) {
			for (const ctx of [context(), context(noData)]) {
				const { text, unknown } = renderLetter(template.body, ctx, greek);
				expect(unknown).toEqual([]);
				expect(text).not.toMatch(/\{\{|\}\}/);
				// Greek text only: no English word slipped through outside the customer's data.
				expect(text.replace(/K7QM-4XRT-B/g, '')).not.toMatch(/[A-Za-z]/);
			}
		}
	});

	it('fills a full letter in Greek, with Greek dates and numbers', () => {
		const { text } = renderLetter(builtInTemplate('el', 'we-miss-you').body, context(), greek);
		expect(text.startsWith('Αγαπητή κυρία Παπαδοπούλου,\n\n')).toBe(true);
		expect(text).toContain('από τις 5 Μαρτίου 2024');
		expect(text).toContain('Ο προσωπικός σας κωδικός: K7QM-4XRT-B');
		expect(text.endsWith('Με θερμούς χαιρετισμούς,\n\nΡούλα\nΆνθη\n210 555 1234')).toBe(true);
		const thanks = renderLetter(builtInTemplate('el', 'thank-you').body, context(), greek).text;
		expect(thanks).toContain('Στην κάρτα σας έχετε 1.250 πόντους.');
	});

	it('keeps the invitation when no event date is set, leaving out only the date line', () => {
		const ctx = context();
		ctx.campaign.eventDate = undefined;
		const { text } = renderLetter(builtInTemplate('el', 'invitation').body, ctx, greek);
		expect(text).toContain('Σας προσκαλούμε σε μια βραδιά μόνο για τους πελάτες μας.');
		expect(text).not.toContain('Ημερομηνία:');
		const dated = renderLetter(builtInTemplate('el', 'invitation').body, context(), greek).text;
		expect(dated).toContain('Ημερομηνία: 12 Δεκεμβρίου 2024');
	});

	it('greets a woman with κυρία and her surname as it is', () => {
		expect(greet({ salutation: 'κα', firstName: 'Μαρία', lastName: 'Παπαδοπούλου' })).toBe(
			'Αγαπητή κυρία Παπαδοπούλου,'
		);
		expect(greet({ salutation: 'Mrs', firstName: 'Dana', lastName: 'Cohen' })).toBe(
			'Αγαπητή κυρία Cohen,'
		);
		expect(greet({ salutation: 'κυρία', firstName: 'Ελένη' })).toBe('Αγαπητή κυρία Ελένη,');
	});

	it('greets a man with κύριε and his name in the vocative', () => {
		expect(greet({ salutation: 'κ.', lastName: 'Παπαδόπουλος' })).toBe(
			'Αγαπητέ κύριε Παπαδόπουλε,'
		);
		expect(greet({ salutation: 'κ.', lastName: 'Βενιζέλος' })).toBe('Αγαπητέ κύριε Βενιζέλο,');
		expect(greet({ salutation: 'κ.', lastName: 'Ζερβός' })).toBe('Αγαπητέ κύριε Ζερβέ,');
		expect(greet({ salutation: 'κ.', lastName: 'Παπαδάκης' })).toBe('Αγαπητέ κύριε Παπαδάκη,');
		expect(greet({ salutation: 'κ.', lastName: 'Οικονόμου' })).toBe('Αγαπητέ κύριε Οικονόμου,');
		expect(greet({ salutation: 'Mr', lastName: 'Smith' })).toBe('Αγαπητέ κύριε Smith,');
		expect(greet({ salutation: 'Κος', lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ' })).toBe(
			'Αγαπητέ κύριε ΠΑΠΑΔΟΠΟΥΛΕ,'
		);
	});

	it('greets by first name when there is no title, knowing Greek names by their ending', () => {
		expect(greet({ firstName: 'Μαρία', lastName: 'Παπαδοπούλου' })).toBe('Αγαπητή Μαρία,');
		expect(greet({ firstName: 'Γιώργος', lastName: 'Παπαδόπουλος' })).toBe('Αγαπητέ Γιώργο,');
		expect(greet({ firstName: 'Κώστας' })).toBe('Αγαπητέ Κώστα,');
		expect(greet({ firstName: 'Γιάννης' })).toBe('Αγαπητέ Γιάννη,');
		expect(greet({ firstName: 'Θεόδωρος' })).toBe('Αγαπητέ Θεόδωρε,');
	});

	it('greets without a gendered word when the gender is not known', () => {
		expect(greet({ firstName: 'Dana', lastName: 'Cohen' })).toBe('Γεια σας, Dana Cohen,');
		expect(greet({ salutation: 'Δρ', lastName: 'Οικονόμου' })).toBe('Γεια σας, Δρ Οικονόμου,');
		expect(greet({})).toBe('Αγαπητή πελάτισσα, αγαπητέ πελάτη,');
	});

	it('is registered as the Greek, left-to-right letter language', () => {
		expect(LETTER_LANGUAGES.el).toBe(greek);
		expect(letterLanguage('el-GR')).toBe(greek);
		expect(greek.dir).toBe('ltr');
		expect(greek.formatDate('2024-12-31')).toBe('31 Δεκεμβρίου 2024');
	});
});
