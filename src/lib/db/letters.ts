/**
 * Letters in the database: the owner's templates, campaigns, and the contact history they write
 * (printed letters and calls). A batch and its history lines are one transaction.
 */
import type { CallOutcome, ContactRecord } from '../domain/contact-plan';
import { newId } from '../domain/ids';
import type { CampaignRow, LetterTemplateRow, OwnKey, TemplateKey } from '../domain/letters';
import type { OutboundChannel } from '../domain/letters-outbound';
import type { Id, IsoDate, Minor } from '../domain/types';
import type { LabelSheetId, LetterPaperId } from '../domain/letters-paper';
import { linkOffersToCampaign } from './offers';
import type { CardFileDb } from './schema';

/** The owner's saved version of a template (built-in or their own) in one language, if any. */
export async function savedTemplate(
	db: CardFileDb,
	key: TemplateKey,
	language: string
): Promise<LetterTemplateRow | undefined> {
	const rows = await db.letterTemplates.where('[key+language]').equals([key, language]).toArray();
	return rows.filter((r) => r.deletedAt === undefined).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export async function savedTemplates(
	db: CardFileDb,
	language: string
): Promise<LetterTemplateRow[]> {
	const rows = await db.letterTemplates.filter((r) => r.language === language).toArray();
	return rows.filter((r) => r.deletedAt === undefined);
}

export async function saveTemplate(
	db: CardFileDb,
	input: { key: TemplateKey; language: string; name: string; body: string },
	now: number = Date.now()
): Promise<LetterTemplateRow> {
	return db.transaction('rw', db.letterTemplates, async () => {
		const existing = await savedTemplate(db, input.key, input.language);
		const row: LetterTemplateRow = existing
			? { ...existing, name: input.name, body: input.body, updatedAt: now }
			: { id: newId(now), ...input, createdAt: now, updatedAt: now };
		await db.letterTemplates.put(row);
		return row;
	});
}

/** Back to the built-in text: the saved version becomes a tombstone. */
export async function resetTemplate(
	db: CardFileDb,
	key: TemplateKey,
	language: string,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.letterTemplates, async () => {
		const existing = await savedTemplate(db, key, language);
		if (existing) await db.letterTemplates.update(existing.id, { deletedAt: now, updatedAt: now });
	});
}

/** A template of the owner's own (new, or a copy of another), in one language. */
export async function addOwnTemplate(
	db: CardFileDb,
	input: { language: string; name: string; body: string },
	now: number = Date.now()
): Promise<LetterTemplateRow> {
	const id = newId(now);
	const row: LetterTemplateRow = {
		id,
		key: `own-${id}` satisfies OwnKey,
		...input,
		createdAt: now,
		updatedAt: now
	};
	await db.letterTemplates.add(row);
	return row;
}

/**
 * Deletes an own template: its rows become tombstones. Campaigns already sent with it keep their
 * name and key, and the contact history its name, so nothing that went out loses its record.
 */
export async function deleteOwnTemplate(
	db: CardFileDb,
	key: OwnKey,
	language: string,
	now: number = Date.now()
): Promise<LetterTemplateRow[]> {
	return db.transaction('rw', db.letterTemplates, async () => {
		const rows = await db.letterTemplates.where('[key+language]').equals([key, language]).toArray();
		const live = rows.filter((r) => r.deletedAt === undefined);
		for (const row of live)
			await db.letterTemplates.update(row.id, { deletedAt: now, updatedAt: now });
		return live;
	});
}

/** Undoes a deletion: the rows come back as they were. */
export async function restoreTemplates(
	db: CardFileDb,
	rows: readonly LetterTemplateRow[],
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.letterTemplates, async () => {
		for (const row of rows) {
			const restored: LetterTemplateRow = { ...row, updatedAt: now };
			delete restored.deletedAt;
			await db.letterTemplates.put(restored);
		}
	});
}

/** A printed batch as the letters page hands it over: the campaign's fields, and the history line. */
export type LetterBatch = Omit<CampaignRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & {
	/** What the contact history line says, e.g. the template's name. */
	summary: string;
	/** The offer codes the letters carried: they are linked to the campaign for its response. */
	offerVoucherIds?: readonly Id[];
};

/** Saves a printed batch as a campaign and writes the letter on every recipient's card. */
export async function recordLetterBatch(
	db: CardFileDb,
	batch: LetterBatch,
	now: number = Date.now()
): Promise<CampaignRow> {
	const { summary, offerVoucherIds = [], ...fields } = batch;
	const campaign: CampaignRow = {
		id: newId(now),
		...fields,
		recipientIds: [...batch.recipientIds],
		createdAt: now,
		updatedAt: now
	};
	if (campaign.cost === undefined) delete campaign.cost;
	const lines: ContactRecord[] = batch.recipientIds.map((customerId) => ({
		id: newId(now),
		customerId,
		date: batch.date,
		kind: 'letter',
		summary,
		templateKey: batch.templateKey,
		campaignId: campaign.id,
		language: batch.language,
		createdAt: now,
		updatedAt: now
	}));
	await db.transaction('rw', db.campaigns, db.contacts, db.vouchers, async () => {
		await db.campaigns.add(campaign);
		await db.contacts.bulkAdd(lines);
		if (offerVoucherIds.length > 0)
			await linkOffersToCampaign(db, offerVoucherIds, campaign.id, now);
	});
	return campaign;
}

/** One letter sent by email or a message, as the letters page hands it over. */
export type OutboundLetter = Omit<LetterBatch, 'recipientIds' | 'optedOutCount'> & {
	customerId: Id;
	channel: OutboundChannel;
	/** The campaign of the letters sent this way in the same sitting, after the first. */
	campaignId?: Id;
};

/**
 * Records one letter sent by email or a message: the same history line as a printed letter, with
 * how it went, and its recipient added to the campaign of this sitting's sent letters (a new
 * campaign for the first), so the campaign's response counts them. One transaction.
 */
export async function recordOutboundLetter(
	db: CardFileDb,
	letter: OutboundLetter,
	now: number = Date.now()
): Promise<CampaignRow> {
	const { summary, offerVoucherIds = [], customerId, channel, campaignId, ...fields } = letter;
	return db.transaction('rw', db.campaigns, db.contacts, db.vouchers, async () => {
		const existing = campaignId ? await db.campaigns.get(campaignId) : undefined;
		let campaign: CampaignRow;
		if (existing && existing.deletedAt === undefined) {
			campaign = {
				...existing,
				recipientIds: existing.recipientIds.includes(customerId)
					? existing.recipientIds
					: [...existing.recipientIds, customerId],
				updatedAt: now
			};
			await db.campaigns.put(campaign);
		} else {
			campaign = {
				id: newId(now),
				...fields,
				recipientIds: [customerId],
				optedOutCount: 0,
				createdAt: now,
				updatedAt: now
			};
			if (campaign.cost === undefined) delete campaign.cost;
			await db.campaigns.add(campaign);
		}
		const line: ContactRecord = {
			id: newId(now),
			customerId,
			date: letter.date,
			kind: 'letter',
			summary,
			templateKey: letter.templateKey,
			campaignId: campaign.id,
			language: letter.language,
			channel,
			createdAt: now,
			updatedAt: now
		};
		await db.contacts.add(line);
		if (offerVoucherIds.length > 0)
			await linkOffersToCampaign(db, offerVoucherIds, campaign.id, now);
		return campaign;
	});
}

export async function setCampaignCost(
	db: CardFileDb,
	id: Id,
	cost: Minor | undefined,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.campaigns, async () => {
		const campaign = await db.campaigns.get(id);
		if (!campaign) return;
		const updated = { ...campaign, cost, updatedAt: now };
		if (cost === undefined) delete updated.cost;
		await db.campaigns.put(updated);
	});
}

export async function listCampaigns(db: CardFileDb): Promise<CampaignRow[]> {
	const rows = await db.campaigns.toArray();
	return rows
		.filter((c) => c.deletedAt === undefined)
		.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

export interface CallInput {
	customerId: Id;
	date: IsoDate;
	outcome: CallOutcome;
	callBackOn?: IsoDate;
	note: string;
}

export async function recordCall(
	db: CardFileDb,
	input: CallInput,
	now: number = Date.now()
): Promise<ContactRecord> {
	const line: ContactRecord = {
		id: newId(now),
		customerId: input.customerId,
		date: input.date,
		kind: 'call',
		summary: input.note.trim(),
		callOutcome: input.outcome,
		createdAt: now,
		updatedAt: now
	};
	if (input.outcome === 'call-back' && input.callBackOn) line.callBackOn = input.callBackOn;
	await db.contacts.add(line);
	return line;
}

/** One card's contact history, newest first. */
export async function contactsOf(db: CardFileDb, customerId: Id): Promise<ContactRecord[]> {
	const rows = (await db.contacts
		.where('customerId')
		.equals(customerId)
		.toArray()) as ContactRecord[];
	return rows
		.filter((r) => r.deletedAt === undefined)
		.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

export async function allContacts(db: CardFileDb): Promise<ContactRecord[]> {
	const rows = (await db.contacts.toArray()) as ContactRecord[];
	return rows.filter((r) => r.deletedAt === undefined);
}

export interface LetterSettings {
	/** The signature under every letter, e.g. "Ruth Levi, owner". */
	signature: string;
	paper: LetterPaperId;
	labelSheet: LabelSheetId;
	/** The year's whole promotion budget in minor units, keyed by year, when the owner gave it. */
	promotionBudget: Record<string, Minor>;
}

export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
	signature: '',
	paper: 'a4',
	labelSheet: 'L7160',
	promotionBudget: {}
};

const LETTERS_KEY = 'letters';

export async function loadLetterSettings(db: CardFileDb): Promise<LetterSettings> {
	const row = await db.settings.get(LETTERS_KEY);
	return { ...DEFAULT_LETTER_SETTINGS, ...((row?.value as Partial<LetterSettings>) ?? {}) };
}

export async function saveLetterSettings(db: CardFileDb, settings: LetterSettings): Promise<void> {
	await db.settings.put({ key: LETTERS_KEY, value: { ...settings } });
}
