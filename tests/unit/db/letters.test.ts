import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCustomer } from '../../../src/lib/db/customers';
import {
	allContacts,
	contactsOf,
	listCampaigns,
	loadLetterSettings,
	recordCall,
	recordLetterBatch,
	recordOutboundLetter,
	resetTemplate,
	saveLetterSettings,
	saveTemplate,
	savedTemplate,
	setCampaignCost
} from '../../../src/lib/db/letters';
import { CardFileDb } from '../../../src/lib/db/schema';
import { emptyCustomerFields } from '../../../src/lib/domain/customer';

let db: CardFileDb;

beforeEach(async () => {
	db = new CardFileDb(`letters-${Math.random()}`);
	await db.open();
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function customer(firstName: string) {
	return addCustomer(db, { ...emptyCustomerFields(), firstName, lastName: 'Levi' });
}

describe('templates', () => {
	it('saves one edited template per key and language, and resets to the built-in', async () => {
		await saveTemplate(db, { key: 'birthday', language: 'en', name: 'B', body: 'one' }, 1);
		const second = await saveTemplate(
			db,
			{ key: 'birthday', language: 'en', name: 'B', body: 'two' },
			2
		);
		await saveTemplate(db, { key: 'birthday', language: 'he', name: 'ב', body: 'שלוש' }, 3);
		expect((await savedTemplate(db, 'birthday', 'en'))?.body).toBe('two');
		expect((await savedTemplate(db, 'birthday', 'en'))?.id).toBe(second.id);
		expect((await savedTemplate(db, 'birthday', 'he'))?.body).toBe('שלוש');
		expect(await db.letterTemplates.count()).toBe(2);
		await resetTemplate(db, 'birthday', 'en', 4);
		expect(await savedTemplate(db, 'birthday', 'en')).toBeUndefined();
		expect((await db.letterTemplates.get(second.id))?.deletedAt).toBe(4);
	});
});

describe('recordLetterBatch', () => {
	it('saves the campaign and a letter line on every recipient card, together', async () => {
		const a = await customer('Avi');
		const b = await customer('Bela');
		const campaign = await recordLetterBatch(db, {
			name: 'Spring',
			templateKey: 'quarterly-news',
			language: 'en',
			date: '2025-03-01',
			recipientIds: [a.id, b.id],
			optedOutCount: 3,
			currency: 'EUR',
			audience: 'all',
			summary: 'Quarterly news'
		});
		expect(campaign).not.toHaveProperty('cost');
		expect(await listCampaigns(db)).toEqual([campaign]);
		const history = await contactsOf(db, a.id);
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({
			kind: 'letter',
			date: '2025-03-01',
			summary: 'Quarterly news',
			templateKey: 'quarterly-news',
			campaignId: campaign.id
		});
		expect(await allContacts(db)).toHaveLength(2);
		await setCampaignCost(db, campaign.id, 1500);
		expect((await db.campaigns.get(campaign.id))?.cost).toBe(1500);
		await setCampaignCost(db, campaign.id, undefined);
		expect(await db.campaigns.get(campaign.id)).not.toHaveProperty('cost');
	});

	it('writes nothing when a line cannot be written', async () => {
		const a = await customer('Avi');
		db.contacts.hook('creating', (_key, line) => {
			if (line.customerId === 'BOOM') throw new Error('disk full');
		});
		const failing = recordLetterBatch(db, {
			name: 'X',
			templateKey: 'holiday',
			language: 'en',
			date: '2025-03-01',
			recipientIds: [a.id, 'BOOM'],
			optedOutCount: 0,
			currency: 'EUR',
			audience: 'all',
			summary: 'Holiday'
		});
		await expect(failing).rejects.toThrow();
		expect(await db.campaigns.count()).toBe(0);
		expect(await db.contacts.count()).toBe(0);
	});
});

describe('recordCall', () => {
	it('records the outcome, with the call-back day only for a call back', async () => {
		const a = await customer('Avi');
		await recordCall(db, {
			customerId: a.id,
			date: '2025-02-01',
			outcome: 'no-answer',
			callBackOn: '2025-02-09',
			note: ''
		});
		await recordCall(
			db,
			{
				customerId: a.id,
				date: '2025-02-02',
				outcome: 'call-back',
				callBackOn: '2025-02-09',
				note: ' after lunch '
			},
			5
		);
		const history = await contactsOf(db, a.id);
		expect(history.map((h) => [h.callOutcome, h.callBackOn, h.summary])).toEqual([
			['call-back', '2025-02-09', 'after lunch'],
			['no-answer', undefined, '']
		]);
	});
});

describe('letter settings', () => {
	it('has defaults and keeps what was saved', async () => {
		expect((await loadLetterSettings(db)).paper).toBe('a4');
		await saveLetterSettings(db, {
			signature: 'Ruth',
			paper: 'letter',
			labelSheet: '5160',
			promotionBudget: { '2025': 100000 }
		});
		expect(await loadLetterSettings(db)).toEqual({
			signature: 'Ruth',
			paper: 'letter',
			labelSheet: '5160',
			promotionBudget: { '2025': 100000 }
		});
	});
});

describe('recordOutboundLetter', () => {
	const letter = {
		name: 'Spring · by email',
		templateKey: 'thank-you' as const,
		language: 'en',
		date: '2026-03-01',
		currency: 'EUR',
		audience: 'all',
		summary: 'Thank you'
	};

	it('writes the letter on the card like a printed one, with how it went', async () => {
		const a = await customer('Avi');
		const campaign = await recordOutboundLetter(
			db,
			{ ...letter, customerId: a.id, channel: 'email' },
			5
		);
		expect(campaign).toMatchObject({ recipientIds: [a.id], optedOutCount: 0, name: letter.name });
		const [line] = await contactsOf(db, a.id);
		expect(line).toMatchObject({
			kind: 'letter',
			channel: 'email',
			summary: 'Thank you',
			templateKey: 'thank-you',
			campaignId: campaign.id,
			language: 'en',
			date: '2026-03-01'
		});
	});

	it('adds the next letters of the sitting to the same campaign, each recipient once', async () => {
		const a = await customer('Avi');
		const b = await customer('Bela');
		const first = await recordOutboundLetter(db, { ...letter, customerId: a.id, channel: 'email' });
		const second = await recordOutboundLetter(db, {
			...letter,
			customerId: b.id,
			channel: 'message',
			campaignId: first.id
		});
		await recordOutboundLetter(db, {
			...letter,
			customerId: b.id,
			channel: 'message',
			campaignId: first.id
		});
		expect(second.id).toBe(first.id);
		const campaigns = await listCampaigns(db);
		expect(campaigns).toHaveLength(1);
		expect(campaigns[0].recipientIds).toEqual([a.id, b.id]);
		expect((await contactsOf(db, b.id)).map((l) => l.channel)).toEqual(['message', 'message']);
	});

	it('starts a new campaign when the one given is gone', async () => {
		const a = await customer('Avi');
		const campaign = await recordOutboundLetter(db, {
			...letter,
			customerId: a.id,
			channel: 'email',
			campaignId: 'missing'
		});
		expect(campaign.id).not.toBe('missing');
		expect(await allContacts(db)).toHaveLength(1);
	});
});
