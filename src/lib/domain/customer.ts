/** A customer's card: its empty form, its validation and how its name reads. */
import { isValidIsoDate } from './dates';
import type { CustomerFields, IsoDate } from './types';

export const MAX_TEXT_LENGTH = 200;
export const MAX_NOTES_LENGTH = 10_000;
/** Older than anyone who walks in; a birthday before this is a typing slip. */
const OLDEST_BIRTH_YEAR_OFFSET = 120;

export function emptyCustomerFields(): CustomerFields {
	return {
		salutation: '',
		firstName: '',
		lastName: '',
		address: { street: '', postalCode: '', city: '', country: '' },
		phone: '',
		email: '',
		birthday: '',
		tags: [],
		preferredChannel: 'letter',
		marketingConsent: false,
		notes: ''
	};
}

export type CustomerFieldError =
	| 'name-required'
	| 'too-long'
	| 'email-invalid'
	| 'phone-invalid'
	| 'birthday-invalid'
	| 'birthday-future'
	| 'birthday-too-old';

export type CustomerErrors = Partial<
	Record<'name' | 'email' | 'phone' | 'birthday' | 'notes' | 'address' | 'tags', CustomerFieldError>
>;

// Deliberately loose: one @, something before it, a dot in the domain; strictness loses real customers.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;

export function validateCustomer(fields: CustomerFields, today: IsoDate): CustomerErrors {
	const errors: CustomerErrors = {};
	const name = `${fields.firstName}${fields.lastName}`.trim();
	if (name.length === 0) errors.name = 'name-required';
	else if (fields.firstName.length > MAX_TEXT_LENGTH || fields.lastName.length > MAX_TEXT_LENGTH)
		errors.name = 'too-long';
	const email = fields.email.trim();
	if (email.length > MAX_TEXT_LENGTH) errors.email = 'too-long';
	else if (email.length > 0 && !EMAIL.test(email)) errors.email = 'email-invalid';
	const phone = fields.phone.trim();
	if (phone.length > 40) errors.phone = 'too-long';
	else if (
		phone.length > 0 &&
		(!/^[\d\s()+\-./]+$/.test(phone) || phone.replace(/\D/g, '').length < 3)
	)
		errors.phone = 'phone-invalid';
	if (fields.birthday) {
		if (!isValidIsoDate(fields.birthday)) errors.birthday = 'birthday-invalid';
		else if (fields.birthday > today) errors.birthday = 'birthday-future';
		else if (
			Number(fields.birthday.slice(0, 4)) <
			Number(today.slice(0, 4)) - OLDEST_BIRTH_YEAR_OFFSET
		)
			errors.birthday = 'birthday-too-old';
	}
	if (fields.notes.length > MAX_NOTES_LENGTH) errors.notes = 'too-long';
	const { street, postalCode, city, country } = fields.address;
	if ([street, postalCode, city, country].some((part) => part.length > MAX_TEXT_LENGTH))
		errors.address = 'too-long';
	if (fields.tags.some((tag) => tag.length > 60) || fields.tags.length > 50)
		errors.tags = 'too-long';
	return errors;
}

export function hasErrors(errors: object): boolean {
	return Object.keys(errors).length > 0;
}

/** Trims what was typed, keeping everything else as it was entered. */
export function normalizeCustomerFields(fields: CustomerFields): CustomerFields {
	return {
		...fields,
		salutation: fields.salutation.trim(),
		firstName: fields.firstName.trim(),
		lastName: fields.lastName.trim(),
		phone: fields.phone.trim(),
		email: fields.email.trim(),
		address: {
			street: fields.address.street.trim(),
			postalCode: fields.address.postalCode.trim(),
			city: fields.address.city.trim(),
			country: fields.address.country.trim()
		},
		tags: [...new Set(fields.tags.map((t) => t.trim()).filter((t) => t.length > 0))]
	};
}

/** The editable fields of a stored card, without its ids, timestamps and aggregates. */
export function customerFieldsOf(customer: CustomerFields): CustomerFields {
	return {
		salutation: customer.salutation,
		firstName: customer.firstName,
		lastName: customer.lastName,
		address: { ...customer.address },
		phone: customer.phone,
		email: customer.email,
		birthday: customer.birthday,
		tags: [...customer.tags],
		preferredChannel: customer.preferredChannel,
		marketingConsent: customer.marketingConsent,
		...(customer.consentAt !== undefined ? { consentAt: customer.consentAt } : {}),
		notes: customer.notes,
		...(customer.externalId !== undefined ? { externalId: customer.externalId } : {})
	};
}

export { fullName } from './customer-name';

/** Tags typed as "roses, gifts; orchids" become ["roses", "gifts", "orchids"]. */
export function parseTags(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[,;،\n]/)
				.map((t) => t.trim())
				.filter((t) => t.length > 0)
		)
	];
}
