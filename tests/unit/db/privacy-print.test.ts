import { describe, expect, it } from 'vitest';
import { addCustomer, deleteCustomer } from '../../../src/lib/db/customers';
import { addNote } from '../../../src/lib/db/notes';
import { signUpWithCounterForm } from '../../../src/lib/db/counter-form';
import { customerRecords } from '../../../src/lib/db/privacy-print';
import { recordSale, voidSale } from '../../../src/lib/db/sales';
import { customerFields, freshDb } from './helpers';

describe('customer records for the printout', () => {
	it('reads the card, its sales (voided too), notes and the redemptions it took part in', async () => {
		const db = freshDb();
		const dana = await addCustomer(db, customerFields({ lastName: 'Levi' }));
		const other = await addCustomer(db, customerFields({ lastName: 'Cohen' }));
		const sale = await recordSale(db, {
			customerId: dana.id,
			amount: 1500,
			date: '2026-02-01',
			category: 'Tea',
			currency: 'EUR'
		});
		await voidSale(db, sale.id);
		await recordSale(db, {
			customerId: other.id,
			amount: 900,
			date: '2026-02-01',
			category: '',
			currency: 'EUR'
		});
		await addNote(db, dana.id, 'complaint', 'Cold tea');
		const base = { voucherId: 'V1', code: 'ABCD2345', createdAt: 1, updatedAt: 1 };
		await db.redemptions.bulkAdd([
			{ ...base, id: 'R1', kind: 'redeem', referrerId: other.id, friendId: dana.id },
			{ ...base, id: 'R2', kind: 'redeem', referrerId: other.id, friendId: 'someone' }
		]);

		const records = await customerRecords(db, dana.id);
		expect(records?.customer.lastName).toBe('Levi');
		expect(records?.sales.map((s) => [s.id, s.deletedAt !== undefined])).toEqual([[sale.id, true]]);
		expect(records?.notes.map((n) => n.text)).toEqual(['Cold tea']);
		expect(records?.redemptions.map((r) => r.id)).toEqual(['R1']);
		expect(records?.signUpSources).toEqual([]);
		expect(records?.feedback).toEqual([]);
	});

	it('reads how a counter sign-up heard of the shop and the feedback given', async () => {
		const db = freshDb();
		const { customer } = await signUpWithCounterForm(db, {
			fields: customerFields({ lastName: 'Levi' }),
			source: 'newspaper',
			rating: 5,
			suggestion: 'More tea'
		});
		await signUpWithCounterForm(db, { fields: customerFields({ lastName: 'Other' }), rating: 1 });
		const records = await customerRecords(db, customer.id);
		expect(records?.signUpSources.map((s) => s.source)).toEqual(['newspaper']);
		expect(records?.feedback.map((f) => [f.rating, f.suggestion])).toEqual([[5, 'More tea']]);
	});

	it('has nothing for a card that is gone', async () => {
		const db = freshDb();
		const dana = await addCustomer(db, customerFields());
		await deleteCustomer(db, dana.id);
		expect(await customerRecords(db, dana.id)).toBeUndefined();
		expect(await customerRecords(db, 'nobody')).toBeUndefined();
	});
});
