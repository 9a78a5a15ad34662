/**
 * Referral vouchers: issuing, checking and redeeming them once only, undoing a redemption,
 * rewards, promoters and the tracking numbers. Each write that touches several tables is one
 * transaction; redemption re-reads the voucher inside it, so two tabs cannot both redeem.
 */
import { addCustomer } from './customers';
import { todayIso } from '../domain/dates';
import { newId } from '../domain/ids';
import {
	checkVoucher,
	DEFAULT_REFERRAL_SETTINGS,
	discountFor,
	expiryFor,
	isReferralVoucher,
	isReferrerThemselves,
	issuableCount,
	type RedemptionEvent,
	type ReferralReward,
	type ReferralSettings,
	type Voucher,
	type VoucherCheck
} from '../domain/referrals';
import { generateCode, parseCode } from '../domain/referrals-code';
import type { Customer, CustomerFields, Id, IsoDate, Minor, Sale } from '../domain/types';
import { addReferralPoints, pointsTables, reverseReferralPoints, withoutUndefined } from './points';
import { recordSale, voidSale } from './sales';
import { loadShopSettings } from './settings';
import type { OfferVoucher } from '../domain/offers';
import type { CardFileDb } from './schema';

const SETTINGS_KEY = 'referrals';

export type RedemptionRefusal =
	| 'typo'
	| 'malformed'
	| 'unknown'
	| 'expired'
	| 'used'
	| 'self-referral'
	| 'no-friend'
	| 'not-standing'
	| 'reason-required'
	| 'limit-reached'
	| 'no-referrer'
	/** A letter's offer code typed where a referral is redeemed, or the other way round. */
	| 'offer-code'
	| 'not-offer'
	/** An offer code on another customer's card: it is good for its letter's recipient only. */
	| 'not-holder'
	| 'below-minimum'
	| 'amount-required';

export class ReferralError extends Error {
	constructor(
		readonly reason: RedemptionRefusal,
		readonly detail: { redeemedAt?: number; friendId?: Id } = {}
	) {
		super(`Referral refused: ${reason}`);
		this.name = 'ReferralError';
	}
}

export async function loadReferralSettings(db: CardFileDb): Promise<ReferralSettings> {
	const [row, shop] = await Promise.all([db.settings.get(SETTINGS_KEY), loadShopSettings(db)]);
	// Until the owner saves the program, its amounts are in the shop's currency, not the default's.
	const currency = shop?.currency ?? DEFAULT_REFERRAL_SETTINGS.currency;
	return {
		...DEFAULT_REFERRAL_SETTINGS,
		currency,
		...(row?.value as Partial<ReferralSettings> | undefined)
	};
}

export async function saveReferralSettings(
	db: CardFileDb,
	settings: ReferralSettings
): Promise<void> {
	await db.settings.put({ key: SETTINGS_KEY, value: withoutUndefined(settings) });
}

/** A code no voucher of either kind (referral or offer) holds; `taken` spans one batch. */
export async function uniqueCode(db: CardFileDb, taken: Set<string>): Promise<string> {
	// With 9.5e11 codes a clash is near impossible, but the index is unique: never risk the abort.
	for (;;) {
		const code = generateCode();
		if (!taken.has(code) && (await db.vouchers.where('code').equals(code).count()) === 0) {
			taken.add(code);
			return code;
		}
	}
}

export interface IssueResult {
	issued: Voucher[];
	/** Customers who got fewer than asked, because they hold the maximum or no longer exist. */
	skipped: { customerId: Id; reason: 'limit-reached' | 'no-referrer' }[];
}

/**
 * Issues up to `perCustomer` vouchers to each customer in the list, within each one's limit, in
 * one transaction. Takes plain ids so any audience (a hand-picked list, first-time buyers, a
 * segment) can be passed in.
 */
export async function issueVouchersTo(
	db: CardFileDb,
	customerIds: readonly Id[],
	perCustomer: number,
	today: IsoDate = todayIso(),
	now: number = Date.now()
): Promise<IssueResult> {
	return db.transaction('rw', db.vouchers, db.customers, db.settings, async () => {
		const settings = await loadReferralSettings(db);
		const result: IssueResult = { issued: [], skipped: [] };
		const taken = new Set<string>();
		for (const customerId of new Set(customerIds)) {
			const customer = await db.customers.get(customerId);
			if (!customer || customer.deletedAt !== undefined) {
				result.skipped.push({ customerId, reason: 'no-referrer' });
				continue;
			}
			const held = (await db.vouchers.where('referrerId').equals(customerId).toArray()).filter(
				isReferralVoucher
			);
			const count = Math.min(perCustomer, issuableCount(held, settings, today));
			if (count < perCustomer) result.skipped.push({ customerId, reason: 'limit-reached' });
			for (let i = 0; i < count; i++) {
				const voucher: Voucher = {
					id: newId(now),
					code: await uniqueCode(db, taken),
					referrerId: customerId,
					issuedOn: today,
					expiresOn: expiryFor(today, settings.validityDays),
					terms: structuredClone(settings),
					createdAt: now,
					updatedAt: now
				};
				await db.vouchers.add(voucher);
				result.issued.push(voucher);
			}
		}
		return result;
	});
}

/** Vouchers given to one customer, newest first. */
export async function vouchersOf(db: CardFileDb, referrerId: Id): Promise<Voucher[]> {
	const vouchers = (await db.vouchers.where('referrerId').equals(referrerId).toArray()).filter(
		isReferralVoucher
	);
	return vouchers.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

export async function vouchersByIds(db: CardFileDb, ids: readonly Id[]): Promise<Voucher[]> {
	const found = await db.vouchers.bulkGet([...ids]);
	return found.filter((v): v is Voucher => v !== undefined && isReferralVoucher(v));
}

/** What the counter should say about a typed code, before anything is written. */
export async function lookUpVoucher(
	db: CardFileDb,
	input: string,
	today: IsoDate = todayIso()
): Promise<VoucherCheck<Voucher | OfferVoucher>> {
	const parsed = parseCode(input);
	const voucher = parsed.ok
		? await db.vouchers.where('code').equals(parsed.code).first()
		: undefined;
	// Who used it: the friend of a referral, the letter's recipient of an offer.
	let usedBy: Id | undefined;
	if (voucher?.redemptionId)
		usedBy =
			voucher.kind === 'offer'
				? (await db.offerRedemptions.get(voucher.redemptionId))?.customerId
				: (await db.redemptions.get(voucher.redemptionId))?.friendId;
	return checkVoucher(
		input,
		() => voucher,
		today,
		() => usedBy
	);
}

export type FriendChoice = { existingId: Id } | { fields: CustomerFields };

export interface RedemptionResult {
	redemption: RedemptionEvent;
	voucher: Voucher;
	friend: Customer;
	/** The friend's first sale, when it was recorded with the redemption. */
	sale?: Sale;
}

/** The friend's first purchase, before the friend's discount is taken off. */
export interface FirstSale {
	amountBefore: Minor;
	date: IsoDate;
	category: string;
	currency: string;
}

/**
 * Redeems a voucher for a friend (an existing card or a new one), links them to the referrer and
 * credits the referrer's reward, all or nothing. The voucher is re-read inside the transaction:
 * of two tabs redeeming the same code, the second finds it used and is refused.
 */
export async function redeemVoucher(
	db: CardFileDb,
	input: string,
	friend: FriendChoice,
	today: IsoDate = todayIso(),
	now: number = Date.now(),
	firstSale?: FirstSale
): Promise<RedemptionResult> {
	const parsed = parseCode(input);
	if (!parsed.ok) throw new ReferralError(parsed.reason === 'typo' ? 'typo' : 'malformed');
	return db.transaction(
		'rw',
		[
			db.vouchers,
			db.redemptions,
			db.referralRewards,
			db.customers,
			db.sales,
			db.customerStats,
			...pointsTables(db)
		],
		async () => {
			const found = await db.vouchers.where('code').equals(parsed.code).first();
			if (found && !isReferralVoucher(found)) throw new ReferralError('offer-code');
			const voucher = found;
			const check = checkVoucher(parsed.code, () => voucher, today);
			if (check.status === 'used') {
				const previous = voucher?.redemptionId
					? await db.redemptions.get(voucher.redemptionId)
					: undefined;
				throw new ReferralError('used', {
					redeemedAt: check.redeemedAt,
					friendId: previous?.friendId
				});
			}
			if (check.status !== 'valid') throw new ReferralError(check.status);
			const valid = check.voucher;
			let friendCard: Customer;
			if ('existingId' in friend) {
				const existing = await db.customers.get(friend.existingId);
				if (!existing || existing.deletedAt !== undefined) throw new ReferralError('no-friend');
				friendCard = existing;
			} else {
				const referrer = await db.customers.get(valid.referrerId);
				if (referrer && isReferrerThemselves(referrer, friend.fields))
					throw new ReferralError('self-referral', { friendId: referrer.id });
				friendCard = await addCustomer(db, friend.fields, now);
			}
			if (friendCard.id === valid.referrerId) throw new ReferralError('self-referral');
			const redemption: RedemptionEvent = {
				id: newId(now),
				kind: 'redeem',
				voucherId: valid.id,
				code: valid.code,
				referrerId: valid.referrerId,
				friendId: friendCard.id,
				createdAt: now,
				updatedAt: now
			};
			let sale: Sale | undefined;
			if (firstSale) {
				const incentive = valid.terms.friend;
				if (firstSale.amountBefore < incentive.minPurchase)
					throw new ReferralError('below-minimum');
				const discount = discountFor(incentive, firstSale.amountBefore);
				sale = await recordSale(
					db,
					{
						customerId: friendCard.id,
						amount: firstSale.amountBefore - discount,
						date: firstSale.date,
						category: firstSale.category,
						currency: firstSale.currency
					},
					now
				);
				redemption.saleId = sale.id;
				redemption.amountBefore = firstSale.amountBefore;
				redemption.discount = discount;
			}
			await db.redemptions.add(redemption);
			const redeemed: Voucher = {
				...valid,
				redeemedAt: now,
				redemptionId: redemption.id,
				updatedAt: now
			};
			await db.vouchers.put(redeemed);
			const reward = valid.terms.referrer;
			if (reward.kind === 'points') {
				await addReferralPoints(db, valid.referrerId, reward.points, redemption.id, now);
			} else {
				await db.referralRewards.add({
					id: newId(now),
					customerId: valid.referrerId,
					redemptionId: redemption.id,
					kind: reward.kind,
					amount: reward.kind === 'credit' ? reward.amount : 0,
					...(reward.kind === 'gift' ? { gift: reward.gift } : {}),
					currency: valid.terms.currency,
					createdAt: now,
					updatedAt: now
				});
			}
			return { redemption, voucher: redeemed, friend: friendCard, sale };
		}
	);
}

/**
 * Undoes a standing redemption with the owner's reason: an undo line is appended, the voucher is
 * usable again, and the referrer's reward is taken back by appended lines. Nothing is erased.
 */
export async function undoRedemption(
	db: CardFileDb,
	redemptionId: Id,
	reason: string,
	now: number = Date.now()
): Promise<RedemptionEvent> {
	if (reason.trim().length === 0) throw new ReferralError('reason-required');
	return db.transaction(
		'rw',
		[
			db.vouchers,
			db.redemptions,
			db.referralRewards,
			db.customers,
			db.sales,
			db.customerStats,
			...pointsTables(db)
		],
		async () => {
			const redemption = await db.redemptions.get(redemptionId);
			const voucher = redemption ? await db.vouchers.get(redemption.voucherId) : undefined;
			if (
				!redemption ||
				!voucher ||
				!isReferralVoucher(voucher) ||
				voucher.redemptionId !== redemptionId
			)
				throw new ReferralError('not-standing');
			const undo: RedemptionEvent = {
				...redemption,
				id: newId(now),
				kind: 'undo',
				undoes: redemptionId,
				reason: reason.trim(),
				createdAt: now,
				updatedAt: now
			};
			await db.redemptions.add(undo);
			const reopened: Voucher = { ...voucher, updatedAt: now };
			delete reopened.redeemedAt;
			delete reopened.redemptionId;
			await db.vouchers.put(reopened);
			const rewards = await db.referralRewards.where('redemptionId').equals(redemptionId).toArray();
			for (const reward of rewards.filter((r) => r.reverses === undefined)) {
				await db.referralRewards.add({
					...reward,
					id: newId(now),
					amount: -reward.amount,
					reverses: reward.id,
					reason: reason.trim(),
					createdAt: now,
					updatedAt: now
				});
			}
			await reverseReferralPoints(db, redemption.referrerId, redemptionId, reason.trim(), now);
			if (redemption.saleId) await voidSale(db, redemption.saleId, now);
			return undo;
		}
	);
}

/** Rewards credited to one card (credit lines and gifts), newest first. */
export async function rewardsOf(db: CardFileDb, customerId: Id): Promise<ReferralReward[]> {
	const rows = await db.referralRewards.where('customerId').equals(customerId).toArray();
	return rows.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** Spending credit at the counter, or handing over a gift: an appended line. */
export async function useCredit(
	db: CardFileDb,
	customerId: Id,
	amount: Minor,
	currency: string,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.referralRewards, async () => {
		const rows = await db.referralRewards.where('customerId').equals(customerId).toArray();
		const balance = rows.filter((r) => r.kind === 'credit').reduce((s, r) => s + r.amount, 0);
		if (amount <= 0 || amount > balance) throw new ReferralError('limit-reached');
		await db.referralRewards.add({
			id: newId(now),
			customerId,
			kind: 'credit',
			amount: -amount,
			currency,
			createdAt: now,
			updatedAt: now
		});
	});
}

export async function handOverGift(
	db: CardFileDb,
	rewardId: Id,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.referralRewards, async () => {
		const gift = await db.referralRewards.get(rewardId);
		if (!gift || gift.kind !== 'gift') return;
		const rows = await db.referralRewards.where('customerId').equals(gift.customerId).toArray();
		if (rows.some((r) => r.reverses === rewardId)) return;
		await db.referralRewards.add({
			...gift,
			id: newId(now),
			reverses: rewardId,
			createdAt: now,
			updatedAt: now
		});
	});
}

/** Redemption lines touching one card, as referrer or as friend, newest first. */
export async function redemptionsOf(db: CardFileDb, customerId: Id): Promise<RedemptionEvent[]> {
	const [asReferrer, asFriend] = await Promise.all([
		db.redemptions.where('referrerId').equals(customerId).toArray(),
		db.redemptions.where('friendId').equals(customerId).toArray()
	]);
	const byId = new Map([...asReferrer, ...asFriend].map((r) => [r.id, r]));
	return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** Redemptions not undone. */
export function standingRedemptions(events: readonly RedemptionEvent[]): RedemptionEvent[] {
	const undone = new Set(events.filter((e) => e.kind === 'undo').map((e) => e.undoes));
	return events.filter((e) => e.kind === 'redeem' && !undone.has(e.id));
}

export async function isPromoter(db: CardFileDb, customerId: Id): Promise<boolean> {
	return (await db.promoters.get(customerId))?.promoter ?? false;
}

export async function setPromoter(
	db: CardFileDb,
	customerId: Id,
	promoter: boolean,
	now: number = Date.now()
): Promise<void> {
	await db.promoters.put({ customerId, promoter, updatedAt: now });
}

export async function promoterIds(db: CardFileDb): Promise<Set<Id>> {
	const rows = await db.promoters.toArray();
	return new Set(rows.filter((r) => r.promoter).map((r) => r.customerId));
}

export interface TrackingData {
	vouchers: Voucher[];
	redemptions: RedemptionEvent[];
	sales: Sale[];
	customers: Customer[];
}

export async function trackingData(db: CardFileDb): Promise<TrackingData> {
	return db.transaction('r', [db.vouchers, db.redemptions, db.sales, db.customers], async () => {
		const [vouchers, redemptions, sales, customers] = await Promise.all([
			db.vouchers.toArray().then((rows) => rows.filter(isReferralVoucher)),
			db.redemptions.toArray(),
			db.sales.toArray(),
			db.customers.toArray()
		]);
		return { vouchers, redemptions, sales, customers };
	});
}
