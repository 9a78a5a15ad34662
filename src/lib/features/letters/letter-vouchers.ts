/**
 * Voucher codes for letters that carry one (the referral invitation, or any template using
 * {{voucherCode}}): one voucher per recipient, issued once per batch however often it is printed.
 *
 * Vouchers are issued when the letters are printed, not when the batch is marked as sent: the
 * code must be on the paper, and a code that is printed but not yet in the card file would be
 * refused as unknown at the counter if the owner forgot to mark the batch. A re-print (the "print
 * again" button, or the same letters printed again after "not sent") reuses the codes kept here,
 * so one batch never issues twice; marking the batch as sent lets them go.
 */
import type { IssueResult } from '$lib/db/referrals';
import type { TemplateKey } from '$lib/domain/letters';
import { formatCode } from '$lib/domain/referrals-code';
import type { Id } from '$lib/domain/types';

export type IssueOne = (customerIds: readonly Id[]) => Promise<IssueResult>;

export class LetterVouchers {
	readonly #codes = new Map<string, string>();
	readonly #issue: IssueOne;

	constructor(issue: IssueOne) {
		this.#issue = issue;
	}

	#key(template: TemplateKey, id: Id): string {
		return `${template}|${id}`;
	}

	/** Codes by customer, grouped for reading aloud (absent for those over the max-vouchers rule) and how many were skipped. */
	async codesFor(
		template: TemplateKey,
		ids: readonly Id[]
	): Promise<{ codes: Map<Id, string>; skipped: number }> {
		const missing = ids.filter((id) => !this.#codes.has(this.#key(template, id)));
		let skipped = 0;
		if (missing.length > 0) {
			const result = await this.#issue(missing);
			for (const v of result.issued)
				this.#codes.set(this.#key(template, v.referrerId), formatCode(v.code));
			skipped = result.skipped.length;
		}
		const codes = new Map<Id, string>();
		for (const id of ids) {
			const code = this.#codes.get(this.#key(template, id));
			if (code) codes.set(id, code);
		}
		return { codes, skipped };
	}

	/** The batch went out: its letters' codes are spent, a later batch gets new ones. */
	sent(template: TemplateKey, ids: readonly Id[]): void {
		for (const id of ids) this.#codes.delete(this.#key(template, id));
	}
}
