import { describe, expect, it } from 'vitest';
import type { CampaignRow } from '../../../src/lib/domain/letters';
import { campaignResponse, yearlyBudget } from '../../../src/lib/domain/letters-campaigns';
import type { Sale } from '../../../src/lib/domain/types';
import { card } from '../../fixtures/letters/customers';

function sale(customerId: string, date: string, amount: number, extra: Partial<Sale> = {}): Sale {
	return {
		id: `${customerId}-${date}-${amount}`,
		customerId,
		date,
		amount,
		currency: 'EUR',
		category: '',
		createdAt: 0,
		updatedAt: 0,
		...extra
	};
}

function campaign(overrides: Partial<CampaignRow>): CampaignRow {
	return {
		id: 'K1',
		name: 'Spring',
		templateKey: 'quarterly-news',
		language: 'en',
		date: '2025-03-01',
		recipientIds: [],
		optedOutCount: 0,
		currency: 'EUR',
		audience: 'all',
		createdAt: 0,
		updatedAt: 0,
		...overrides
	};
}

describe('campaignResponse', () => {
	const a = card();
	const b = card();
	const c = card();
	const d = card();
	const late = card({ createdAt: Date.parse('2025-03-10T10:00:00Z') });
	const customers = [a, b, c, d, late];
	const sales = [
		sale(a.id, '2025-03-01', 999), // the campaign day itself: letters have not arrived
		sale(a.id, '2025-03-05', 1000),
		sale(a.id, '2025-03-20', 500),
		sale(b.id, '2025-03-31', 700), // day 30: inside
		sale(b.id, '2025-04-01', 800), // day 31: outside
		sale(c.id, '2025-03-10', 300),
		sale(c.id, '2025-03-11', 300, { deletedAt: 1 }),
		sale(late.id, '2025-03-12', 5000)
	];

	it('compares recipients with the cards not contacted, in the 30 days after', () => {
		const response = campaignResponse(
			campaign({ recipientIds: [a.id, b.id] }),
			customers,
			sales,
			'2025-05-01'
		);
		expect(response.from).toBe('2025-03-02');
		expect(response.to).toBe('2025-03-31');
		expect(response.complete).toBe(true);
		expect(response.recipients).toEqual({
			customers: 2,
			buyers: 2,
			purchases: 3,
			amount: 2200,
			buyerRate: 1,
			amountPerCustomer: 1100
		});
		expect(response.others).toEqual({
			customers: 2,
			buyers: 1,
			purchases: 1,
			amount: 300,
			buyerRate: 0.5,
			amountPerCustomer: 150
		});
	});

	it('is not complete while the window runs, and takes another window length', () => {
		const response = campaignResponse(
			campaign({ recipientIds: [a.id] }),
			customers,
			sales,
			'2025-03-05',
			7
		);
		expect(response.complete).toBe(false);
		expect(response.recipients.amount).toBe(1000);
	});
});

describe('yearlyBudget', () => {
	const current = card({ firstPurchase: '2024-01-01', visits: 3 });
	const prospect = card({ visits: 0 });
	const laterBuyer = card({ firstPurchase: '2025-06-01', visits: 1 });

	it('splits each cost by the share of recipients who were customers on the day', () => {
		const campaigns = [
			campaign({ recipientIds: [current.id, prospect.id], cost: 10000 }),
			campaign({ id: 'K2', recipientIds: [prospect.id, laterBuyer.id], cost: 30000 }),
			campaign({ id: 'K3', date: '2024-12-01', recipientIds: [current.id], cost: 99999 }),
			campaign({ id: 'K4', recipientIds: [current.id] })
		];
		const result = yearlyBudget(campaigns, [current, prospect, laterBuyer], 2025);
		// Without the whole promotion budget there is nothing to hold the floor against.
		expect(result).toEqual({
			year: 2025,
			campaigns: 3,
			totalCost: 40000,
			currentCustomerCost: 5000,
			verdict: 'no-budget'
		});
		expect(yearlyBudget(campaigns, [current, prospect, laterBuyer], 2025, 0).verdict).toBe(
			'no-budget'
		);
	});

	it('holds the spend on current customers against a floor of 15% of the whole budget', () => {
		const campaigns = [campaign({ recipientIds: [current.id], cost: 18000 })];
		expect(yearlyBudget(campaigns, [current], 2025, 200000)).toEqual({
			year: 2025,
			campaigns: 1,
			totalCost: 18000,
			currentCustomerCost: 18000,
			promotionBudget: 200000,
			share: 0.09,
			floor: 30000,
			toFloor: 12000,
			verdict: 'below'
		});
		// 15% is the floor: from there the rule is met, and 20% or more is never a fault.
		expect(yearlyBudget(campaigns, [current], 2025, 120000)).toMatchObject({
			share: 0.15,
			toFloor: 0,
			verdict: 'at-floor'
		});
		expect(yearlyBudget(campaigns, [current], 2025, 100000).verdict).toBe('at-floor');
		expect(yearlyBudget(campaigns, [current], 2025, 90000).verdict).toBe('above-floor');
		expect(yearlyBudget(campaigns, [current], 2025, 20000)).toMatchObject({
			share: 0.9,
			toFloor: 0,
			verdict: 'above-floor'
		});
		expect(yearlyBudget(campaigns, [current], 2025, 120001)).toMatchObject({
			floor: 18001,
			toFloor: 1,
			verdict: 'below'
		});
	});
});
