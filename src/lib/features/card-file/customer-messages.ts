/** The owner-facing words for each validation problem of a card, a sale or a note. */
import type { CustomerFieldError } from '$lib/domain/customer';
import type { AmountError } from '$lib/domain/money';
import type { NoteTextError } from '$lib/domain/notes';
import { m } from '$lib/paraglide/messages';

export function customerErrorMessage(error: CustomerFieldError): string {
	switch (error) {
		case 'name-required':
			return m.error_name_required();
		case 'too-long':
			return m.error_too_long();
		case 'email-invalid':
			return m.error_email_invalid();
		case 'phone-invalid':
			return m.error_phone_invalid();
		case 'birthday-invalid':
			return m.error_birthday_invalid();
		case 'birthday-future':
			return m.error_birthday_future();
		case 'birthday-too-old':
			return m.error_birthday_too_old();
	}
}

export function amountErrorMessage(error: AmountError): string {
	switch (error) {
		case 'empty':
			return m.error_amount_empty();
		case 'not-a-number':
			return m.error_amount_not_number();
		case 'negative':
			return m.error_amount_negative();
		case 'zero':
			return m.error_amount_zero();
		case 'too-large':
			return m.error_amount_too_large();
	}
}

export function noteErrorMessage(error: NoteTextError, max: number): string {
	return error === 'empty' ? m.error_note_empty() : m.error_note_too_long({ max });
}
