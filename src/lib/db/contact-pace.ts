/** The owner's pace for the contact plan, one settings row. */
import { DEFAULT_PACE, isValidPace, type ContactPace } from '../domain/contact-pace';
import type { CardFileDb } from './schema';

const PACE_KEY = 'contactPace';

export async function loadContactPace(db: CardFileDb): Promise<ContactPace> {
	const row = await db.settings.get(PACE_KEY);
	const pace = { ...DEFAULT_PACE, ...(row?.value as Partial<ContactPace> | undefined) };
	return isValidPace(pace) ? pace : { ...DEFAULT_PACE };
}

export async function saveContactPace(db: CardFileDb, pace: ContactPace): Promise<void> {
	if (!isValidPace(pace))
		throw new RangeError('A pace is whole numbers from 0 to 500 a day or week');
	await db.settings.put({ key: PACE_KEY, value: { ...pace } });
}
