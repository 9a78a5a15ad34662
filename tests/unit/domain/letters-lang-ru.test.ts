import { describe, expect, it } from 'vitest';
import {
	parseTemplate,
	renderLetter,
	unknownFields,
	type LetterContext,
	type LetterRecipient
} from '../../../src/lib/domain/letters';
import { english } from '../../../src/lib/domain/letters-lang-en';
import { russian } from '../../../src/lib/domain/letters-lang-ru';
import { builtInTemplate, letterLanguage } from '../../../src/lib/domain/letters-languages';

const anna: LetterRecipient = {
	salutation: 'госпожа',
	firstName: 'Анна',
	lastName: 'Смирнова',
	address: { street: 'ул. Ленина, 1', postalCode: '190000', city: 'Санкт-Петербург', country: '' },
	lastPurchase: '2024-03-05',
	points: 1250,
	voucherCode: 'K7QM-4XRT-B',
	group: 'Любители роз'
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

function context(recipient: Partial<LetterRecipient> = {}, withCampaign = true): LetterContext {
	return {
		recipient: { ...anna, ...recipient },
		shop: {
			name: 'Флора',
			address: 'Невский пр., 2',
			phone: '8 812 555-12-34',
			signature: 'Ольга'
		},
		campaign: withCampaign ? { offer: 'скидка 10% на розы', eventDate: '2024-12-12' } : {},
		today: '2024-11-20'
	};
}

function fieldsOf(body: string): string[] {
	const names = parseTemplate(body).flatMap((p) => (p.kind === 'field' ? [p.name] : []));
	return [...new Set(names)].sort();
}

describe('Russian letters', () => {
	it('has a template for every key of the English module, in the same order', () => {
		expect(russian.templates.map((t) => t.key)).toEqual(english.templates.map((t) => t.key));
	});

	it('uses the same merge fields as each English template, and only known ones', () => {
		for (const template of russian.templates) {
			const en = english.templates.find((t) => t.key === template.key);
			expect(en).toBeDefined();
			expect(fieldsOf(template.body)).toEqual(fieldsOf(en!.body));
			expect(unknownFields(template.body)).toEqual([]);
			expect(template.name).not.toBe(en!.name);
		}
	});

	it('renders every template with no unfilled merge field, with and without data', () => {
		for (const template of russian.templates) {
			for (const ctx of [context(), context(noData, false)]) {
				const { text, unknown } = renderLetter(template.body, ctx, russian);
				expect(unknown).toEqual([]);
				expect(text).not.toMatch(/\{\{|\}\}/);
				// Only the voucher code may be in Latin letters: no English left in the text.
				expect(text.replace('K7QM-4XRT-B', '')).not.toMatch(/[A-Za-z]/);
				expect(text.startsWith(russian.greeting(ctx.recipient))).toBe(true);
			}
		}
	});

	it('fills dates and numbers the Russian way', () => {
		const text = renderLetter(builtInTemplate('ru', 'we-miss-you').body, context(), russian).text;
		expect(text).toContain('Мы не видели Вас с 5 марта 2024 г.');
		expect(text).toContain('Ваш личный код: K7QM-4XRT-B');
		const thanks = renderLetter(builtInTemplate('ru', 'thank-you').body, context(), russian).text;
		expect(thanks).toMatch(/баллов на Вашей карте: 1\s250\./);
		expect(thanks.endsWith('С уважением,\n\nОльга\nФлора\n8 812 555-12-34')).toBe(true);
	});

	it('greets politely, agreeing with the salutation when it tells the gender', () => {
		const greet = (r: Partial<LetterRecipient>) => russian.greeting({ ...anna, ...r });
		expect(greet({})).toBe('Уважаемая госпожа Смирнова!');
		expect(greet({ salutation: 'Mrs' })).toBe('Уважаемая госпожа Смирнова!');
		expect(greet({ salutation: 'господин', firstName: 'Иван', lastName: 'Петров' })).toBe(
			'Уважаемый господин Петров!'
		);
		expect(greet({ salutation: 'г-жа', lastName: '' })).toBe('Уважаемая Анна!');
		expect(greet({ salutation: '' })).toBe('Здравствуйте, Анна!');
		expect(greet({ salutation: 'доктор', firstName: '' })).toBe('Здравствуйте, доктор Смирнова!');
		expect(greet(noData)).toBe('Уважаемый покупатель!');
	});

	it('is found by the shop language, regional codes included', () => {
		expect(letterLanguage('ru')).toBe(russian);
		expect(letterLanguage('ru-RU')).toBe(russian);
		expect(russian.dir).toBe('ltr');
		expect(builtInTemplate('ru', 'birthday').name).toBe('День рождения');
	});
});
