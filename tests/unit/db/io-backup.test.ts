/** Backup, erase everything, restore: every table is deep-equal to before. */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import { loadShopRecords } from '../../../src/lib/db/demo-shop';
import {
	ERASED_KEY_PREFIX,
	LAST_BACKUP_KEY,
	checkBackupText,
	customerData,
	eraseCustomer,
	makeBackup,
	restoreBackup
} from '../../../src/lib/db/io';
import { addNote } from '../../../src/lib/db/notes';
import { answerFeedback, signUpWithCounterForm } from '../../../src/lib/db/counter-form';
import { issueOfferVouchers } from '../../../src/lib/db/offers';
import { issueVouchersTo, redeemVoucher, setPromoter } from '../../../src/lib/db/referrals';
import { DEFAULT_LETTER_OFFER } from '../../../src/lib/domain/offers';
import { OWNER_PIN_KEY } from '../../../src/lib/db/owner-pin-key';
import { hasOwnerPin, setOwnerPin, verifyOwnerPin } from '../../../src/lib/db/pin-lock';
import { recordSale } from '../../../src/lib/db/sales';
import { CardFileDb } from '../../../src/lib/db/schema';
import { saveShopSettings, DEFAULT_SETTINGS, getSetting } from '../../../src/lib/db/settings';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { DEMO_SHOP_DEFAULT, generateDemoShop } from '../../../src/lib/domain/demo-shop';

let db: CardFileDb;
beforeEach(async () => {
	db = new CardFileDb(`io-backup-${Math.random()}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function everyTable(target: CardFileDb): Promise<Record<string, unknown[]>> {
	const all: Record<string, unknown[]> = {};
	for (const table of target.tables) all[table.name] = await table.toArray();
	return all;
}

describe('backup and restore', { timeout: 60_000 }, () => {
	it('backup, erase everything, restore: every table deep-equal', async () => {
		await loadShopRecords(db, generateDemoShop({ ...DEMO_SHOP_DEFAULT, today: '2026-11-23' }));
		await db.contacts.add({
			id: 'k1',
			customerId: (await db.customers.toCollection().first())!.id,
			date: '2026-11-01',
			kind: 'call',
			summary: 'Asked about roses',
			createdAt: 1,
			updatedAt: 1
		});
		await saveShopSettings(db, { ...DEFAULT_SETTINGS, shopName: 'Roses & Co' });
		// The counter form's rows travel too: how a sign-up heard of the shop, feedback answered.
		const { feedback } = await signUpWithCounterForm(db, {
			fields: { ...emptyCustomerFields(), firstName: 'Kiosk', lastName: 'Signup' },
			source: 'newspaper',
			friendName: 'Ann Levi',
			rating: 4,
			suggestion: 'Open on Sundays'
		});
		await answerFeedback(db, feedback!.id, 'From March on!');
		const text = await makeBackup(db, 1_800_000_000_000);
		const before = await everyTable(db);
		expect(before.feedback).toHaveLength(1);
		expect(before.signUpSources).toHaveLength(1);
		expect(before.settings).toContainEqual({ key: LAST_BACKUP_KEY, value: 1_800_000_000_000 });

		// Erase everything: the database itself is deleted and made again, empty.
		const name = db.name;
		db.close();
		await Dexie.delete(name);
		db = new CardFileDb(name);
		await db.open();
		expect(await db.customers.count()).toBe(0);

		const check = await checkBackupText(db, text);
		if (!check.ok) throw new Error(check.problem);
		await restoreBackup(db, check.payload, 'replace');
		expect(await everyTable(db)).toEqual(before);
	});

	it('replace drops what was added after the backup; merge keeps it and fixes aggregates', async () => {
		const dana = await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' }, 1000);
		await recordSale(db, {
			customerId: dana.id,
			amount: 500,
			date: '2026-01-01',
			category: '',
			currency: 'EUR'
		});
		const check = await checkBackupText(db, await makeBackup(db));
		if (!check.ok) throw new Error(check.problem);
		await recordSale(db, {
			customerId: dana.id,
			amount: 700,
			date: '2026-02-01',
			category: '',
			currency: 'EUR'
		});
		await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Yossi' });

		await restoreBackup(db, check.payload, 'merge');
		expect(await db.customers.count()).toBe(2);
		expect(await db.sales.count()).toBe(2);
		const merged = await db.customers.get(dana.id);
		expect([merged?.visits, merged?.totalSpent, merged?.lastPurchase]).toEqual([
			2,
			1200,
			'2026-02-01'
		]);

		await restoreBackup(db, check.payload, 'replace');
		expect(await db.customers.count()).toBe(1);
		expect(await db.sales.count()).toBe(1);
		expect((await db.customers.get(dana.id))?.totalSpent).toBe(500);
		expect(await getSetting(db, LAST_BACKUP_KEY)).toBeTypeOf('number');
	});

	it('a refused file changes nothing', async () => {
		await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		const before = await everyTable(db);
		const text = (await makeBackup(db)).replace('Dana', 'Dina');
		expect(await checkBackupText(db, text)).toEqual({ ok: false, problem: 'checksum' });
		const after = await everyTable(db);
		expect(after.customers).toEqual(before.customers);
	});
});

describe("the owner's PIN and a passphrase", { timeout: 60_000 }, () => {
	it('a backup carries no PIN hash; a restore keeps the PIN (or none) of the device', async () => {
		await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		await setOwnerPin(db, '4829');
		await verifyOwnerPin(db, '0000');
		const text = await makeBackup(db);
		const record = (await db.settings.get(OWNER_PIN_KEY))?.value as { hash: string };
		expect(text).not.toContain(record.hash);
		expect(text).not.toContain(OWNER_PIN_KEY);
		const checked = await checkBackupText(db, text);
		if (!checked.ok) throw new Error(checked.problem);

		// A new device restoring it has no PIN: the shop is asked to set one.
		const fresh = new CardFileDb(`io-backup-new-${Math.random()}`);
		await restoreBackup(fresh, checked.payload, 'replace');
		expect(await hasOwnerPin(fresh)).toBe(false);
		expect(await fresh.customers.count()).toBe(1);
		fresh.close();
		await Dexie.delete(fresh.name);

		// This device keeps its own PIN through a replace, and an older file's PIN row is ignored.
		const older = structuredClone(checked.payload);
		older.tables.settings.push({ key: OWNER_PIN_KEY, value: { ...record, hash: 'AAAA' } });
		await restoreBackup(db, older, 'replace');
		expect((await db.settings.get(OWNER_PIN_KEY))?.value).toEqual(record);
		expect(await verifyOwnerPin(db, '4829')).toEqual({ ok: true });
		await restoreBackup(db, older, 'merge');
		expect((await db.settings.get(OWNER_PIN_KEY))?.value).toEqual(record);
	});

	it('a backup locked with a passphrase restores with it, and not without it', async () => {
		await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		const locked = await makeBackup(db, Date.now(), 'shop on the corner');
		expect(locked).not.toContain('Dana');
		await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Eli' });
		const before = await everyTable(db);
		expect(await checkBackupText(db, locked)).toEqual({ ok: false, problem: 'needs-passphrase' });
		expect(await checkBackupText(db, locked, 'shop on the corneR')).toEqual({
			ok: false,
			problem: 'wrong-passphrase'
		});
		expect((await everyTable(db)).customers).toEqual(before.customers);
		const opened = await checkBackupText(db, locked, 'shop on the corner');
		if (!opened.ok) throw new Error(opened.problem);
		await restoreBackup(db, opened.payload, 'replace');
		expect((await db.customers.toArray()).map((c) => c.firstName)).toEqual(['Dana']);
	});
});

describe('privacy', () => {
	it("exports one customer's data and erases it for good, leaving only a tombstone", async () => {
		const dana = await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		const yossi = await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Yossi' });
		for (const customer of [dana, yossi]) {
			await recordSale(db, {
				customerId: customer.id,
				amount: 500,
				date: '2026-01-01',
				category: '',
				currency: 'EUR'
			});
		}
		await addNote(db, dana.id, 'comment', 'Likes roses');
		await db.contacts.add({
			id: 'k1',
			customerId: dana.id,
			date: '2026-11-01',
			kind: 'call',
			summary: 'Called',
			createdAt: 1,
			updatedAt: 1
		});
		const data = await customerData(db, dana.id, 0);
		expect(data.customer).toMatchObject({ id: dana.id, firstName: 'Dana' });
		expect(data.sales).toHaveLength(1);
		expect(data.notes).toHaveLength(1);
		expect(data.contacts).toHaveLength(1);

		await eraseCustomer(db, dana.id, 42);
		expect(await db.customers.get(dana.id)).toBeUndefined();
		for (const table of [db.sales, db.notes, db.contacts]) {
			expect(await table.where('customerId').equals(dana.id).count()).toBe(0);
		}
		expect(await getSetting(db, `${ERASED_KEY_PREFIX}${dana.id}`)).toEqual({ erasedAt: 42 });
		expect(JSON.stringify(await everyTable(db))).not.toContain('Dana');
		// The other customer is untouched.
		expect((await db.customers.get(yossi.id))?.totalSpent).toBe(500);
		expect(await db.sales.count()).toBe(1);
	});

	it('erasing a customer closes the codes they hold or hand on, and keeps the redeemed ones of others', async () => {
		const dana = await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		const { issued: referral } = await issueVouchersTo(db, [dana.id], 2, '2026-01-01', 1);
		const { issued: offer } = await issueOfferVouchers(
			db,
			[dana.id],
			DEFAULT_LETTER_OFFER,
			'birthday',
			'2026-01-01',
			1
		);
		await redeemVoucher(
			db,
			referral[0].code,
			{ fields: { ...emptyCustomerFields(), firstName: 'Noa' } },
			'2026-01-02',
			2
		);
		await setPromoter(db, dana.id, true, 3);
		const data = await customerData(db, dana.id, 0);
		expect((data.vouchers as unknown[]).length).toBe(3);
		expect((data.redemptions as unknown[]).length).toBe(1);
		expect(data.promoters).toHaveLength(1);

		await eraseCustomer(db, dana.id, 42);
		// The code the friend redeemed stays with the friend's history; the open ones are gone.
		expect((await db.vouchers.toArray()).map((v) => v.code)).toEqual([referral[0].code]);
		expect(await db.vouchers.where('holderId').equals(dana.id).count()).toBe(0);
		expect(offer).toHaveLength(1);
		expect(await db.promoters.get(dana.id)).toBeUndefined();
		expect(JSON.stringify(await everyTable(db))).not.toContain('Dana');
	});
});

describe('restore after an erasure', () => {
	it('an erased customer does not come back from an older backup', async () => {
		const dana = await addCustomer(db, { ...emptyCustomerFields(), firstName: 'Dana' });
		await recordSale(db, {
			customerId: dana.id,
			amount: 500,
			date: '2026-01-01',
			category: '',
			currency: 'EUR'
		});
		const check = await checkBackupText(db, await makeBackup(db));
		if (!check.ok) throw new Error(check.problem);
		await eraseCustomer(db, dana.id, 42);
		for (const mode of ['replace', 'merge'] as const) {
			await restoreBackup(db, check.payload, mode);
			expect(await db.customers.get(dana.id)).toBeUndefined();
			expect(await db.sales.count()).toBe(0);
			expect(await getSetting(db, `${ERASED_KEY_PREFIX}${dana.id}`)).toEqual({ erasedAt: 42 });
		}
	});
});
