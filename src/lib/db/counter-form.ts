/**
 * The complete counter form: a sign-up with how the customer heard of the shop and their
 * feedback, in one transaction; a friend's valid voucher code redeems it and links the new card
 * to the referrer. Then the owner's side: answers to feedback, and friends' names linked by hand.
 */
import { addCustomer } from './customers';
import { enterDrawing } from './kiosk';
import { redeemVoucher } from './referrals';
import { pointsTables } from './points';
import { todayIso } from '../domain/dates';
import { newId } from '../domain/ids';
import {
	counterFormProblems,
	hasFeedback,
	MAX_ANSWER_LENGTH,
	type CodeOutcome,
	type CounterFormProblem,
	type Feedback,
	type HeardFrom,
	type Rating,
	type SignUpSource
} from '../domain/counter-form';
import { fullName } from '../domain/customer';
import { checkVoucher, isReferralVoucher, isReferrerThemselves } from '../domain/referrals';
import { parseCode } from '../domain/referrals-code';
import type { Customer, CustomerFields, Id, IsoDate } from '../domain/types';
import type { DrawingEntry } from '../domain/kiosk-drawing';
import type { CardFileDb } from './schema';

export type CounterFormRefusal = CounterFormProblem | 'code-typo' | 'answer-empty' | 'answer-long';

export class CounterFormError extends Error {
	constructor(readonly problem: CounterFormRefusal) {
		super(`Counter form refused: ${problem}`);
		this.name = 'CounterFormError';
	}
}

export interface CounterFormInput {
	fields: CustomerFields;
	source?: HeardFrom;
	friendName?: string;
	voucherCode?: string;
	rating?: Rating;
	suggestion?: string;
}

export interface CounterFormResult {
	customer: Customer;
	entry: DrawingEntry;
	/** What became of the friend's voucher code, when one was typed. */
	codeOutcome?: CodeOutcome;
	source?: SignUpSource;
	feedback?: Feedback;
}

/** Every table a counter sign-up may write, the voucher's redemption included. */
function signUpTables(db: CardFileDb) {
	return [
		db.customers,
		db.drawingEntries,
		db.signUpSources,
		db.feedback,
		db.vouchers,
		db.redemptions,
		db.referralRewards,
		db.sales,
		db.customerStats,
		...pointsTables(db)
	];
}

/**
 * Signs a customer up from the counter form: the prospect card, this month's drawing entry, how
 * they heard of the shop and their feedback, all or nothing. A code that cannot be read (a typo)
 * is refused before anything is written, so the customer can correct it; a code that reads but
 * cannot be used (unknown, used, expired, the referrer's own) does not stop the sign-up: the card
 * is made without the link and the code is kept, with why, for the owner.
 */
export async function signUpWithCounterForm(
	db: CardFileDb,
	input: CounterFormInput,
	today: IsoDate = todayIso(),
	now: number = Date.now()
): Promise<CounterFormResult> {
	const suggestion = (input.suggestion ?? '').trim();
	const friendName = (input.friendName ?? '').trim();
	const typedCode = (input.voucherCode ?? '').trim();
	const [problem] = counterFormProblems({ friendName, rating: input.rating, suggestion });
	if (problem) throw new CounterFormError(problem);
	const parsed = typedCode ? parseCode(typedCode) : undefined;
	if (parsed && !parsed.ok) throw new CounterFormError('code-typo');
	const code = parsed?.ok ? parsed.code : undefined;

	return db.transaction('rw', signUpTables(db), async () => {
		let customer: Customer | undefined;
		let codeOutcome: CodeOutcome | undefined;
		let redemptionId: Id | undefined;
		let referrerId: Id | undefined;
		if (code) {
			codeOutcome = await codeOutcomeFor(db, code, input.fields, today);
			if (codeOutcome === 'linked') {
				const result = await redeemVoucher(db, code, { fields: input.fields }, today, now);
				customer = result.friend;
				redemptionId = result.redemption.id;
				referrerId = result.redemption.referrerId;
			}
		}
		customer ??= await addCustomer(db, input.fields, now);
		const entry = await enterDrawing(db, customer, now);

		let source: SignUpSource | undefined;
		const heardFrom: HeardFrom | undefined = code || friendName ? 'friend' : input.source;
		if (heardFrom) {
			source = {
				id: newId(now),
				customerId: customer.id,
				source: heardFrom,
				...(friendName ? { friendName } : {}),
				...(code ? { voucherCode: code, codeOutcome } : {}),
				...(redemptionId ? { redemptionId, referrerId } : {}),
				createdAt: now,
				updatedAt: now
			};
			await db.signUpSources.add(source);
		}

		let feedback: Feedback | undefined;
		if (hasFeedback({ rating: input.rating, suggestion })) {
			feedback = {
				id: newId(now),
				customerId: customer.id,
				...(input.rating !== undefined ? { rating: input.rating } : {}),
				suggestion,
				createdAt: now,
				updatedAt: now
			};
			await db.feedback.add(feedback);
		}
		return { customer, entry, codeOutcome, source, feedback };
	});
}

/** Whether a readable code links the new card, by the referral rules; read in the sign-up's transaction. */
async function codeOutcomeFor(
	db: CardFileDb,
	code: string,
	fields: CustomerFields,
	today: IsoDate
): Promise<CodeOutcome> {
	const found = await db.vouchers.where('code').equals(code).first();
	if (found && found.deletedAt === undefined && !isReferralVoucher(found)) return 'offer-code';
	const voucher = found && isReferralVoucher(found) ? found : undefined;
	const check = checkVoucher(code, () => voucher, today);
	if (check.status === 'typo' || check.status === 'malformed') return 'unknown';
	if (check.status !== 'valid') return check.status;
	const referrer = await db.customers.get(check.voucher.referrerId);
	if (!referrer || referrer.deletedAt !== undefined) return 'no-referrer';
	if (isReferrerThemselves(referrer, fields)) return 'self-referral';
	return 'linked';
}

export interface CustomerCounterForm {
	sources: SignUpSource[];
	feedback: Feedback[];
}

/** A card's sources and feedback, newest first. */
export async function counterFormOf(db: CardFileDb, customerId: Id): Promise<CustomerCounterForm> {
	return db.transaction('r', db.signUpSources, db.feedback, async () => {
		const newest = <T extends { createdAt: number; deletedAt?: number }>(rows: T[]) =>
			rows.filter((r) => r.deletedAt === undefined).sort((a, b) => b.createdAt - a.createdAt);
		return {
			sources: newest(await db.signUpSources.where('customerId').equals(customerId).toArray()),
			feedback: newest(await db.feedback.where('customerId').equals(customerId).toArray())
		};
	});
}

/** The shop's answer to one feedback; a later answer replaces the earlier one. */
export async function answerFeedback(
	db: CardFileDb,
	id: Id,
	answer: string,
	now: number = Date.now()
): Promise<Feedback> {
	const text = answer.trim();
	if (!text) throw new CounterFormError('answer-empty');
	if (text.length > MAX_ANSWER_LENGTH) throw new CounterFormError('answer-long');
	return db.transaction('rw', db.feedback, async () => {
		const row = await db.feedback.get(id);
		if (!row || row.deletedAt !== undefined) throw new Error(`No feedback ${id}`);
		const answered: Feedback = { ...row, answer: text, answeredAt: now, updatedAt: now };
		await db.feedback.put(answered);
		return answered;
	});
}

/** Feedback taken back: the row stays as a tombstone, so a sync does not bring it back. */
export async function deleteFeedback(
	db: CardFileDb,
	id: Id,
	now: number = Date.now()
): Promise<void> {
	await db.feedback.update(id, { deletedAt: now, updatedAt: now });
}

/**
 * The owner links a friend named at sign-up to the card they picked. No voucher was used, so no
 * reward is credited: the link records who brought the customer in.
 */
export async function linkNamedFriend(
	db: CardFileDb,
	sourceId: Id,
	referrerId: Id,
	now: number = Date.now()
): Promise<SignUpSource> {
	return db.transaction('rw', db.signUpSources, db.customers, async () => {
		const row = await db.signUpSources.get(sourceId);
		if (!row || row.deletedAt !== undefined) throw new Error(`No sign-up source ${sourceId}`);
		if (row.customerId === referrerId) throw new Error('A customer cannot refer themselves');
		const referrer = await db.customers.get(referrerId);
		if (!referrer || referrer.deletedAt !== undefined) throw new Error(`No card ${referrerId}`);
		const linked: SignUpSource = { ...row, referrerId, linkedAt: now, updatedAt: now };
		await db.signUpSources.put(linked);
		return linked;
	});
}

export interface CounterFormOverview {
	sources: SignUpSource[];
	feedback: Feedback[];
	/** Names of the live cards the sources and feedback belong to or point at. */
	names: Map<Id, string>;
}

/** Everything the feedback page shows, in one read. */
export async function counterFormOverview(db: CardFileDb): Promise<CounterFormOverview> {
	return db.transaction('r', db.signUpSources, db.feedback, db.customers, async () => {
		const sources = (await db.signUpSources.toArray()).filter((r) => r.deletedAt === undefined);
		const feedback = (await db.feedback.toArray()).filter((r) => r.deletedAt === undefined);
		const ids = new Set<Id>([
			...sources.flatMap((s) => [s.customerId, ...(s.referrerId ? [s.referrerId] : [])]),
			...feedback.map((f) => f.customerId)
		]);
		const cards = await db.customers.bulkGet([...ids]);
		const names = new Map<Id, string>();
		for (const c of cards) if (c && c.deletedAt === undefined) names.set(c.id, fullName(c));
		// A card in the trash takes its answers out of the counts until it is restored.
		return {
			sources: sources.filter((s) => names.has(s.customerId)),
			feedback: feedback.filter((f) => names.has(f.customerId)),
			names
		};
	});
}
