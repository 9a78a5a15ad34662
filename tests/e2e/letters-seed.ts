/** A small shop written straight into IndexedDB, for the letters' language and template specs. */
import { expect, type Page } from './fixtures';
import { putRows, storedRows } from './idb';

export interface SeedCustomer {
	id: string;
	firstName: string;
	lastName: string;
	lastPurchase?: string;
	/** 'letter' unless given: how the customer likes to hear from the shop. */
	preferredChannel?: string;
	email?: string;
	phone?: string;
}

export interface SeedShop {
	customers: SeedCustomer[];
	/** The shop's language, which is the UI's. */
	language?: string;
	/** Points on each card, and what one point is worth in cents. */
	points?: { balance: number; pointValue: number };
}

/** Opens the app once so it creates its database, then writes the rows. */
export async function seedShop(page: Page, shop: SeedShop): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('navigation').first()).toBeVisible();
	const at = Date.parse('2026-01-01T10:00:00Z');
	const customers = shop.customers.map((c, i) => ({
		salutation: '',
		address: {
			street: `${i + 1} Abovyan St`,
			postalCode: `${1000 + i}`,
			city: 'Yerevan',
			country: ''
		},
		phone: '',
		email: '',
		birthday: '',
		tags: [],
		preferredChannel: 'letter',
		marketingConsent: true,
		notes: '',
		searchWords: [c.firstName.toLowerCase(), c.lastName.toLowerCase()],
		phoneDigits: '',
		visits: 3,
		totalSpent: 30000,
		firstPurchase: '2025-05-01',
		createdAt: at,
		updatedAt: at,
		...c
	}));
	const settings: object[] = [
		{
			key: 'shop',
			value: {
				shopName: 'Corner Flowers',
				address: '5 High Street',
				phone: '555-0100',
				currency: 'EUR',
				language: shop.language ?? 'en'
			}
		}
	];
	const pointsLedger: object[] = [];
	const { points } = shop;
	if (points) {
		settings.push({
			key: 'points',
			value: {
				enabled: true,
				pointsPerUnit: 1,
				pointValue: points.pointValue,
				giftThresholds: []
			}
		});
		for (const c of customers)
			pointsLedger.push({
				id: `PTS-${c.id}`,
				customerId: c.id,
				date: '2026-01-01',
				kind: 'adjust',
				points: points.balance,
				createdAt: at,
				updatedAt: at
			});
	}
	await putRows(page, { customers, settings, pointsLedger });
}

/** The owner's saved template rows, as stored (to check what is kept, not what is shown). */
export async function storedTemplates(
	page: Page
): Promise<{ key: string; name: string; body: string; deletedAt?: number }[]> {
	return storedRows(page, 'letterTemplates');
}

/** A referral voucher K7QM-4XRT-B given to Sarah (10% off the friend's first purchase). */
export async function seedReferralVoucher(page: Page): Promise<void> {
	await putRows(page, {
		vouchers: [
			{
				id: 'V1',
				code: 'K7QM4XRTB',
				referrerId: 'SARAH',
				issuedOn: '2026-01-01',
				expiresOn: '2099-12-31',
				terms: {
					friend: { kind: 'percent', percent: 10, minPurchase: 0 },
					referrer: { kind: 'credit', amount: 1000 },
					validityDays: 90,
					maxHeldPerCustomer: 5,
					currency: 'EUR'
				},
				createdAt: 1,
				updatedAt: 1
			}
		]
	});
}
