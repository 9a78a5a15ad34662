/** From a card to what a letter knows of its recipient, with the points, voucher and group. */
import type { LetterRecipient } from '$lib/domain/letters';
import type { Customer, Id } from '$lib/domain/types';

/** What other features know of the recipients: filled in by the workshop before printing. */
export interface RecipientExtras {
	/** Points balances from the points ledger. */
	points?: ReadonlyMap<Id, number>;
	/** Voucher codes issued for this batch of letters. */
	vouchers?: ReadonlyMap<Id, string>;
	/** The customer's group in words, in the letter's language; undefined for none. */
	groupOf?: (customerId: Id) => string | undefined;
}

export function recipientOf(customer: Customer, extras: RecipientExtras = {}): LetterRecipient {
	return {
		salutation: customer.salutation,
		firstName: customer.firstName,
		lastName: customer.lastName,
		address: customer.address,
		lastPurchase: customer.lastPurchase,
		points: extras.points?.get(customer.id),
		voucherCode: extras.vouchers?.get(customer.id),
		group: extras.groupOf?.(customer.id)
	};
}

/** Shown in the preview when the audience is empty, so the owner still sees the letter. */
export const SAMPLE_RECIPIENT: LetterRecipient = {
	salutation: '',
	firstName: '',
	lastName: '',
	address: { street: '', postalCode: '', city: '', country: '' }
};
