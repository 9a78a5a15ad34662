import { describe, expect, it } from 'vitest';
import { addCustomer, deleteCustomer } from '../../../src/lib/db/customers';
import { addNote } from '../../../src/lib/db/notes';
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
	});

	it('has nothing for a card that is gone', async () => {
		const db = freshDb();
		const dana = await addCustomer(db, customerFields());
		await deleteCustomer(db, dana.id);
		expect(await customerRecords(db, dana.id)).toBeUndefined();
		expect(await customerRecords(db, 'nobody')).toBeUndefined();
	});
});
