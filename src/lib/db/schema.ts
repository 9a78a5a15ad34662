/**
 * The card file's IndexedDB schema. Every released version stays in SCHEMA_VERSIONS forever, in
 * order; a change is a new entry with its own upgrade, and tests/unit/db/migrations.test.ts opens
 * a database of each earlier version, with data in it, through the current code.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { CampaignRow, LetterTemplateRow } from '../domain/letters';
import type { ContactEvent, Customer, Note, Sale } from '../domain/types';
import type { PointsLine } from '../domain/points';
import type { PromoterFlag, RedemptionEvent, ReferralReward, Voucher } from '../domain/referrals';
import type { OfferRedemption, OfferVoucher } from '../domain/offers';
import type { DrawingEntry, DrawingRecord } from '../domain/kiosk-drawing';
import type { Feedback, SignUpSource } from '../domain/counter-form';
import { KIOSK_STORES } from './kiosk-stores';
import {
	CARD_INDEX_STORE,
	cardIndexMiddleware,
	fillCardIndexInUpgrade,
	type CardIndexRow
} from './card-index';
import type { StatsBucketRow } from './stats-buckets';

export interface SettingRow {
	key: string;
	value: unknown;
}

export interface SchemaVersion {
	version: number;
	/** Dexie store specs: only the tables added or changed in this version. */
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		// Few, narrow indexes: each one costs on every write of a sale at the counter.
		stores: {
			customers: 'id, *searchWords, phoneDigits, email, externalId, lastPurchase, updatedAt',
			sales: 'id, customerId, date, externalRef, updatedAt',
			notes: 'id, customerId, status, updatedAt',
			contacts: 'id, customerId, date, updatedAt',
			settings: 'key'
		}
	},
	{
		version: 2,
		// Segments: per-customer ledgers packed in hashed buckets, so segments never read every sale.
		// The key only, no other index to slow sale writes.
		stores: { customerStats: 'bucket' },
		// An old database's one-time upgrade: its code is fetched then, not with every start.
		upgrade: async (tx) => {
			const { fillCustomerStatsInUpgrade } = await Dexie.waitFor(import('./stats-buckets'));
			await fillCustomerStatsInUpgrade(tx);
		}
	},
	{
		version: 4,
		// Referral vouchers (code unique), the append-only redemption and reward ledgers, points.
		stores: {
			vouchers: 'id, &code, referrerId, updatedAt',
			redemptions: 'id, voucherId, referrerId, friendId, updatedAt',
			referralRewards: 'id, customerId, redemptionId, updatedAt',
			pointsLedger: 'id, customerId, saleId, updatedAt',
			promoters: 'customerId'
		}
	},
	{
		version: 5,
		// Letters: the owner's edited templates (one per built-in key and language), and campaigns.
		stores: { letterTemplates: 'id, [key+language], updatedAt', campaigns: 'id, date, updatedAt' }
	},
	{
		version: 6,
		// Kiosk: counter sign-up entries per month and the append-only record of each drawing.
		stores: KIOSK_STORES
	},
	{
		version: 7,
		// The card index: every live card's summary packed in hashed rows, for a fast cold start.
		stores: { cardIndex: CARD_INDEX_STORE },
		upgrade: fillCardIndexInUpgrade
	},
	{
		version: 8,
		// Offers: a letter's code bound to its recipient (holderId), in the vouchers table so a
		// code is unique across both kinds; their redemptions, each with its sale, append-only.
		stores: {
			vouchers: 'id, &code, referrerId, holderId, updatedAt',
			offerRedemptions: 'id, voucherId, customerId, campaignId, updatedAt'
		},
		upgrade: async (tx) => {
			const { migrateLetterVouchers } = await Dexie.waitFor(import('./offers'));
			await migrateLetterVouchers((name) => tx.table(name));
		}
	},
	{
		version: 9,
		// The counter form: how each sign-up heard of the shop, and the customers' feedback with
		// the shop's answers. New tables only, so no earlier row needs rewriting: sign-ups made
		// before this version simply have no source, and nobody had given feedback.
		stores: {
			signUpSources: 'id, customerId, source, referrerId, updatedAt',
			feedback: 'id, customerId, createdAt, updatedAt'
		}
	}
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export const DEFAULT_DB_NAME = 'counter-cards';

/** Declares the versions up to `upTo` on a Dexie instance; tests use it to build old databases. */
export function declareVersions(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
	for (const entry of SCHEMA_VERSIONS) {
		if (entry.version > upTo) break;
		const version = db.version(entry.version).stores(entry.stores);
		if (entry.upgrade) version.upgrade(entry.upgrade);
	}
}

export class CardFileDb extends Dexie {
	customers!: EntityTable<Customer, 'id'>;
	sales!: EntityTable<Sale, 'id'>;
	notes!: EntityTable<Note, 'id'>;
	contacts!: EntityTable<ContactEvent, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	customerStats!: EntityTable<StatsBucketRow, 'bucket'>;
	/** Referral vouchers (no `kind`) and letters' offers (`kind: 'offer'`). */
	vouchers!: EntityTable<Voucher | OfferVoucher, 'id'>;
	offerRedemptions!: EntityTable<OfferRedemption, 'id'>;
	redemptions!: EntityTable<RedemptionEvent, 'id'>;
	referralRewards!: EntityTable<ReferralReward, 'id'>;
	pointsLedger!: EntityTable<PointsLine, 'id'>;
	promoters!: EntityTable<PromoterFlag, 'customerId'>;
	letterTemplates!: EntityTable<LetterTemplateRow, 'id'>;
	campaigns!: EntityTable<CampaignRow, 'id'>;
	drawingEntries!: EntityTable<DrawingEntry, 'id'>;
	drawings!: EntityTable<DrawingRecord, 'id'>;
	cardIndex!: EntityTable<CardIndexRow, 'bucket'>;
	signUpSources!: EntityTable<SignUpSource, 'id'>;
	feedback!: EntityTable<Feedback, 'id'>;

	constructor(name: string = DEFAULT_DB_NAME) {
		super(name);
		declareVersions(this);
		this.use(cardIndexMiddleware);
	}
}
