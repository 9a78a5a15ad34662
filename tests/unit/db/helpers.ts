/** A fresh, empty card file per test, on fake-indexeddb. */
import { emptyCustomerFields } from '../../../src/lib/domain/customer';
import { CardFileDb } from '../../../src/lib/db/schema';
import type { CustomerFields } from '../../../src/lib/domain/types';

export function freshDb(): CardFileDb {
	return new CardFileDb(`test-${Math.random().toString(36).slice(2)}`);
}

export function customerFields(fields: Partial<CustomerFields> = {}): CustomerFields {
	return { ...emptyCustomerFields(), firstName: 'Dana', lastName: 'Cohen', ...fields };
}
