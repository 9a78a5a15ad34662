/** Whether the owner has set a PIN: all the app's start needs to know, without the PIN hashing. */
import type { CardFileDb } from './schema';

export const OWNER_PIN_KEY = 'ownerPin';

export async function hasOwnerPin(db: CardFileDb): Promise<boolean> {
	return (await db.settings.get(OWNER_PIN_KEY)) !== undefined;
}
