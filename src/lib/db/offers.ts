/**
 * Offer vouchers in the database: issued by a batch of letters, one per recipient; redeemed at
 * the counter together with the sale they are taken off, in one transaction; undone together.
 */
import type { Table } from 'dexie';
import { todayIso } from '../domain/dates';
import { newId } from '../domain/ids';
import { builtInTemplate } from '../domain/letters-languages';
import { isOwnKey, usesField, type CampaignRow, type LetterTemplateRow } from '../domain/letters';
import {
	applyOffer,
	isOfferVoucher,
	offerExpiry,
	offerFromLetterVoucher,
	offerResponses,
	type LetterOffer,
	type OfferResponse,
	type OfferRedemption,
	type OfferVoucher
} from '../domain/offers';
import { checkVoucher, type Voucher } from '../domain/referrals';
import { parseCode } from '../domain/referrals-code';
import type { Id, IsoDate, Minor, Sale } from '../domain/types';
import { ReferralError, uniqueCode } from './referrals';
import { recordSale, voidSale } from './sales';
import type { CardFileDb } from './schema';
import { pointsTables } from './points';

export interface OfferIssueResult {
	issued: OfferVoucher[];
	/** Recipients whose card is gone by the time the letters print. */
	skipped: Id[];
}

/** One offer voucher per recipient, bound to that card, in one transaction. */
export async function issueOfferVouchers(
	db: CardFileDb,
	customerIds: readonly Id[],
	offer: LetterOffer,
	templateKey: string,
	today: IsoDate = todayIso(),
	now: number = Date.now()
): Promise<OfferIssueResult> {
	return db.transaction('rw', db.vouchers, db.customers, async () => {
		const result: OfferIssueResult = { issued: [], skipped: [] };
		const taken = new Set<string>();
		for (const holderId of new Set(customerIds)) {
			const customer = await db.customers.get(holderId);
			if (!customer || customer.deletedAt !== undefined) {
				result.skipped.push(holderId);
				continue;
			}
			const voucher: OfferVoucher = {
				id: newId(now),
				kind: 'offer',
				code: await uniqueCode(db, taken),
				holderId,
				issuedOn: today,
				expiresOn: offerExpiry(today, offer.validityDays),
				terms: structuredClone(offer.terms),
				currency: offer.currency,
				templateKey,
				createdAt: now,
				updatedAt: now
			};
			await db.vouchers.add(voucher);
			result.issued.push(voucher);
		}
		return result;
	});
}

export interface OfferSaleInput {
	code: string;
	customerId: Id;
	/** The purchase before the offer; 0 when a gift is handed over without one. */
	amountBefore: Minor;
	date: IsoDate;
	category: string;
	currency: string;
}

export interface OfferSaleResult {
	voucher: OfferVoucher;
	redemption: OfferRedemption;
	/** Absent when a gift was handed over without a purchase. */
	sale?: Sale;
}

/**
 * Records the sale with the offer taken off and marks the code used, all or nothing. The voucher
 * is re-read inside the transaction: of two tabs, the second finds it used and is refused.
 */
export async function recordSaleWithOffer(
	db: CardFileDb,
	input: OfferSaleInput,
	today: IsoDate = todayIso(),
	now: number = Date.now()
): Promise<OfferSaleResult> {
	const parsed = parseCode(input.code);
	if (!parsed.ok) throw new ReferralError(parsed.reason === 'typo' ? 'typo' : 'malformed');
	return db.transaction(
		'rw',
		[
			db.vouchers,
			db.offerRedemptions,
			db.customers,
			db.sales,
			db.customerStats,
			...pointsTables(db)
		],
		async () => {
			const found = await db.vouchers.where('code').equals(parsed.code).first();
			if (found && !isOfferVoucher(found)) throw new ReferralError('not-offer');
			const check = checkVoucher(parsed.code, () => found, today);
			if (check.status === 'used')
				throw new ReferralError('used', { redeemedAt: check.redeemedAt });
			if (check.status !== 'valid') throw new ReferralError(check.status);
			const voucher = check.voucher as OfferVoucher;
			if (voucher.holderId !== input.customerId) throw new ReferralError('not-holder');
			const applied = applyOffer(voucher.terms, input.amountBefore);
			if (!applied.ok) throw new ReferralError(applied.problem);
			const { sale: offerSale } = applied;
			let sale: Sale | undefined;
			if (offerSale.amountBefore > 0) {
				sale = await recordSale(
					db,
					{
						customerId: input.customerId,
						amount: offerSale.amountAfter,
						date: input.date,
						category: input.category,
						currency: input.currency
					},
					now
				);
			} else {
				const customer = await db.customers.get(input.customerId);
				if (!customer || customer.deletedAt !== undefined) throw new ReferralError('no-friend');
			}
			const redemption: OfferRedemption = {
				id: newId(now),
				kind: 'redeem',
				voucherId: voucher.id,
				code: voucher.code,
				customerId: input.customerId,
				amountBefore: offerSale.amountBefore,
				discount: offerSale.discount,
				currency: input.currency,
				createdAt: now,
				updatedAt: now
			};
			if (sale) redemption.saleId = sale.id;
			if (voucher.campaignId) redemption.campaignId = voucher.campaignId;
			if (offerSale.gift) redemption.gift = offerSale.gift;
			await db.offerRedemptions.add(redemption);
			const redeemed: OfferVoucher = {
				...voucher,
				redeemedAt: now,
				redemptionId: redemption.id,
				updatedAt: now
			};
			await db.vouchers.put(redeemed);
			return { voucher: redeemed, redemption, sale };
		}
	);
}

/**
 * Undoes an offer at the counter: the sale is voided, an undo line appended and the code usable
 * again, in one transaction. Nothing is erased.
 */
export async function undoOfferSale(
	db: CardFileDb,
	redemptionId: Id,
	reason: string,
	now: number = Date.now()
): Promise<void> {
	await db.transaction(
		'rw',
		[
			db.vouchers,
			db.offerRedemptions,
			db.customers,
			db.sales,
			db.customerStats,
			...pointsTables(db)
		],
		async () => {
			const redemption = await db.offerRedemptions.get(redemptionId);
			const voucher = redemption ? await db.vouchers.get(redemption.voucherId) : undefined;
			if (
				!redemption ||
				redemption.kind !== 'redeem' ||
				!voucher ||
				!isOfferVoucher(voucher) ||
				voucher.redemptionId !== redemptionId
			)
				throw new ReferralError('not-standing');
			await db.offerRedemptions.add({
				...redemption,
				id: newId(now),
				kind: 'undo',
				undoes: redemptionId,
				reason: reason.trim(),
				createdAt: now,
				updatedAt: now
			});
			const reopened: OfferVoucher = { ...voucher, updatedAt: now };
			delete reopened.redeemedAt;
			delete reopened.redemptionId;
			await db.vouchers.put(reopened);
			if (redemption.saleId) await voidSale(db, redemption.saleId, now);
		}
	);
}

/** The offers of one campaign's letters and their redemptions, for its response. */
export async function campaignOffers(
	db: CardFileDb,
	campaignId: Id
): Promise<{ issued: number; redemptions: OfferRedemption[] }> {
	return db.transaction('r', db.vouchers, db.offerRedemptions, async () => {
		const [vouchers, redemptions] = await Promise.all([
			db.vouchers.filter((v) => isOfferVoucher(v) && v.campaignId === campaignId).count(),
			db.offerRedemptions.where('campaignId').equals(campaignId).toArray()
		]);
		return { issued: vouchers, redemptions };
	});
}

/** Every campaign's offers and their use at the counter, for the campaigns page. */
export async function campaignOfferResponses(db: CardFileDb): Promise<Map<Id, OfferResponse>> {
	return db.transaction('r', db.vouchers, db.offerRedemptions, async () => {
		// Offers are the rows in the holder index: referral vouchers have no holder.
		const [offers, redemptions] = await Promise.all([
			db.vouchers.where('holderId').above('').toArray(),
			db.offerRedemptions.toArray()
		]);
		return offerResponses(offers.filter(isOfferVoucher), redemptions);
	});
}

/** Offer vouchers printed for one customer, newest first (the card and the privacy print). */
export async function offersOf(db: CardFileDb, holderId: Id): Promise<OfferVoucher[]> {
	const rows = (await db.vouchers.where('holderId').equals(holderId).toArray()).filter(
		isOfferVoucher
	);
	return rows.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** Stamps the batch's campaign on the offers its letters carried (when marked as sent). */
export async function linkOffersToCampaign(
	db: CardFileDb,
	voucherIds: readonly Id[],
	campaignId: Id,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.vouchers, async () => {
		const rows = await db.vouchers.bulkGet([...voucherIds]);
		const offers = rows.filter((v): v is OfferVoucher => v !== undefined && isOfferVoucher(v));
		await db.vouchers.bulkPut(offers.map((v) => ({ ...v, campaignId, updatedAt: now })));
	});
}

type AnyTable = Table<Record<string, unknown>, string>;

/** The schema version that brought offers; older backups are upgraded on restore. */
export const OFFERS_SCHEMA_VERSION = 8;

/**
 * Schema 8's upgrade, also run on restoring an older backup: vouchers that a letter printed as
 * the recipient's own code (birthday, "we miss you", any template but the referral invitation
 * whose text carries {{voucherCode}}) were issued as referral vouchers, so the counter checked
 * them as a friend's discount and could create a new card for the letter's own recipient. Each
 * becomes an offer bound to the recipient, with the campaign's offer words as its terms. A voucher
 * is the letter's when its holder was a recipient of a sent batch of such a template, printed on
 * the batch's day. Redeemed ones keep their history as it stands.
 */
export async function migrateLetterVouchers(
	table: (name: string) => AnyTable,
	now: number = Date.now()
): Promise<number> {
	const campaigns = (await table('campaigns').toArray()) as unknown as CampaignRow[];
	const templates = (await table('letterTemplates').toArray()) as unknown as LetterTemplateRow[];
	const vouchersTable = table('vouchers');
	let migrated = 0;
	for (const campaign of campaigns) {
		if (campaign.deletedAt !== undefined || campaign.templateKey === 'referral') continue;
		if (!templatePrintsCode(campaign, templates)) continue;
		const recipients = new Set(campaign.recipientIds);
		const candidates = (await vouchersTable
			.where('referrerId')
			.anyOf([...recipients])
			.toArray()) as unknown as (Voucher & { kind?: string })[];
		for (const voucher of candidates) {
			if (voucher.kind !== undefined && voucher.kind !== 'referral') continue;
			if (voucher.issuedOn !== campaign.date || voucher.redeemedAt !== undefined) continue;
			const offer = offerFromLetterVoucher(voucher, campaign, now);
			await vouchersTable.put(offer as unknown as Record<string, unknown>);
			migrated++;
		}
	}
	return migrated;
}

function templatePrintsCode(
	campaign: CampaignRow,
	templates: readonly LetterTemplateRow[]
): boolean {
	const saved = templates
		.filter(
			(t) =>
				t.deletedAt === undefined &&
				t.key === campaign.templateKey &&
				t.language === campaign.language &&
				t.updatedAt <= campaign.createdAt
		)
		.sort((a, b) => b.updatedAt - a.updatedAt)[0];
	const key = campaign.templateKey;
	const body = saved?.body ?? (isOwnKey(key) ? '' : builtInTemplate(campaign.language, key).body);
	return usesField(body, 'voucherCode');
}
