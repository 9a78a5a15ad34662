import { describe, expect, it } from 'vitest';
import {
	renderLetter,
	unknownFields,
	type LetterContext,
	type LetterRecipient
} from '../../../src/lib/domain/letters';
import { english } from '../../../src/lib/domain/letters-lang-en';
import { armenian } from '../../../src/lib/domain/letters-lang-hy';
import { builtInTemplate, letterLanguage } from '../../../src/lib/domain/letters-languages';

const anna: LetterRecipient = {
	salutation: 'Տիկին',
	firstName: 'Աննա',
	lastName: 'Պետրոսյան',
	address: { street: 'Աբովյան 10', postalCode: '0001', city: 'Երևան', country: 'Հայաստան' },
	lastPurchase: '2024-03-05',
	points: 1250,
	voucherCode: 'ABCD-1234',
	group: 'Վարդասերներ'
};

const nobody: LetterRecipient = {
	salutation: '',
	firstName: '',
	lastName: '',
	address: { street: '', postalCode: '', city: '', country: '' }
};

function context(recipient: LetterRecipient): LetterContext {
	return {
		recipient,
		shop: { name: 'Ֆլորա', address: 'Մաշտոցի 2', phone: '010-555-123', signature: 'Ռուզաննա' },
		campaign: { offer: '10% զեղչ վարդերի համար', eventDate: '2024-12-12' },
		today: '2024-11-20'
	};
}

/** The merge fields a template uses, in order of first use. */
function fieldsOf(body: string): string[] {
	return [...new Set([...body.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]))];
}

describe('Armenian letters', () => {
	it('has a template for every key the English module has, using the same merge fields', () => {
		expect(armenian.templates.map((t) => t.key)).toEqual(english.templates.map((t) => t.key));
		for (const en of english.templates) {
			const hy = armenian.templates.find((t) => t.key === en.key);
			expect(hy, en.key).toBeDefined();
			expect(hy!.name.length).toBeGreaterThan(0);
			expect(hy!.name).not.toBe(en.name);
			expect(unknownFields(hy!.body)).toEqual([]);
			expect(fieldsOf(hy!.body).sort(), en.key).toEqual(fieldsOf(en.body).sort());
		}
	});

	it('renders every template with and without data, leaving no placeholder unfilled', () => {
		for (const template of armenian.templates) {
			for (const recipient of [anna, nobody]) {
				const { text, unknown } = renderLetter(template.body, context(recipient), armenian);
				expect(unknown).toEqual([]);
				expect(text, template.key).not.toMatch(/\{\{|\}\}/);
				expect(text.startsWith(armenian.greeting(recipient))).toBe(true);
				// No English words left in the letter itself (the test data is Armenian, but for the code).
				expect(text.replace('ABCD-1234', ''), template.key).not.toMatch(/[A-Za-z]{3,}/);
			}
		}
	});

	it('greets politely, with a fallback when the name is missing', () => {
		expect(armenian.greeting(anna)).toBe('Հարգելի Տիկին Պետրոսյան,');
		expect(armenian.greeting({ ...anna, salutation: '' })).toBe('Հարգելի Աննա,');
		expect(armenian.greeting({ ...nobody, lastName: 'Պետրոսյան' })).toBe('Հարգելի Պետրոսյան,');
		expect(armenian.greeting(nobody)).toBe('Հարգելի հաճախորդ,');
		const { text } = renderLetter('{{firstName}}', context(nobody), armenian);
		expect(text).toBe('հաճախորդ');
	});

	it('formats dates and numbers with Intl for Armenian', () => {
		expect(armenian.formatDate('2024-03-05')).toBe(
			new Intl.DateTimeFormat('hy', { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date('2024-03-05T12:00:00Z')
			)
		);
		expect(armenian.formatNumber(1250)).toBe(new Intl.NumberFormat('hy').format(1250));
	});

	it('is the letter language for the Armenian UI', () => {
		expect(armenian.dir).toBe('ltr');
		expect(letterLanguage('hy')).toBe(armenian);
		expect(letterLanguage('hy-AM')).toBe(armenian);
		expect(builtInTemplate('hy', 'birthday').name).toBe('Ծննդյան օր');
	});
});
