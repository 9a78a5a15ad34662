/** Loading a generated demo shop into an empty card file, all in one transaction. */
import type { PointsLine } from '../domain/points';
import type { Customer, Note, Sale, ShopSettings } from '../domain/types';
import type { CardFileDb } from './schema';
import { rebuildCustomerStats } from './segments';
import { DEFAULT_SETTINGS, SHOP_KEY } from './settings';

export interface ShopRecords {
	customers: Customer[];
	sales: Sale[];
	notes: Note[];
	/** The points the sales earned, as the counter would have written them. */
	points?: PointsLine[];
	/**
	 * The demo shop's details: they fill in what the owner has left blank (a name the owner typed
	 * is kept); the currency is the one the sales are in.
	 */
	settings?: Partial<ShopSettings>;
}

const DETAILS = ['shopName', 'address', 'phone', 'email', 'hours'] as const;

/** The stored settings with the blanks filled from the demo's, and the demo's currency. */
export function withDemoSettings(stored: ShopSettings, demo: Partial<ShopSettings>): ShopSettings {
	const next = { ...stored };
	for (const key of DETAILS) {
		const value = demo[key];
		if (value !== undefined && next[key].trim() === '') next[key] = value;
	}
	if (demo.currency) next.currency = demo.currency;
	return next;
}

/** What a demo shop brought, counted when it was loaded (a settings row, no schema change). */
export const DEMO_LOADED_KEY = 'demo.loaded';

interface DemoMark {
	customers: number;
	sales: number;
	notes: number;
}

export async function loadShopRecords(db: CardFileDb, shop: ShopRecords): Promise<void> {
	await db.transaction(
		'rw',
		[db.customers, db.sales, db.notes, db.customerStats, db.pointsLedger, db.settings],
		async () => {
			const mark: DemoMark = {
				customers: (await db.customers.count()) + shop.customers.length,
				sales: (await db.sales.count()) + shop.sales.length,
				notes: (await db.notes.count()) + shop.notes.length
			};
			await db.settings.put({ key: DEMO_LOADED_KEY, value: mark });
			await db.customers.bulkAdd(shop.customers);
			await db.sales.bulkAdd(shop.sales);
			await db.notes.bulkAdd(shop.notes);
			if (shop.points?.length) await db.pointsLedger.bulkAdd(shop.points);
			if (shop.settings) {
				const row = await db.settings.get(SHOP_KEY);
				const stored = {
					...DEFAULT_SETTINGS,
					language: shop.settings.language ?? DEFAULT_SETTINGS.language,
					...(row?.value as Partial<ShopSettings> | undefined)
				};
				await db.settings.put({ key: SHOP_KEY, value: withDemoSettings(stored, shop.settings) });
			}
			// The segments read compact statistics, never the whole ledger: build them with the sales.
			const buyers = [...new Set(shop.sales.map((sale) => sale.customerId))];
			if (buyers.length > 0) await rebuildCustomerStats(db, buyers);
		}
	);
}

/**
 * Whether the card file holds only the demo shop: one was loaded and no card, sale or note has
 * been added since (nothing of the owner's own to lose, so nothing to nag about backing up).
 * Counted rather than timed: the demo's records carry times up to the end of today.
 */
export async function holdsOnlyDemo(db: CardFileDb): Promise<boolean> {
	return db.transaction('r', db.settings, db.customers, db.sales, db.notes, async () => {
		const mark = (await db.settings.get(DEMO_LOADED_KEY))?.value as DemoMark | undefined;
		if (!mark) return false;
		return (
			(await db.customers.count()) <= mark.customers &&
			(await db.sales.count()) <= mark.sales &&
			(await db.notes.count()) <= mark.notes
		);
	});
}
