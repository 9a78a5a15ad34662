/** Comments and complaints on the cards; open complaints are found through their index. */
import { newId } from '../domain/ids';
import type { Id, Note, NoteKind } from '../domain/types';
import type { CardFileDb } from './schema';

export async function addNote(
	db: CardFileDb,
	customerId: Id,
	kind: NoteKind,
	text: string,
	now: number = Date.now()
): Promise<Note> {
	const note: Note = {
		id: newId(now),
		customerId,
		kind,
		text: text.trim(),
		createdAt: now,
		updatedAt: now,
		...(kind === 'complaint' ? { status: 'open' as const } : {})
	};
	await db.notes.add(note);
	return note;
}

export async function markComplaintAnswered(
	db: CardFileDb,
	noteId: Id,
	now: number = Date.now()
): Promise<void> {
	await db.notes.update(noteId, { status: 'answered', answeredAt: now, updatedAt: now });
}

export async function notesOf(db: CardFileDb, customerId: Id): Promise<Note[]> {
	const notes = await db.notes.where('customerId').equals(customerId).toArray();
	return notes.filter((n) => n.deletedAt === undefined).sort((a, b) => b.createdAt - a.createdAt);
}

/** Open complaints of cards that are not deleted, oldest first: the longest waiting comes first. */
export async function openComplaints(db: CardFileDb): Promise<Note[]> {
	const open = await db.notes.where('status').equals('open').toArray();
	const customerIds = [...new Set(open.map((n) => n.customerId))];
	const customers = await db.customers.bulkGet(customerIds);
	const live = new Set(
		customers.filter((c) => c !== undefined && c.deletedAt === undefined).map((c) => c!.id)
	);
	return open
		.filter((n) => n.deletedAt === undefined && live.has(n.customerId))
		.sort((a, b) => a.createdAt - b.createdAt);
}
