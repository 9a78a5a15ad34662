import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClassTerms, saveClassTerms } from '../../../src/lib/db/class-terms';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { termsOfClass } from '../../../src/lib/domain/class-terms';
import { freshDb } from './helpers';

let db: CardFileDb;
afterEach(async () => {
	db?.close();
	if (db) await Dexie.delete(db.name);
});

describe('standing terms per class', () => {
	it('are none until the owner sets them, then kept trimmed, per class', async () => {
		db = freshDb();
		expect(await loadClassTerms(db)).toEqual({ A: '', B: '', C: '' });
		await saveClassTerms(db, { A: '  10% off everything ', B: 'Free gift wrapping', C: '' });
		const terms = await loadClassTerms(db);
		expect(terms).toEqual({ A: '10% off everything', B: 'Free gift wrapping', C: '' });
		expect(termsOfClass(terms, 'A')).toBe('10% off everything');
		expect(termsOfClass(terms, 'C')).toBeUndefined();
		expect(termsOfClass(terms, undefined)).toBeUndefined();
		await saveClassTerms(db, { A: 'x'.repeat(500), B: '', C: '' });
		expect((await loadClassTerms(db)).A).toHaveLength(200);
	});
});
