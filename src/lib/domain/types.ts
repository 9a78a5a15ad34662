/** The records of the card file, as plain data shared by the domain, the database and the UI. */

/** Globally unique, device-generated id (ULID). */
export type Id = string;

/** Milliseconds since the epoch (UTC). */
export type EpochMs = number;

/** A calendar day in the shop, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Money in integer minor units (cents, agorot, kopecks) of the shop's currency. */
export type Minor = number;

/** How the customer likes to hear from the shop: `phone` is a call, `message` a text (SMS, chat). */
export type ContactChannel = 'letter' | 'phone' | 'email' | 'message' | 'none';

/** Every stored record carries these, so devices can be synchronised later. */
export interface Tracked {
	id: Id;
	createdAt: EpochMs;
	updatedAt: EpochMs;
	/** Set when deleted: the row stays as a tombstone. */
	deletedAt?: EpochMs;
}

export interface Address {
	street: string;
	postalCode: string;
	city: string;
	country: string;
}

export interface CustomerFields {
	/** How a letter addresses them, e.g. "Mrs", "Mr", "Dr"; may be empty. */
	salutation: string;
	firstName: string;
	lastName: string;
	address: Address;
	phone: string;
	email: string;
	/** `YYYY-MM-DD`, or empty when unknown. */
	birthday: string;
	tags: string[];
	preferredChannel: ContactChannel;
	marketingConsent: boolean;
	/** When consent was given or withdrawn, epoch ms; absent when never recorded. */
	consentAt?: EpochMs;
	notes: string;
	/** Id in the system the card was imported from, if any. */
	externalId?: string;
}

/** Aggregates kept on the card and updated in the same transaction as each sale. */
export interface PurchaseSummary {
	visits: number;
	totalSpent: Minor;
	firstPurchase?: IsoDate;
	lastPurchase?: IsoDate;
}

export interface Customer extends Tracked, CustomerFields, PurchaseSummary {
	/** Lower-case, accent-free words of the name and email, for prefix lookups. */
	searchWords: string[];
	/** Digits of the phone number, for phone lookups. */
	phoneDigits: string;
}

/** A line of the sales ledger. Never rewritten: a correction voids the line and appends a new one. */
export interface Sale extends Tracked {
	customerId: Id;
	date: IsoDate;
	amount: Minor;
	currency: string;
	/** Category or free text of what was bought. */
	category: string;
	/** Invoice or receipt number from another system; a sale with one is imported once only. */
	externalRef?: string;
	/** The sale this one corrects, when it is a correction. */
	replaces?: Id;
}

export type NoteKind = 'comment' | 'complaint';

export interface Note extends Tracked {
	customerId: Id;
	kind: NoteKind;
	text: string;
	/** Complaints are open until answered; comments have no status. */
	status?: 'open' | 'answered';
	answeredAt?: EpochMs;
}

export type ContactKind = 'letter' | 'call' | 'email' | 'visit' | 'other';

export interface ContactEvent extends Tracked {
	customerId: Id;
	date: IsoDate;
	kind: ContactKind;
	summary: string;
}

export interface ShopSettings {
	shopName: string;
	address: string;
	phone: string;
	email: string;
	/** Opening hours as the owner writes them, e.g. "Mon–Sat 9–18". */
	hours: string;
	/** ISO 4217 code, e.g. "EUR", "ILS", "GBP". */
	currency: string;
	/** UI and letter language, e.g. "en", "he". */
	language: string;
}
