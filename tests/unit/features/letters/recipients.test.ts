import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../src/lib/domain/types';
import { recipientOf } from '../../../../src/lib/features/letters/recipients';

const anna = {
	id: 'ANNA',
	salutation: '',
	firstName: 'Anna',
	lastName: 'Petrosyan',
	address: { street: '', postalCode: '', city: '', country: '' }
} as unknown as Customer;

describe('recipientOf: what the points are worth', () => {
	it('is the balance times the value of one point, in the shop currency', () => {
		const recipient = recipientOf(anna, {
			points: new Map([['ANNA', 120]]),
			pointValue: { amount: 5, currency: 'EUR' }
		});
		expect(recipient.points).toBe(120);
		expect(recipient.pointsValue).toEqual({ amount: 600, currency: 'EUR' });
	});

	it('is absent without a balance, a point value, or when points are worth nothing', () => {
		const value = { amount: 5, currency: 'EUR' };
		expect(recipientOf(anna, { pointValue: value }).pointsValue).toBeUndefined();
		expect(recipientOf(anna, { points: new Map([['ANNA', 5]]) }).pointsValue).toBeUndefined();
		const free = { amount: 0, currency: 'EUR' };
		expect(
			recipientOf(anna, { points: new Map([['ANNA', 5]]), pointValue: free }).pointsValue
		).toBeUndefined();
	});
});
