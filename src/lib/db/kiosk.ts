/** Counter sign-ups and the monthly drawing: each sign-up is a card plus an entry, in one go. */
import { addCustomer } from './customers';
import { isoDateOf } from '../domain/dates';
import { newId } from '../domain/ids';
import {
	contactKeyOf,
	cryptoUint32,
	drawProblem,
	latestDraw,
	monthOf,
	pickWinner,
	uniqueEntrants,
	type DrawProblem,
	type DrawingEntry,
	type DrawingRecord,
	type IsoMonth,
	type Uint32Source
} from '../domain/kiosk-drawing';
import type { Customer, CustomerFields, Id } from '../domain/types';
import type { CardFileDb } from './schema';

export { KIOSK_STORES } from './kiosk-stores';

export class DrawError extends Error {
	constructor(readonly problem: DrawProblem) {
		super(`Cannot draw: ${problem}`);
		this.name = 'DrawError';
	}
}

/** A prospect card and this month's drawing entry, both or neither. */
export async function signUpAtCounter(
	db: CardFileDb,
	fields: CustomerFields,
	now: number = Date.now()
): Promise<{ customer: Customer; entry: DrawingEntry }> {
	return db.transaction('rw', db.customers, db.drawingEntries, async () => {
		const customer = await addCustomer(db, fields, now);
		return { customer, entry: await enterDrawing(db, customer, now) };
	});
}

/** This month's drawing entry for a card just signed up; call inside the sign-up's transaction. */
export async function enterDrawing(
	db: CardFileDb,
	customer: Customer,
	now: number
): Promise<DrawingEntry> {
	const date = isoDateOf(new Date(now));
	const entry: DrawingEntry = {
		id: newId(now),
		month: monthOf(date),
		customerId: customer.id,
		date,
		contactKey: contactKeyOf(customer.email, customer.phone),
		createdAt: now,
		updatedAt: now
	};
	await db.drawingEntries.add(entry);
	return entry;
}

async function liveCardIds(db: CardFileDb, ids: Id[]): Promise<Set<Id>> {
	const cards = await db.customers.bulkGet([...new Set(ids)]);
	return new Set(cards.filter((c) => c && c.deletedAt === undefined).map((c) => c!.id));
}

export async function monthEntrants(db: CardFileDb, month: IsoMonth): Promise<Id[]> {
	const entries = await db.drawingEntries.where('month').equals(month).toArray();
	const live = await liveCardIds(
		db,
		entries.map((e) => e.customerId)
	);
	return uniqueEntrants(entries, month, (id) => live.has(id));
}

/** Every draw ever made, newest first. */
export async function drawingHistory(db: CardFileDb): Promise<DrawingRecord[]> {
	const all = await db.drawings.toArray();
	return all.sort((a, b) => b.drawnAt - a.drawnAt);
}

/**
 * Draws the month's winner and appends the record. A month already drawn needs a reason; the
 * earlier draw stays in the history beside the new one.
 */
export async function drawWinner(
	db: CardFileDb,
	month: IsoMonth,
	reason: string = '',
	next: Uint32Source = cryptoUint32,
	now: number = Date.now()
): Promise<DrawingRecord> {
	return db.transaction('rw', db.drawingEntries, db.drawings, db.customers, async () => {
		const entrants = await monthEntrants(db, month);
		const previous = latestDraw(await db.drawings.where('month').equals(month).toArray(), month);
		const problem = drawProblem(entrants, previous, reason);
		if (problem) throw new DrawError(problem);
		const record: DrawingRecord = {
			id: newId(now),
			month,
			date: isoDateOf(new Date(now)),
			drawnAt: now,
			entrants,
			winnerId: pickWinner(entrants, next),
			...(previous ? { replaces: previous.id, reason: reason.trim() } : {}),
			createdAt: now,
			updatedAt: now
		};
		await db.drawings.add(record);
		return record;
	});
}

export async function getDrawing(db: CardFileDb, id: Id): Promise<DrawingRecord | undefined> {
	return db.drawings.get(id);
}

export interface DrawingOverview {
	entries: DrawingEntry[];
	history: DrawingRecord[];
	/** The cards of every entrant and winner, deleted ones included, by id. */
	cards: Map<Id, Customer>;
}

/** Everything the drawing screen shows, in one read, so any month can be derived from it. */
export async function drawingOverview(db: CardFileDb): Promise<DrawingOverview> {
	return db.transaction('r', db.drawingEntries, db.drawings, db.customers, async () => {
		const entries = await db.drawingEntries.toArray();
		const history = await drawingHistory(db);
		const ids = new Set([...entries.map((e) => e.customerId), ...history.map((d) => d.winnerId)]);
		const cards = await db.customers.bulkGet([...ids]);
		return {
			entries,
			history,
			cards: new Map(cards.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c]))
		};
	});
}
