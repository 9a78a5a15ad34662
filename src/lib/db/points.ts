/** The points ledger: earning with sales, redeeming and adjusting at the counter, expiry. */
import { todayIso } from '../domain/dates';
import { newId } from '../domain/ids';
import {
	balanceOf,
	checkAdjust,
	checkRedeem,
	DEFAULT_POINTS_SETTINGS,
	pointsForSale,
	pointsToExpire,
	reversalPoints,
	type AdjustError,
	type PointsKind,
	type PointsLine,
	type PointsSettings,
	type RedeemError
} from '../domain/points';
import type { Id, IsoDate, Sale } from '../domain/types';
import type { CardFileDb } from './schema';

const SETTINGS_KEY = 'points';

export class PointsError extends Error {
	constructor(
		readonly reason: RedeemError | AdjustError,
		readonly balance: number
	) {
		super(`Points refused: ${reason} (balance ${balance})`);
		this.name = 'PointsError';
	}
}

/** Tables a sale's transaction must include so its points are written with it. */
export function pointsTables(db: CardFileDb) {
	return [db.pointsLedger, db.settings];
}

export async function loadPointsSettings(db: CardFileDb): Promise<PointsSettings> {
	const row = await db.settings.get(SETTINGS_KEY);
	return { ...DEFAULT_POINTS_SETTINGS, ...(row?.value as Partial<PointsSettings> | undefined) };
}

export async function savePointsSettings(db: CardFileDb, settings: PointsSettings): Promise<void> {
	await db.settings.put({ key: SETTINGS_KEY, value: withoutUndefined(settings) });
}

/** Plain data without undefined fields (an unset expiry), so the stored row reads back the same. */
export function withoutUndefined<T extends object>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** A card's ledger, newest first. */
export async function pointsOf(db: CardFileDb, customerId: Id): Promise<PointsLine[]> {
	const lines = await db.pointsLedger.where('customerId').equals(customerId).toArray();
	return lines.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

export async function pointsBalance(db: CardFileDb, customerId: Id): Promise<number> {
	return balanceOf(await db.pointsLedger.where('customerId').equals(customerId).toArray());
}

/** Balances of many cards at once (a batch of letters), each the sum of its ledger. */
export async function pointsBalances(
	db: CardFileDb,
	customerIds: readonly Id[]
): Promise<Map<Id, number>> {
	const lines = await db.pointsLedger
		.where('customerId')
		.anyOf([...customerIds])
		.toArray();
	const byCustomer = new Map<Id, PointsLine[]>(customerIds.map((id) => [id, []]));
	for (const l of lines) byCustomer.get(l.customerId)?.push(l);
	return new Map([...byCustomer].map(([id, list]) => [id, balanceOf(list)]));
}

function line(
	customerId: Id,
	kind: PointsKind,
	points: number,
	now: number,
	extra: Partial<PointsLine> = {}
): PointsLine {
	return {
		id: newId(now),
		customerId,
		date: todayIso(),
		kind,
		points,
		createdAt: now,
		updatedAt: now,
		...extra
	};
}

/**
 * Called by recordSale inside its transaction (which includes pointsTables): appends the points
 * the sale earns, after writing off any that lapsed.
 */
export async function earnPointsForSale(db: CardFileDb, sale: Sale, now: number): Promise<void> {
	const settings = await loadPointsSettings(db);
	await expireInside(db, sale.customerId, settings, todayIso(), now);
	const points = pointsForSale(sale.amount, sale.currency, settings);
	if (points > 0) {
		await db.pointsLedger.add(
			line(sale.customerId, 'earn', points, now, { saleId: sale.id, date: sale.date })
		);
	}
}

/** Called by voidSale inside its transaction: a reversing line, never taking the balance below 0. */
export async function reversePointsForSale(db: CardFileDb, sale: Sale, now: number): Promise<void> {
	const lines = await db.pointsLedger.where('customerId').equals(sale.customerId).toArray();
	const earned = lines
		.filter((l) => l.saleId === sale.id && l.deletedAt === undefined)
		.reduce((sum, l) => sum + l.points, 0);
	const points = reversalPoints(earned, balanceOf(lines));
	if (earned > 0 && points !== 0) {
		await db.pointsLedger.add(
			line(sale.customerId, 'earn-reversal', points, now, { saleId: sale.id })
		);
	}
}

async function expireInside(
	db: CardFileDb,
	customerId: Id,
	settings: PointsSettings,
	today: IsoDate,
	now: number
): Promise<void> {
	if (settings.expiryDays === undefined) return;
	const lines = await db.pointsLedger.where('customerId').equals(customerId).toArray();
	const lapsed = pointsToExpire(lines, today, settings.expiryDays);
	if (lapsed > 0) await db.pointsLedger.add(line(customerId, 'expire', -lapsed, now));
}

/** Writes off lapsed points for one card (when its panel opens). */
export async function expirePoints(
	db: CardFileDb,
	customerId: Id,
	today: IsoDate = todayIso(),
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.pointsLedger, db.settings, async () => {
		await expireInside(db, customerId, await loadPointsSettings(db), today, now);
	});
}

/**
 * Takes points off at the counter. Balance read and line written in one transaction, so two
 * taps cannot spend the same points twice; more than the balance is refused with PointsError.
 */
export async function redeemPoints(
	db: CardFileDb,
	customerId: Id,
	points: number,
	reason: string = '',
	now: number = Date.now()
): Promise<PointsLine> {
	return db.transaction('rw', db.pointsLedger, db.settings, async () => {
		await expireInside(db, customerId, await loadPointsSettings(db), todayIso(), now);
		const balance = await pointsBalance(db, customerId);
		const error = checkRedeem(points, balance);
		if (error) throw new PointsError(error, balance);
		const entry = line(
			customerId,
			'redeem',
			-points,
			now,
			reason.trim() ? { reason: reason.trim() } : {}
		);
		await db.pointsLedger.add(entry);
		return entry;
	});
}

/** A manual correction, up or down, with the owner's reason. */
export async function adjustPoints(
	db: CardFileDb,
	customerId: Id,
	points: number,
	reason: string,
	now: number = Date.now()
): Promise<PointsLine> {
	return db.transaction('rw', db.pointsLedger, async () => {
		const balance = await pointsBalance(db, customerId);
		const error = checkAdjust(points, reason, balance);
		if (error) throw new PointsError(error, balance);
		const entry = line(customerId, 'adjust', points, now, { reason: reason.trim() });
		await db.pointsLedger.add(entry);
		return entry;
	});
}

/** Inside a referral redemption's transaction: the referrer's points reward. */
export async function addReferralPoints(
	db: CardFileDb,
	customerId: Id,
	points: number,
	redemptionId: Id,
	now: number
): Promise<void> {
	await db.pointsLedger.add(line(customerId, 'referral', points, now, { redemptionId }));
}

/** Inside an undo's transaction: takes the referral points back, as far as the balance allows. */
export async function reverseReferralPoints(
	db: CardFileDb,
	customerId: Id,
	redemptionId: Id,
	reason: string,
	now: number
): Promise<void> {
	const lines = await db.pointsLedger.where('customerId').equals(customerId).toArray();
	const given = lines
		.filter((l) => l.redemptionId === redemptionId && l.kind === 'referral')
		.reduce((sum, l) => sum + l.points, 0);
	const points = reversalPoints(given, balanceOf(lines));
	if (given > 0 && points !== 0) {
		await db.pointsLedger.add(
			line(customerId, 'referral-reversal', points, now, { redemptionId, reason })
		);
	}
}
