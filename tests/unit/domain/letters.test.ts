import { describe, expect, it } from 'vitest';
import {
	addressLines,
	MERGE_FIELDS,
	paragraphsOf,
	parseTemplate,
	renderLetter,
	TEMPLATE_KEYS,
	unknownFields,
	type LetterContext,
	type LetterRecipient
} from '../../../src/lib/domain/letters';
import { english } from '../../../src/lib/domain/letters-lang-en';
import { hebrew } from '../../../src/lib/domain/letters-lang-he';
import {
	builtInTemplate,
	LETTER_LANGUAGES,
	letterLanguage
} from '../../../src/lib/domain/letters-languages';

const dana: LetterRecipient = {
	salutation: 'Mrs',
	firstName: 'Dana',
	lastName: 'Cohen',
	address: { street: '1 Herzl St', postalCode: '6100000', city: 'Tel Aviv', country: 'Israel' },
	lastPurchase: '2024-03-05',
	points: 1250,
	voucherCode: 'ABCD-1234',
	group: 'Rose lovers'
};

function context(recipient: Partial<LetterRecipient> = {}, extra: Partial<LetterContext> = {}) {
	return {
		recipient: { ...dana, ...recipient },
		shop: { name: 'Flora', address: '2 Main St', phone: '03-555-1234', signature: 'Ruth' },
		campaign: { offer: '10% off roses', eventDate: '2024-12-12' },
		today: '2024-11-20',
		...extra
	} satisfies LetterContext;
}

const noName: Partial<LetterRecipient> = {
	salutation: '',
	firstName: '',
	lastName: '',
	address: { street: '', postalCode: '', city: '', country: '' },
	lastPurchase: undefined,
	points: undefined,
	voucherCode: undefined,
	group: undefined
};

describe('parseTemplate', () => {
	it('splits text and fields with their positions', () => {
		const parts = parseTemplate('Hi {{ firstName }}!');
		expect(parts).toEqual([
			{ kind: 'text', text: 'Hi ' },
			{ kind: 'field', name: 'firstName', raw: '{{ firstName }}', start: 3, end: 18 },
			{ kind: 'text', text: '!' }
		]);
	});

	it('leaves unmatched braces as text', () => {
		expect(parseTemplate('a {{ b')).toEqual([{ kind: 'text', text: 'a {{ b' }]);
	});
});

describe('unknownFields', () => {
	it('flags unknown fields with offsets, line and column', () => {
		const source = 'Dear {{firstName}},\nYour {{vocher}} and {{shopName}} {{x y}}';
		expect(unknownFields(source)).toEqual([
			{ name: 'vocher', start: 25, end: 35, line: 2, column: 6 },
			{ name: 'x y', start: 53, end: 60, line: 2, column: 34 }
		]);
	});

	it('knows every documented field', () => {
		const all = MERGE_FIELDS.map((f) => `{{${f}}}`).join(' ');
		expect(unknownFields(all)).toEqual([]);
	});
});

describe('renderLetter', () => {
	it('fills customer, shop and campaign fields', () => {
		const source =
			'{{greeting}}\n{{fullName}} {{salutation}} {{firstName}} {{lastName}}\n{{address}}\n' +
			'{{points}} {{lastPurchase}} {{voucherCode}} {{group}}\n' +
			'{{shopName}} {{shopAddress}} {{shopPhone}} {{signature}}\n{{offer}} {{eventDate}} {{today}}';
		const { text, unknown } = renderLetter(source, context(), english);
		expect(unknown).toEqual([]);
		expect(text.split('\n')).toEqual([
			'Dear Mrs Cohen,',
			'Dana Cohen Mrs Dana Cohen',
			'1 Herzl St, 6100000 Tel Aviv, Israel',
			'1,250 5 March 2024 ABCD-1234 Rose lovers',
			'Flora 2 Main St 03-555-1234 Ruth',
			'10% off roses 12 December 2024 20 November 2024'
		]);
	});

	it('falls back politely when the name is missing', () => {
		const { text } = renderLetter('{{greeting}}\nThanks, {{firstName}}.', context(noName), english);
		expect(text).toBe('Dear customer,\nThanks, customer.');
		expect(renderLetter('{{greeting}}', context(noName), hebrew).text).toBe(
			'לקוחה יקרה, לקוח יקר,'
		);
	});

	it('greets by first name when there is no salutation', () => {
		expect(renderLetter('{{greeting}}', context({ salutation: '' }), english).text).toBe(
			'Dear Dana,'
		);
		expect(renderLetter('{{greeting}}', context(), hebrew).text).toBe('שלום Mrs Dana Cohen,');
	});

	it('leaves out a line whose optional data is missing, without leaving a gap', () => {
		const source = 'Hello\n\nYour code: {{voucherCode}}\n\nPoints: {{points}}\n\nBye';
		const { text } = renderLetter(source, context(noName), english);
		expect(text).toBe('Hello\n\nBye');
	});

	it('keeps unknown fields visible and reports them', () => {
		const { text, unknown } = renderLetter('Hi {{nickname}}', context(), english);
		expect(text).toBe('Hi {{nickname}}');
		expect(unknown.map((u) => u.name)).toEqual(['nickname']);
	});

	it('outputs markup in a name as the same literal text', () => {
		const evil = '<img src=x onerror=alert(1)>';
		const { text } = renderLetter(
			'{{greeting}} {{fullName}}',
			context({ firstName: evil }),
			english
		);
		expect(text).toContain(evil);
		expect(text).toBe(`Dear Mrs Cohen, ${evil} Cohen`);
	});

	it('does not re-expand merge syntax found inside customer data', () => {
		const { text } = renderLetter(
			'{{firstName}}',
			context({ firstName: '{{shopPhone}}' }),
			english
		);
		expect(text).toBe('{{shopPhone}}');
	});

	it('leaves the signature line out when there is none', () => {
		const ctx = context();
		ctx.shop.signature = '';
		expect(renderLetter('Regards,\n{{signature}}\n{{shopName}}', ctx, english).text).toBe(
			'Regards,\nFlora'
		);
	});
});

describe('addressLines', () => {
	it('prints name, street, postcode and city, country; skipping empty parts', () => {
		expect(addressLines(dana)).toEqual([
			'Mrs Dana Cohen',
			'1 Herzl St',
			'6100000 Tel Aviv',
			'Israel'
		]);
		expect(
			addressLines({
				...dana,
				salutation: '',
				address: { street: '', postalCode: '', city: 'Haifa', country: '' }
			})
		).toEqual(['Dana Cohen', 'Haifa']);
	});
});

describe('built-in templates', () => {
	for (const [code, language] of Object.entries(LETTER_LANGUAGES)) {
		it(`${code} has every template, with known fields only, rendering with and without data`, () => {
			expect(language.templates.map((t) => t.key).sort()).toEqual([...TEMPLATE_KEYS].sort());
			for (const template of language.templates) {
				expect(template.name.length).toBeGreaterThan(0);
				expect(unknownFields(template.body)).toEqual([]);
				const full = renderLetter(template.body, context(), language).text;
				expect(full).toContain(language.greeting(dana));
				const bare = renderLetter(template.body, context(noName), language).text;
				expect(bare).not.toMatch(/\{\{|\}\}/);
				expect(bare.startsWith(language.greeting({ ...dana, ...noName }))).toBe(true);
			}
		});
	}

	it('Hebrew is right to left, English left to right', () => {
		expect(hebrew.dir).toBe('rtl');
		expect(english.dir).toBe('ltr');
	});

	it('finds a language by code, with English for a language without letters yet', () => {
		expect(letterLanguage('he-IL')).toBe(hebrew);
		expect(letterLanguage('ka')).toBe(english);
		expect(builtInTemplate('he', 'birthday').name).toBe('יום הולדת');
	});
});

describe('paragraphsOf', () => {
	it('splits on blank lines and keeps single line breaks', () => {
		expect(paragraphsOf('a\nb\n\n\nc')).toEqual(['a\nb', 'c']);
	});
});
