/** The whole demo shop for a language: cards, sales, notes, the points they earned, its details. */
import { appDb } from '$lib/db/app-db';
import type { ShopRecords } from '$lib/db/demo-shop';
import { loadPointsSettings } from '$lib/db/points';
import { todayIso } from '$lib/domain/dates';

export async function demoShopRecords(language: string, currency: string): Promise<ShopRecords> {
	// The generator is only needed once, so it is not part of the app's first download.
	const { generateDemoShop, demoPointsLedger, demoShopDetails, isDemoLanguage, DEMO_SHOP_DEFAULT } =
		await import('$lib/domain/demo-shop');
	const demoLanguage = isDemoLanguage(language) ? language : 'en';
	const records = generateDemoShop({
		...DEMO_SHOP_DEFAULT,
		today: todayIso(),
		language: demoLanguage,
		currency
	});
	// The points the sales earned under the shop's own rules, as the counter would have written.
	const points = demoPointsLedger(
		records.sales,
		await loadPointsSettings(appDb()),
		DEMO_SHOP_DEFAULT.seed
	);
	return {
		...records,
		points,
		settings: { ...demoShopDetails(demoLanguage), currency, language }
	};
}
