/**
 * Codes for letters that carry one (any template using {{voucherCode}}): one code per recipient,
 * issued once per batch however often it is printed. The referral invitation carries a referral
 * voucher for the customer to pass on to a friend; every other letter carries an offer bound to
 * its recipient (see offers.ts), with the batch's offer as its terms.
 *
 * Codes are issued when the letters are printed, not when the batch is marked as sent: the code
 * must be on the paper, and a code that is printed but not yet in the card file would be refused
 * as unknown at the counter if the owner forgot to mark the batch. A re-print (the "print again"
 * button, or the same letters printed again after "not sent") reuses the codes kept here, so one
 * batch never issues twice; marking the batch as sent lets them go. A batch is its template and
 * its offer: changing the offer between two prints issues new codes with the new terms.
 */
import type { IssueResult } from '$lib/db/referrals';
import type { OfferIssueResult } from '$lib/db/offers';
import { formatCode } from '$lib/domain/referrals-code';
import type { Id } from '$lib/domain/types';

export interface IssuedCodes {
	issued: { voucherId: Id; customerId: Id; code: string }[];
	/** Recipients who got no code (over the referral limit, or their card is gone). */
	skipped: number;
}

export type IssueCodes = (customerIds: readonly Id[]) => Promise<IssuedCodes>;

export function fromReferralIssue(result: IssueResult): IssuedCodes {
	return {
		issued: result.issued.map((v) => ({ voucherId: v.id, customerId: v.referrerId, code: v.code })),
		skipped: result.skipped.length
	};
}

export function fromOfferIssue(result: OfferIssueResult): IssuedCodes {
	return {
		issued: result.issued.map((v) => ({ voucherId: v.id, customerId: v.holderId, code: v.code })),
		skipped: result.skipped.length
	};
}

export interface LetterCodes {
	/** Codes by customer, grouped for reading aloud. */
	codes: Map<Id, string>;
	/** The vouchers behind them, for the campaign to link when the batch is sent. */
	voucherIds: Id[];
	skipped: number;
}

export class LetterVouchers {
	readonly #codes = new Map<string, { code: string; voucherId: Id }>();

	#key(batch: string, id: Id): string {
		return `${batch}|${id}`;
	}

	async codesFor(batch: string, ids: readonly Id[], issue: IssueCodes): Promise<LetterCodes> {
		const missing = ids.filter((id) => !this.#codes.has(this.#key(batch, id)));
		let skipped = 0;
		if (missing.length > 0) {
			const result = await issue(missing);
			for (const v of result.issued)
				this.#codes.set(this.#key(batch, v.customerId), {
					code: formatCode(v.code),
					voucherId: v.voucherId
				});
			skipped = result.skipped;
		}
		const codes = new Map<Id, string>();
		const voucherIds: Id[] = [];
		for (const id of ids) {
			const kept = this.#codes.get(this.#key(batch, id));
			if (!kept) continue;
			codes.set(id, kept.code);
			voucherIds.push(kept.voucherId);
		}
		return { codes, voucherIds, skipped };
	}

	/** The batch went out: its letters' codes are spent, a later batch gets new ones. */
	sent(batch: string, ids: readonly Id[]): void {
		for (const id of ids) this.#codes.delete(this.#key(batch, id));
	}
}
