/** From a card to what a letter knows of its recipient; points, vouchers and groups plug in here. */
import type { LetterRecipient } from '$lib/domain/letters';
import type { Customer } from '$lib/domain/types';

export function recipientOf(customer: Customer): LetterRecipient {
	return {
		salutation: customer.salutation,
		firstName: customer.firstName,
		lastName: customer.lastName,
		address: customer.address,
		lastPurchase: customer.lastPurchase
	};
}

/** Shown in the preview when the audience is empty, so the owner still sees the letter. */
export const SAMPLE_RECIPIENT: LetterRecipient = {
	salutation: '',
	firstName: '',
	lastName: '',
	address: { street: '', postalCode: '', city: '', country: '' }
};
