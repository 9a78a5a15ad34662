/** The standing terms per class, kept in the settings table. */
import { cleanClassTerms, type ClassTerms } from '../domain/class-terms';
import type { CardFileDb } from './schema';
import { getSetting, putSetting } from './settings';

const KEY = 'class-terms';

export async function loadClassTerms(db: CardFileDb): Promise<ClassTerms> {
	return cleanClassTerms((await getSetting<Partial<ClassTerms>>(db, KEY)) ?? {});
}

export async function saveClassTerms(db: CardFileDb, terms: ClassTerms): Promise<void> {
	await putSetting(db, KEY, cleanClassTerms(terms));
}
