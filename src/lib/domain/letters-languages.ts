/** The languages letters can be written in; a new language is one module added here. */
import type { BuiltInKey, BuiltInTemplate, LetterLanguage } from './letters';
import { english } from './letters-lang-en';
import { hebrew } from './letters-lang-he';
import { greek } from './letters-lang-el';
import { armenian } from './letters-lang-hy';
import { russian } from './letters-lang-ru';

export const LETTER_LANGUAGES: Readonly<Record<string, LetterLanguage>> = {
	en: english,
	el: greek,
	he: hebrew,
	hy: armenian,
	ru: russian
};

/** The language's letters, or English when the shop's language has no letter module yet. */
export function letterLanguage(code: string): LetterLanguage {
	return LETTER_LANGUAGES[code.split('-')[0]] ?? english;
}

export function builtInTemplate(code: string, key: BuiltInKey): BuiltInTemplate {
	const language = letterLanguage(code);
	const found = language.templates.find((t) => t.key === key);
	if (!found) throw new Error(`No built-in template ${key} in ${language.code}`);
	return found;
}
