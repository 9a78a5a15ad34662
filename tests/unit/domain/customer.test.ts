import { describe, expect, it } from 'vitest';
import {
	customerFieldsOf,
	emptyCustomerFields,
	fullName,
	MAX_NOTES_LENGTH,
	normalizeCustomerFields,
	parseTags,
	validateCustomer
} from '../../../src/lib/domain/customer';
import type { CustomerFields } from '../../../src/lib/domain/types';

const today = '2026-11-23';
const withFields = (fields: Partial<CustomerFields>): CustomerFields => ({
	...emptyCustomerFields(),
	firstName: 'Dana',
	...fields
});

describe('validateCustomer', () => {
	it('accepts a card with only a first or only a last name', () => {
		expect(validateCustomer(withFields({}), today)).toEqual({});
		expect(validateCustomer(withFields({ firstName: '', lastName: 'Cohen' }), today)).toEqual({});
	});

	it('requires a name', () => {
		expect(validateCustomer(withFields({ firstName: '  ' }), today)).toEqual({
			name: 'name-required'
		});
	});

	it('flags a malformed email and a phone with letters', () => {
		expect(validateCustomer(withFields({ email: 'dana@' }), today).email).toBe('email-invalid');
		expect(
			validateCustomer(withFields({ email: 'dana@example.com' }), today).email
		).toBeUndefined();
		expect(validateCustomer(withFields({ phone: 'call me' }), today).phone).toBe('phone-invalid');
		expect(
			validateCustomer(withFields({ phone: '+972 (50) 123-4567' }), today).phone
		).toBeUndefined();
	});

	it('rejects impossible, future and implausibly old birthdays', () => {
		expect(validateCustomer(withFields({ birthday: '2023-02-30' }), today).birthday).toBe(
			'birthday-invalid'
		);
		expect(validateCustomer(withFields({ birthday: '2027-01-01' }), today).birthday).toBe(
			'birthday-future'
		);
		expect(validateCustomer(withFields({ birthday: '1890-01-01' }), today).birthday).toBe(
			'birthday-too-old'
		);
		expect(
			validateCustomer(withFields({ birthday: '1980-02-29' }), today).birthday
		).toBeUndefined();
	});

	it('refuses a pasted novel in the notes', () => {
		expect(
			validateCustomer(withFields({ notes: 'x'.repeat(MAX_NOTES_LENGTH + 1) }), today).notes
		).toBe('too-long');
	});
});

describe('normalizeCustomerFields', () => {
	it('trims what was typed and drops empty tags', () => {
		const normalized = normalizeCustomerFields(
			withFields({ firstName: ' Dana ', email: ' d@x.io ', tags: [' roses ', '', 'roses'] })
		);
		expect(normalized.firstName).toBe('Dana');
		expect(normalized.email).toBe('d@x.io');
		expect(normalized.tags).toEqual(['roses']);
	});
});

describe('customerFieldsOf', () => {
	it('keeps exactly the editable fields of a stored card', () => {
		const fields = withFields({ tags: ['roses'], consentAt: 5, marketingConsent: true });
		const stored = {
			...fields,
			id: 'x',
			visits: 3,
			totalSpent: 100,
			searchWords: [],
			phoneDigits: ''
		};
		expect(customerFieldsOf(stored)).toEqual(fields);
	});
});

describe('names and tags', () => {
	it('joins names without stray spaces', () => {
		expect(fullName({ firstName: 'Dana', lastName: '' })).toBe('Dana');
		expect(fullName({ firstName: 'Dana', lastName: 'Cohen' })).toBe('Dana Cohen');
	});

	it('splits tags on commas and semicolons, without duplicates', () => {
		expect(parseTags('roses, gifts; roses,,orchids')).toEqual(['roses', 'gifts', 'orchids']);
	});
});
