import { describe, expect, it } from 'vitest';
import {
	boughtCategory,
	categoryKey,
	liveBuyerCount,
	purchaseWindow,
	purchasesInWindow
} from '../../../src/lib/domain/category-audience';
import { generateDemoShop, DEMO_SHOP_DEFAULT } from '../../../src/lib/domain/demo-shop';
import { selectRecipients } from '../../../src/lib/domain/letters-audience';
import { customers, expectedRoseBuyers, sales, TODAY } from '../../fixtures/targeting/purchases';

describe('the purchase window', () => {
	it('is the last N calendar months up to today, as the segments count them', () => {
		expect(purchaseWindow(TODAY, 6)).toEqual({
			after: '2026-06-03',
			from: '2026-06-04',
			until: '2026-12-03',
			months: 6
		});
		// The end of a longer month lands on the shorter month's last day.
		expect(purchaseWindow('2026-08-31', 6)).toMatchObject({
			after: '2026-02-28',
			from: '2026-03-01'
		});
		expect(purchaseWindow(TODAY, 0).months).toBe(1);
	});
});

describe('bought a category in a period', () => {
	const window = purchaseWindow(TODAY, 6);
	const purchases = purchasesInWindow(sales, window);

	it('counts exactly the live cards whose live purchases in the window say so', () => {
		const audience = boughtCategory('Roses', purchases);
		const { recipients, optedOut } = selectRecipients(customers, audience);
		expect(recipients.map((c) => c.id)).toEqual(['ANA', 'BEN', 'IDO']);
		expect(optedOut).toBe(1); // Cleo bought roses but gave no consent
		expect([...recipients.map((c) => c.id), 'CLEO'].sort()).toEqual(expectedRoseBuyers);
		expect(audience.id).toBe('bought:6:Roses');
	});

	it('lists each category once, whatever its case and spacing, spelled as most sales spell it', () => {
		expect([...purchases.byCategory.values()].map((c) => c.category)).toEqual(['Roses', 'Tulips']);
		const roses = purchases.byCategory.get(categoryKey('ROSES '));
		// The deleted card's sales stay in the ledger; the count shown leaves the card out.
		expect([...(roses?.customerIds ?? [])].sort()).toEqual(['ANA', 'BEN', 'CLEO', 'GIL', 'IDO']);
		const live = new Set(customers.filter((c) => c.deletedAt === undefined).map((c) => c.id));
		expect(liveBuyerCount(roses, (id) => live.has(id))).toBe(expectedRoseBuyers.length);
		expect(liveBuyerCount(purchases.byCategory.get('tulips'), (id) => live.has(id))).toBe(3);
	});

	it('a longer window takes in the earlier purchase; an unknown category is nobody', () => {
		const year = purchasesInWindow(sales, purchaseWindow(TODAY, 12));
		expect(
			selectRecipients(customers, boughtCategory('roses', year)).recipients.map((c) => c.id)
		).toEqual(['ANA', 'BEN', 'DOV', 'IDO']);
		expect(selectRecipients(customers, boughtCategory('Lilies', year)).recipients).toEqual([]);
	});

	it('agrees with a plain count over the demo shop', () => {
		const shop = generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: '2026-11-23' });
		const window6 = purchaseWindow('2026-11-23', 6);
		const read = purchasesInWindow(shop.sales, window6);
		expect(read.byCategory.size).toBeGreaterThan(3);
		for (const { category } of read.byCategory.values()) {
			const plain = new Set(
				shop.sales
					.filter(
						(s) =>
							s.category === category &&
							s.deletedAt === undefined &&
							s.amount > 0 &&
							s.date >= '2026-05-24' &&
							s.date <= '2026-11-23'
					)
					.map((s) => s.customerId)
			);
			const audience = boughtCategory(category, read);
			const members = shop.customers.filter((c) => audience.includes(c)).map((c) => c.id);
			expect(members.sort()).toEqual([...plain].sort());
		}
	});
});
