/** From a card to what a letter knows of its recipient, with the points, voucher and group. */
import type { LetterRecipient } from '$lib/domain/letters';
import type { Customer, Id, Minor } from '$lib/domain/types';

/** What other features know of the recipients: filled in by the workshop before printing. */
export interface RecipientExtras {
	/** Points balances from the points ledger. */
	points?: ReadonlyMap<Id, number>;
	/** What one point is worth as money off, when points are redeemable for money. */
	pointValue?: { amount: Minor; currency: string };
	/** Voucher codes issued for this batch of letters. */
	vouchers?: ReadonlyMap<Id, string>;
	/** The customer's group in words, in the letter's language; undefined for none. */
	groupOf?: (customerId: Id) => string | undefined;
}

export function recipientOf(customer: Customer, extras: RecipientExtras = {}): LetterRecipient {
	const points = extras.points?.get(customer.id);
	const { pointValue } = extras;
	return {
		salutation: customer.salutation,
		firstName: customer.firstName,
		lastName: customer.lastName,
		address: customer.address,
		lastPurchase: customer.lastPurchase,
		points,
		pointsValue:
			points !== undefined && pointValue && pointValue.amount > 0
				? { amount: points * pointValue.amount, currency: pointValue.currency }
				: undefined,
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
