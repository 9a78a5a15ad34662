/** Shop settings, stored as one row per key so later settings need no schema change. */
import type { ShopSettings } from '../domain/types';
import type { CardFileDb } from './schema';

export const DEFAULT_SETTINGS: ShopSettings = {
	shopName: '',
	address: '',
	phone: '',
	email: '',
	hours: '',
	currency: 'EUR',
	language: 'en'
};

export const SHOP_KEY = 'shop';

/** The saved settings with defaults for anything missing, or undefined on a new device. */
export async function loadShopSettings(db: CardFileDb): Promise<ShopSettings | undefined> {
	const row = await db.settings.get(SHOP_KEY);
	if (!row) return undefined;
	return { ...DEFAULT_SETTINGS, ...(row.value as Partial<ShopSettings>) };
}

export async function saveShopSettings(db: CardFileDb, settings: ShopSettings): Promise<void> {
	await db.settings.put({ key: SHOP_KEY, value: { ...settings } });
}

export async function getSetting<T>(db: CardFileDb, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: CardFileDb, key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}
