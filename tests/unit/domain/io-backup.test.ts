/** The backup file is refused whole, before anything is touched, when any part of it is wrong. */
import { describe, expect, it } from 'vitest';
import {
	buildBackup,
	checkBackup,
	daysSinceBackup,
	type BackupPayload
} from '../../../src/lib/domain/io-backup';

const TABLES = ['customers', 'sales', 'notes', 'contacts', 'settings'];

const payload: BackupPayload = {
	schemaVersion: 1,
	createdAt: 1_700_000_000_000,
	tables: {
		customers: [
			{
				id: 'c1',
				firstName: 'Dana',
				lastName: 'Cohen',
				visits: 1,
				totalSpent: 500,
				searchWords: ['dana', 'cohen'],
				phoneDigits: '',
				address: { street: '', postalCode: '', city: '', country: '' },
				tags: [],
				createdAt: 1,
				updatedAt: 2
			}
		],
		sales: [
			{
				id: 's1',
				customerId: 'c1',
				date: '2026-01-02',
				amount: 500,
				currency: 'EUR',
				category: '',
				createdAt: 1,
				updatedAt: 1
			}
		],
		settings: [{ key: 'shop', value: { shopName: 'Roses' } }]
	}
};

describe('checkBackup', () => {
	it('accepts a backup it wrote', async () => {
		const text = await buildBackup(payload);
		expect(await checkBackup(text, 1, TABLES)).toEqual({ ok: true, payload });
	});

	it('accepts an older schema version and refuses a newer one', async () => {
		expect((await checkBackup(await buildBackup(payload), 3, TABLES)).ok).toBe(true);
		const newer = await buildBackup({ ...payload, schemaVersion: 4 });
		expect(await checkBackup(newer, 3, TABLES)).toEqual({
			ok: false,
			problem: 'newer-version',
			detail: '4'
		});
	});

	it('refuses a file changed after it was written', async () => {
		const text = (await buildBackup(payload)).replace('"amount":500', '"amount":5000');
		expect(await checkBackup(text, 1, TABLES)).toEqual({ ok: false, problem: 'checksum' });
	});

	it('refuses what is not a backup', async () => {
		expect(await checkBackup('not json', 1, TABLES)).toEqual({ ok: false, problem: 'not-json' });
		expect(await checkBackup('{"a":1}', 1, TABLES)).toEqual({ ok: false, problem: 'not-backup' });
	});

	it('refuses unknown tables and broken rows, naming them', async () => {
		const unknown = await buildBackup({ ...payload, tables: { ...payload.tables, wat: [] } });
		expect(await checkBackup(unknown, 1, TABLES)).toEqual({
			ok: false,
			problem: 'unknown-table',
			detail: 'wat'
		});
		const badSale = await buildBackup({
			...payload,
			tables: { ...payload.tables, sales: [{ ...payload.tables.sales[0], date: '2026-02-30' }] }
		});
		expect(await checkBackup(badSale, 1, TABLES)).toEqual({
			ok: false,
			problem: 'bad-rows',
			detail: 'sales #1: date'
		});
		const notRows = await buildBackup({
			...payload,
			tables: { notes: 'x' as unknown as Record<string, unknown>[] }
		});
		expect((await checkBackup(notRows, 1, TABLES)).ok).toBe(false);
	});
});

describe('daysSinceBackup', () => {
	it('counts whole days, and knows "never"', () => {
		const day = 86_400_000;
		expect(daysSinceBackup(undefined, 10 * day)).toBeUndefined();
		expect(daysSinceBackup(2 * day, 9 * day + 5)).toBe(7);
		expect(daysSinceBackup(2 * day, 2 * day + 5)).toBe(0);
	});
});
