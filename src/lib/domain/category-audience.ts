/**
 * "Bought category X in the last N months": who bought what, from the sales ledger's lines in a
 * window of calendar months, for letters that target what people bought.
 */
import type { Audience } from './letters-audience';
import { dayNumberOf } from './ledger';
import { isoOfDay, monthsBefore } from './stats';
import type { Id, IsoDate, Sale } from './types';

/** The days of "the last N months" up to and including `today`: after `after`, up to `until`. */
export interface PurchaseWindow {
	/** The same day N calendar months earlier: not in the window (as the segments count it). */
	after: IsoDate;
	/** The first and last days in the window. */
	from: IsoDate;
	until: IsoDate;
	months: number;
}

export function purchaseWindow(today: IsoDate, months: number): PurchaseWindow {
	const whole = Math.max(1, Math.round(months) || 1);
	const after = monthsBefore(dayNumberOf(today), whole);
	return { after: isoOfDay(after), from: isoOfDay(after + 1), until: today, months: whole };
}

export function sameWindow(a: PurchaseWindow, b: PurchaseWindow): boolean {
	return a.after === b.after && a.until === b.until;
}

/** Categories match whatever their case and spacing ("Roses", " roses "). */
export function categoryKey(category: string): string {
	return category.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export interface CategoryBuyers {
	/** The category as most of its sales spell it. */
	category: string;
	key: string;
	/** Customers with at least one purchase of it in the window, live sales only. */
	customerIds: ReadonlySet<Id>;
}

/** Who bought each category in a window, with the live cards only counted by the caller. */
export interface WindowPurchases {
	window: PurchaseWindow;
	/** By category key, sorted by category name. */
	byCategory: ReadonlyMap<string, CategoryBuyers>;
}

/**
 * A purchase counts when its line is live (not voided), is a sale and not a refund (amount above
 * zero, as the segments count visits), has a category, and falls in the window.
 */
export function countsAsPurchase(sale: Sale, window: PurchaseWindow): boolean {
	return (
		sale.deletedAt === undefined &&
		sale.amount > 0 &&
		sale.date > window.after &&
		sale.date <= window.until &&
		categoryKey(sale.category) !== ''
	);
}

export function purchasesInWindow(sales: Iterable<Sale>, window: PurchaseWindow): WindowPurchases {
	const buyers = new Map<string, Set<Id>>();
	const spellings = new Map<string, Map<string, number>>();
	for (const sale of sales) {
		if (!countsAsPurchase(sale, window)) continue;
		const key = categoryKey(sale.category);
		let ids = buyers.get(key);
		if (!ids) {
			buyers.set(key, (ids = new Set()));
			spellings.set(key, new Map());
		}
		ids.add(sale.customerId);
		const spelled = spellings.get(key)!;
		const text = sale.category.trim();
		spelled.set(text, (spelled.get(text) ?? 0) + 1);
	}
	const list: CategoryBuyers[] = [...buyers].map(([key, customerIds]) => {
		const spelled = [...spellings.get(key)!].sort(
			(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
		);
		return { category: spelled[0][0], key, customerIds };
	});
	list.sort((a, b) => a.category.localeCompare(b.category) || a.key.localeCompare(b.key));
	return { window, byCategory: new Map(list.map((c) => [c.key, c])) };
}

/** The live cards among a category's buyers (a deleted card's sales stay in the ledger). */
export function liveBuyerCount(
	buyers: CategoryBuyers | undefined,
	isLiveCard: (id: Id) => boolean
): number {
	let count = 0;
	if (buyers) for (const id of buyers.customerIds) if (isLiveCard(id)) count++;
	return count;
}

/**
 * The audience "bought `category` in the last N months". Deleted cards are left out where every
 * audience leaves them out (selectRecipients); `purchases` must be for the same window.
 */
export function boughtCategory(category: string, purchases: WindowPurchases): Audience {
	const buyers = purchases.byCategory.get(categoryKey(category))?.customerIds ?? new Set<Id>();
	return {
		id: `bought:${purchases.window.months}:${category.trim()}`,
		includes: (c) => buyers.has(c.id)
	};
}
