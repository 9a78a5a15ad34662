/**
 * Which of the shop's details a letter template needs but the shop has not filled in: the line
 * that uses a missing detail is left out of every letter, so the owner is told before printing.
 */
import { parseTemplate, type LetterShop } from './letters';

/** The shop details a template can use, in the order the settings ask for them. */
export type ShopDetail = 'shopName' | 'shopAddress' | 'shopPhone';

const DETAILS: readonly { field: ShopDetail; value: (shop: LetterShop) => string }[] = [
	{ field: 'shopName', value: (shop) => shop.name },
	{ field: 'shopAddress', value: (shop) => shop.address },
	{ field: 'shopPhone', value: (shop) => shop.phone }
];

/** The details the template uses and the shop lacks (blank counts as missing). */
export function missingShopDetails(template: string, shop: LetterShop): ShopDetail[] {
	const used = new Set<string>();
	for (const part of parseTemplate(template)) if (part.kind === 'field') used.add(part.name);
	return DETAILS.filter((d) => used.has(d.field) && d.value(shop).trim() === '').map(
		(d) => d.field
	);
}
