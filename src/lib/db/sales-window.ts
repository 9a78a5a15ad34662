/**
 * The sales of a window of days, read through the ledger's date index: a category audience over
 * the last six months reads those months' lines only, never the whole ledger.
 */
import {
	purchasesInWindow,
	type PurchaseWindow,
	type WindowPurchases
} from '../domain/category-audience';
import type { CardFileDb } from './schema';

export async function loadWindowPurchases(
	db: CardFileDb,
	window: PurchaseWindow
): Promise<WindowPurchases> {
	const sales = await db.sales
		.where('date')
		.between(window.after, window.until, false, true)
		.toArray();
	return purchasesInWindow(sales, window);
}
