/**
 * The card file's IndexedDB schema. Every released version stays here forever, in order; a change
 * is a new version with its own upgrade, tested against a database of each earlier version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ContactEvent, Customer, Note, Sale } from '../domain/types';

export interface SettingRow {
	key: string;
	value: unknown;
}

export const DEFAULT_DB_NAME = 'counter-cards';

export class CardFileDb extends Dexie {
	customers!: EntityTable<Customer, 'id'>;
	sales!: EntityTable<Sale, 'id'>;
	notes!: EntityTable<Note, 'id'>;
	contacts!: EntityTable<ContactEvent, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;

	constructor(name: string = DEFAULT_DB_NAME) {
		super(name);
		// Few, narrow indexes: each one costs on every write of a sale at the counter.
		this.version(1).stores({
			customers: 'id, *searchWords, phoneDigits, email, externalId, lastPurchase, updatedAt',
			sales: 'id, customerId, date, externalRef, updatedAt',
			notes: 'id, customerId, status, updatedAt',
			contacts: 'id, customerId, date, updatedAt',
			settings: 'key'
		});
	}
}
