import { describe, expect, it } from 'vitest';
import {
	addressLines,
	buildDossier,
	type CustomerRecords
} from '../../../src/lib/domain/privacy-print';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import type { Customer } from '../../../src/lib/domain/types';

const t = { createdAt: 1, updatedAt: 1 };

function card(): Customer {
	return {
		...emptyCustomerFields(),
		firstName: 'Dana',
		lastName: 'Levi',
		id: 'C1',
		...t,
		visits: 0,
		totalSpent: 0,
		searchWords: [],
		phoneDigits: ''
	};
}

function records(over: Partial<CustomerRecords> = {}): CustomerRecords {
	return {
		customer: card(),
		sales: [],
		notes: [],
		contacts: [],
		points: [],
		rewards: [],
		vouchers: [],
		redemptions: [],
		drawingEntries: [],
		signUpSources: [],
		feedback: [],
		...over
	};
}

describe('customer dossier', () => {
	it('keeps voided sales with their mark, oldest first', () => {
		const sale = { customerId: 'C1', currency: 'EUR', category: '', ...t };
		const dossier = buildDossier(
			records({
				sales: [
					{ ...sale, id: 'S2', date: '2026-03-02', amount: 500, deletedAt: 5 },
					{ ...sale, id: 'S1', date: '2026-01-10', amount: 1200 }
				]
			})
		);
		expect(dossier.sales.map((s) => [s.sale.id, s.voided])).toEqual([
			['S1', false],
			['S2', true]
		]);
	});

	it('leaves deleted notes out and sums the points balance of live lines', () => {
		const dossier = buildDossier(
			records({
				notes: [
					{ id: 'N1', customerId: 'C1', kind: 'comment', text: 'a', ...t },
					{ id: 'N2', customerId: 'C1', kind: 'comment', text: 'b', ...t, deletedAt: 2 }
				],
				points: [
					{ id: 'P1', customerId: 'C1', date: '2026-01-02', kind: 'earn', points: 30, ...t },
					{ id: 'P2', customerId: 'C1', date: '2026-01-01', kind: 'adjust', points: -5, ...t }
				]
			})
		);
		expect(dossier.notes.map((n) => n.id)).toEqual(['N1']);
		expect(dossier.points.map((p) => p.id)).toEqual(['P2', 'P1']);
		expect(dossier.pointsBalance).toBe(25);
	});

	it('tells the role in each redemption and marks undone ones', () => {
		const event = { voucherId: 'V', code: 'ABCD2345', ...t };
		const dossier = buildDossier(
			records({
				redemptions: [
					{ ...event, id: 'R1', kind: 'redeem', referrerId: 'C1', friendId: 'F' },
					{ ...event, id: 'R2', kind: 'redeem', referrerId: 'X', friendId: 'C1', createdAt: 2 },
					{ ...event, id: 'U1', kind: 'undo', referrerId: 'C1', friendId: 'F', undoes: 'R1' }
				]
			})
		);
		expect(dossier.redemptions.map((r) => [r.event.id, r.role, r.undone])).toEqual([
			['R1', 'referrer', true],
			['R2', 'friend', false]
		]);
	});

	it('lists the counter form’s sources and feedback oldest first, without taken-back feedback', () => {
		const at = (n: number) => ({ createdAt: n, updatedAt: n, customerId: 'c' });
		const dossier = buildDossier(
			records({
				signUpSources: [{ id: 's1', ...at(5), source: 'friend', friendName: 'Ann' }],
				feedback: [
					{ id: 'f2', ...at(9), rating: 4, suggestion: 'Later' },
					{ id: 'f1', ...at(3), suggestion: 'Earlier' },
					{ id: 'f0', ...at(1), suggestion: 'Gone', deletedAt: 2 }
				]
			})
		);
		expect(dossier.signUpSources.map((s) => s.id)).toEqual(['s1']);
		expect(dossier.feedback.map((f) => f.id)).toEqual(['f1', 'f2']);
	});

	it('prints an address without its empty parts', () => {
		expect(addressLines({ street: 'Main 1', postalCode: '', city: 'Haifa', country: '' })).toEqual([
			'Main 1',
			'Haifa'
		]);
	});
});
