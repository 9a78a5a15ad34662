/** Loading the demo shop: records, the points they earned and the shop's details, in one go. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContactPace, saveContactPace } from '../../../src/lib/db/contact-pace';
import { loadShopRecords } from '../../../src/lib/db/demo-shop';
import { pointsBalance } from '../../../src/lib/db/points';
import type { CardFileDb } from '../../../src/lib/db/schema';
import { loadShopSettings, saveShopSettings, DEFAULT_SETTINGS } from '../../../src/lib/db/settings';
import { DEFAULT_PACE } from '../../../src/lib/domain/contact-pace';
import {
	DEMO_SHOP_DEFAULT,
	demoPointsLedger,
	demoShopDetails,
	generateDemoShop
} from '../../../src/lib/domain/demo-shop';
import { DEFAULT_POINTS_SETTINGS } from '../../../src/lib/domain/points';
import { freshDb } from './helpers';

let db: CardFileDb;
beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	await db.delete();
});

function demo() {
	const shop = generateDemoShop({
		...DEMO_SHOP_DEFAULT,
		customers: 40,
		sales: 300,
		today: '2026-11-23',
		language: 'el'
	});
	return {
		...shop,
		points: demoPointsLedger(shop.sales, DEFAULT_POINTS_SETTINGS, 1),
		settings: { ...demoShopDetails('el'), currency: 'EUR', language: 'el' }
	};
}

describe('loadShopRecords', () => {
	it('stores the points ledger and fills the shop details on a new device', async () => {
		const records = demo();
		await loadShopRecords(db, records);
		expect(await db.pointsLedger.count()).toBe(records.points.length);
		const buyer = records.points[0].customerId;
		const expected = records.points
			.filter((l) => l.customerId === buyer)
			.reduce((sum, l) => sum + l.points, 0);
		expect(await pointsBalance(db, buyer)).toBe(expected);
		const settings = await loadShopSettings(db);
		expect(settings).toMatchObject({
			shopName: 'Μπουτίκ Ελιά',
			currency: 'EUR',
			language: 'el',
			hours: demoShopDetails('el').hours
		});
	});

	it('keeps what the owner typed and fills only the blanks', async () => {
		await saveShopSettings(db, {
			...DEFAULT_SETTINGS,
			shopName: 'Ανθοπωλείο Ρόδον',
			language: 'el',
			currency: 'EUR'
		});
		await loadShopRecords(db, demo());
		const settings = await loadShopSettings(db);
		expect(settings?.shopName).toBe('Ανθοπωλείο Ρόδον');
		expect(settings?.phone).toBe(demoShopDetails('el').phone);
	});
});

describe('contact pace', () => {
	it('defaults, saves and refuses a pace no one keeps', async () => {
		expect(await loadContactPace(db)).toEqual(DEFAULT_PACE);
		const pace = { calls: 3, callsPer: 'week' as const, letters: 10, lettersPer: 'day' as const };
		await saveContactPace(db, pace);
		expect(await loadContactPace(db)).toEqual(pace);
		await expect(saveContactPace(db, { ...pace, calls: 9000 })).rejects.toThrow(RangeError);
	});
});
