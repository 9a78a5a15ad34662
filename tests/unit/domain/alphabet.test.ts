import { describe, expect, it } from 'vitest';
import { boxRows, filingLetter } from '../../../src/lib/domain/alphabet';

const card = (firstName: string, lastName: string) => ({ firstName, lastName });

describe('the A to Z box', () => {
	it('files under the last name, or the first name when there is none', () => {
		expect(filingLetter(card('Dana', 'Cohen'))).toBe('C');
		expect(filingLetter(card('Dana', ''))).toBe('D');
		expect(filingLetter(card('Élodie', ''))).toBe('E');
		expect(filingLetter(card('', '3M Ltd'))).toBe('#');
	});

	it('sorts by the language and puts a letter row before each new letter', () => {
		const rows = boxRows([card('B', 'Zola'), card('A', 'Adler'), card('C', 'Ábel')], 'en');
		expect(rows.map((r) => (r.kind === 'letter' ? r.letter : r.card.lastName))).toEqual([
			'A',
			'Ábel',
			'Adler',
			'Z',
			'Zola'
		]);
	});

	it('keeps Й as its own Russian section and folds Greek tonos', () => {
		expect(filingLetter(card('', 'Йосипов'))).toBe('Й');
		expect(filingLetter(card('', 'Иванов'))).toBe('И');
		expect(filingLetter(card('', 'Άγγελος'))).toBe('Α');
		expect(filingLetter(card('', 'Աբրահամյան'))).toBe('Ա');
	});

	it('orders Russian, Greek and Armenian sections by their own alphabets', () => {
		const letters = (names: string[], locale: string) =>
			boxRows(
				names.map((n) => card('', n)),
				locale
			)
				.filter((r) => r.kind === 'letter')
				.map((r) => (r.kind === 'letter' ? r.letter : ''));
		expect(letters(['Яковлев', 'Йосипов', 'Борисов', 'Иванов'], 'ru')).toEqual([
			'Б',
			'И',
			'Й',
			'Я'
		]);
		expect(letters(['Ωραίος', 'Βασιλείου', 'Άγγελος'], 'el')).toEqual(['Α', 'Β', 'Ω']);
		expect(letters(['Սարգսյան', 'Բաղդասարյան', 'Աբրահամյան'], 'hy')).toEqual(['Ա', 'Բ', 'Ս']);
	});

	it('groups Hebrew names under Hebrew letters in alphabet order', () => {
		const rows = boxRows([card('', 'לוי'), card('', 'כהן'), card('', 'אברהם')], 'he');
		expect(
			rows.filter((r) => r.kind === 'letter').map((r) => (r.kind === 'letter' ? r.letter : ''))
		).toEqual(['א', 'כ', 'ל']);
	});
});
