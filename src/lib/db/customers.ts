/** Reading and writing customer cards; deletions leave tombstones that can be restored. */
import {
	hasErrors,
	normalizeCustomerFields,
	validateCustomer,
	type CustomerErrors
} from '../domain/customer';
import { todayIso } from '../domain/dates';
import { newId } from '../domain/ids';
import { EMPTY_SUMMARY } from '../domain/purchase-summary';
import { digitsOf, searchWordsOf } from '../domain/search';
import type { Customer, CustomerFields, Id } from '../domain/types';
import type { CardFileDb } from './schema';

export class CustomerValidationError extends Error {
	constructor(readonly errors: CustomerErrors) {
		super(`Invalid customer: ${Object.keys(errors).join(', ')}`);
		this.name = 'CustomerValidationError';
	}
}

/** How long a deleted card can still be restored. */
export const RESTORE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

function derivedFields(fields: CustomerFields) {
	return { searchWords: searchWordsOf(fields), phoneDigits: digitsOf(fields.phone) };
}

function checked(fields: CustomerFields): CustomerFields {
	const normalized = normalizeCustomerFields(fields);
	const errors = validateCustomer(normalized, todayIso());
	if (hasErrors(errors)) throw new CustomerValidationError(errors);
	return normalized;
}

export async function addCustomer(
	db: CardFileDb,
	fields: CustomerFields,
	now: number = Date.now()
): Promise<Customer> {
	const valid = checked(fields);
	const customer: Customer = {
		...valid,
		...derivedFields(valid),
		...EMPTY_SUMMARY,
		// Consent is dated when it is given, so the shop can show when a customer agreed.
		consentAt: valid.consentAt ?? (valid.marketingConsent ? now : undefined),
		id: newId(now),
		createdAt: now,
		updatedAt: now
	};
	await db.customers.add(customer);
	return customer;
}

export async function updateCustomer(
	db: CardFileDb,
	id: Id,
	fields: CustomerFields,
	now: number = Date.now()
): Promise<Customer> {
	const valid = checked(fields);
	return db.transaction('rw', db.customers, async () => {
		const existing = await db.customers.get(id);
		if (!existing) throw new Error(`No customer ${id}`);
		const consentChanged = existing.marketingConsent !== valid.marketingConsent;
		const updated: Customer = {
			...existing,
			...valid,
			...derivedFields(valid),
			consentAt: consentChanged ? now : (valid.consentAt ?? existing.consentAt),
			updatedAt: now
		};
		await db.customers.put(updated);
		return updated;
	});
}

export {
	countLiveCustomers,
	getCustomer,
	liveCustomers,
	onCustomersChanged
} from './customer-reads';

export async function deleteCustomer(
	db: CardFileDb,
	id: Id,
	now: number = Date.now()
): Promise<void> {
	await db.customers.update(id, { deletedAt: now, updatedAt: now });
}

export async function restoreCustomer(
	db: CardFileDb,
	id: Id,
	now: number = Date.now()
): Promise<void> {
	await db.transaction('rw', db.customers, async () => {
		const customer = await db.customers.get(id);
		if (!customer) return;
		delete customer.deletedAt;
		customer.updatedAt = now;
		await db.customers.put(customer);
	});
}

/** Deleted cards still inside the restore window, most recently deleted first. */
export async function recentlyDeletedCustomers(
	db: CardFileDb,
	now: number = Date.now()
): Promise<Customer[]> {
	const deleted = await db.customers
		.filter((c) => c.deletedAt !== undefined && now - c.deletedAt < RESTORE_WINDOW_MS)
		.toArray();
	return deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}
