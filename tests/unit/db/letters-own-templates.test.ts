import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	addOwnTemplate,
	deleteOwnTemplate,
	listCampaigns,
	recordLetterBatch,
	restoreTemplates,
	saveTemplate,
	savedTemplate,
	contactsOf
} from '../../../src/lib/db/letters';
import { CardFileDb } from '../../../src/lib/db/schema';
import { isOwnKey, type OwnKey } from '../../../src/lib/domain/letters';
import { english } from '../../../src/lib/domain/letters-lang-en';
import { templateChoices } from '../../../src/lib/domain/letters-templates';

let db: CardFileDb;

beforeEach(async () => {
	db = new CardFileDb(`own-templates-${Math.random()}`);
	await db.open();
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

function ownKey(key: string): OwnKey {
	if (!isOwnKey(key)) throw new Error(`${key} is not an own template`);
	return key;
}

describe('own templates', () => {
	it('adds a template of the owner with its own key, in one language, tracked', async () => {
		const row = await addOwnTemplate(
			db,
			{ language: 'en', name: 'Garden party', body: '{{greeting}}' },
			10
		);
		expect(row.key).toBe(`own-${row.id}`);
		expect(row).toMatchObject({ language: 'en', createdAt: 10, updatedAt: 10 });
		expect(row.deletedAt).toBeUndefined();
		const choices = templateChoices(english, await db.letterTemplates.toArray());
		expect(choices.at(-1)).toMatchObject({ key: row.key, name: 'Garden party', own: true });
		// Not offered in another language.
		expect(templateChoices({ ...english, code: 'he' }, [row]).some((c) => c.own)).toBe(false);
	});

	it('edits and renames an own template like a built-in, one row per key and language', async () => {
		const row = await addOwnTemplate(db, { language: 'en', name: 'Draft', body: 'one' }, 1);
		const key = ownKey(row.key);
		await saveTemplate(db, { key, language: 'en', name: 'Final', body: 'two' }, 2);
		expect(await savedTemplate(db, key, 'en')).toMatchObject({ name: 'Final', body: 'two' });
		expect(await db.letterTemplates.count()).toBe(1);
	});

	it('deletes to a tombstone; campaigns and cards that used it keep their record; undo restores', async () => {
		const row = await addOwnTemplate(db, { language: 'en', name: 'Garden party', body: 'x' }, 1);
		const key = ownKey(row.key);
		await recordLetterBatch(
			db,
			{
				name: 'Garden party · June',
				templateKey: key,
				language: 'en',
				date: '2026-06-01',
				recipientIds: ['C1'],
				optedOutCount: 0,
				currency: 'EUR',
				audience: 'all',
				summary: 'Garden party'
			},
			2
		);
		const deleted = await deleteOwnTemplate(db, key, 'en', 3);
		expect(deleted.map((r) => r.id)).toEqual([row.id]);
		expect(await savedTemplate(db, key, 'en')).toBeUndefined();
		expect(await db.letterTemplates.get(row.id)).toMatchObject({ deletedAt: 3, updatedAt: 3 });
		expect(templateChoices(english, await db.letterTemplates.toArray()).some((c) => c.own)).toBe(
			false
		);
		const [campaign] = await listCampaigns(db);
		expect(campaign).toMatchObject({ name: 'Garden party · June', templateKey: key });
		const [line] = await contactsOf(db, 'C1');
		expect(line).toMatchObject({ summary: 'Garden party', templateKey: key });

		await restoreTemplates(db, deleted, 4);
		const back = await savedTemplate(db, key, 'en');
		expect(back).toMatchObject({ id: row.id, name: 'Garden party', updatedAt: 4 });
		expect(back && 'deletedAt' in back).toBe(false);
	});
});
