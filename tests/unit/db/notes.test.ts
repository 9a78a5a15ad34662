import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addCustomer, deleteCustomer } from '../../../src/lib/db/customers';
import { addNote, markComplaintAnswered, notesOf, openComplaints } from '../../../src/lib/db/notes';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { customerFields, freshDb } from './helpers';

let db: CardFileDb;
afterEach(async () => {
	db?.close();
	if (db) await Dexie.delete(db.name);
});

describe('notes', () => {
	it('keeps complaints open until answered, oldest first, and comments without status', async () => {
		db = freshDb();
		const dana = await addCustomer(db, customerFields());
		const comment = await addNote(db, dana.id, 'comment', 'Likes roses', 1000);
		const late = await addNote(db, dana.id, 'complaint', 'Late delivery', 3000);
		const wilted = await addNote(db, dana.id, 'complaint', 'Wilted', 2000);
		expect(comment.status).toBeUndefined();
		expect((await openComplaints(db)).map((n) => n.id)).toEqual([wilted.id, late.id]);
		await markComplaintAnswered(db, wilted.id, 4000);
		expect((await openComplaints(db)).map((n) => n.id)).toEqual([late.id]);
		expect((await notesOf(db, dana.id)).map((n) => n.id)).toEqual([late.id, wilted.id, comment.id]);
	});

	it('hides open complaints of deleted cards', async () => {
		db = freshDb();
		const dana = await addCustomer(db, customerFields());
		await addNote(db, dana.id, 'complaint', 'Late');
		await deleteCustomer(db, dana.id);
		expect(await openComplaints(db)).toEqual([]);
	});
});
