import { describe, expect, it } from 'vitest';
import { deleteCustomer } from '../../../src/lib/db/customers';
import {
	DrawError,
	drawWinner,
	drawingHistory,
	monthEntrants,
	signUpAtCounter
} from '../../../src/lib/db/kiosk';
import { CustomerValidationError } from '../../../src/lib/db/customers';
import { customerFields, freshDb } from './helpers';

const NOV_3 = new Date(2026, 10, 3, 10).getTime();
const NOV_30_LATE = new Date(2026, 10, 30, 23, 59).getTime();
const DEC_1 = new Date(2026, 11, 1, 0, 1).getTime();

describe('counter sign-up', () => {
	it('creates a prospect card and this month’s entry together', async () => {
		const db = freshDb();
		const { customer, entry } = await signUpAtCounter(
			db,
			customerFields({ email: 'dana@example.com', tags: ['roses'], marketingConsent: true }),
			NOV_3
		);
		expect(customer.visits).toBe(0);
		expect(customer.consentAt).toBe(NOV_3);
		expect(entry).toMatchObject({ month: '2026-11', customerId: customer.id, date: '2026-11-03' });
		expect(await db.customers.count()).toBe(1);
		expect(await monthEntrants(db, '2026-11')).toEqual([customer.id]);
	});

	it('writes neither when the card is refused', async () => {
		const db = freshDb();
		await expect(
			signUpAtCounter(db, customerFields({ firstName: '', lastName: '' }), NOV_3)
		).rejects.toBeInstanceOf(CustomerValidationError);
		expect(await db.customers.count()).toBe(0);
		expect(await db.drawingEntries.count()).toBe(0);
	});

	it('puts a sign-up at midnight into the right month', async () => {
		const db = freshDb();
		const late = await signUpAtCounter(db, customerFields({ firstName: 'Late' }), NOV_30_LATE);
		const early = await signUpAtCounter(db, customerFields({ firstName: 'Early' }), DEC_1);
		expect(await monthEntrants(db, '2026-11')).toEqual([late.customer.id]);
		expect(await monthEntrants(db, '2026-12')).toEqual([early.customer.id]);
	});
});

describe('monthly drawing', () => {
	async function threeSignUps() {
		const db = freshDb();
		const ids: string[] = [];
		for (const [i, name] of ['Ann', 'Ben', 'Cal'].entries()) {
			const { customer } = await signUpAtCounter(
				db,
				customerFields({ firstName: name, email: `${name}@example.com` }),
				NOV_3 + i
			);
			ids.push(customer.id);
		}
		// The same person again (same email): still one chance.
		await signUpAtCounter(
			db,
			customerFields({ firstName: 'Ann', email: 'ann@example.com' }),
			NOV_3 + 9
		);
		return { db, ids };
	}

	it('draws a winner among the month’s entrants and records it', async () => {
		const { db, ids } = await threeSignUps();
		const record = await drawWinner(db, '2026-11', '', () => 1, NOV_30_LATE);
		expect(record.entrants).toEqual(ids);
		expect(record.winnerId).toBe(ids[1]);
		expect(record.replaces).toBeUndefined();
		expect(await drawingHistory(db)).toEqual([record]);
	});

	it('refuses a redraw without a reason, and keeps both draws with one', async () => {
		const { db } = await threeSignUps();
		const first = await drawWinner(db, '2026-11', '', () => 0, NOV_30_LATE);
		await expect(drawWinner(db, '2026-11', ' ', () => 2, DEC_1)).rejects.toEqual(
			new DrawError('reason-needed')
		);
		const second = await drawWinner(db, '2026-11', 'Winner moved abroad', () => 2, DEC_1);
		expect(second).toMatchObject({ replaces: first.id, reason: 'Winner moved abroad' });
		expect((await drawingHistory(db)).map((d) => d.id)).toEqual([second.id, first.id]);
	});

	it('refuses an empty month and leaves out deleted cards', async () => {
		const { db, ids } = await threeSignUps();
		await expect(drawWinner(db, '2026-10')).rejects.toEqual(new DrawError('no-entrants'));
		await deleteCustomer(db, ids[1]);
		expect(await monthEntrants(db, '2026-11')).toEqual([ids[0], ids[2]]);
		// With Ann's first card deleted, her second sign-up (same email) is her one entry.
		await deleteCustomer(db, ids[0]);
		const entrants = await monthEntrants(db, '2026-11');
		expect(entrants).toHaveLength(2);
		expect(entrants).not.toContain(ids[0]);
	});
});
