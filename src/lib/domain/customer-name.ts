/** A card's name as shown in lists (apart, so the counter's first download needs nothing else). */
import type { CustomerFields } from './types';

export function fullName(fields: Pick<CustomerFields, 'firstName' | 'lastName'>): string {
	return `${fields.firstName} ${fields.lastName}`.trim();
}
