import { describe, expect, it } from 'vitest';
import { TEMPLATE_KEYS, type LetterTemplateRow } from '../../../src/lib/domain/letters';
import { armenian } from '../../../src/lib/domain/letters-lang-hy';
import { STARTER_BODY, templateChoices } from '../../../src/lib/domain/letters-templates';

function row(
	fields: Partial<LetterTemplateRow> & Pick<LetterTemplateRow, 'key'>
): LetterTemplateRow {
	return {
		id: fields.key,
		language: 'hy',
		name: 'name',
		body: 'body',
		createdAt: 1,
		updatedAt: 1,
		...fields
	};
}

describe('templateChoices', () => {
	it('offers the built-ins in order, then the owner templates of the language by name', () => {
		const rows = [
			row({ key: 'own-b', name: 'Բ նամակ' }),
			row({ key: 'own-a', name: 'Ա նամակ' }),
			row({ key: 'own-c', name: 'English one', language: 'en' }),
			row({ key: 'own-d', name: 'Gone', deletedAt: 5 })
		];
		const choices = templateChoices(armenian, rows);
		expect(choices.map((c) => c.key)).toEqual([...TEMPLATE_KEYS, 'own-a', 'own-b']);
		expect(choices[0]).toMatchObject({ name: 'Շնորհակալություն', own: false });
		expect(choices.at(-1)).toMatchObject({ name: 'Բ նամակ', own: true, body: 'body' });
	});

	it('uses the newest saved text of a built-in, and the built-in text without one', () => {
		const rows = [
			row({ key: 'birthday', body: 'old', updatedAt: 1 }),
			row({ id: 'x', key: 'birthday', body: 'new', updatedAt: 2 })
		];
		const choices = templateChoices(armenian, rows);
		expect(choices.find((c) => c.key === 'birthday')?.body).toBe('new');
		expect(choices.find((c) => c.key === 'thank-you')?.body).toBe(armenian.templates[0].body);
	});

	it('starts a new template with the greeting and the closing fields', () => {
		expect(STARTER_BODY).toMatch(/^\{\{greeting\}\}/);
		expect(STARTER_BODY).toContain('{{signature}}');
	});
});
