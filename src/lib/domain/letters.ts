/**
 * Letter templates: `{{field}}` merge fields filled from the customer, the shop and the campaign.
 * The output is plain text (shown as DOM text nodes), so nothing in a card can inject markup.
 */
import type { OfferTerms } from './offers';
import type { Address, Id, IsoDate, Minor } from './types';

export const CUSTOMER_FIELDS = [
	'greeting',
	'salutation',
	'firstName',
	'lastName',
	'fullName',
	'address',
	'points',
	'pointsValue',
	'lastPurchase',
	'voucherCode',
	'group'
] as const;
export const SHOP_FIELDS = ['shopName', 'shopAddress', 'shopPhone', 'signature'] as const;
export const CAMPAIGN_FIELDS = ['offer', 'eventDate', 'today'] as const;
export const MERGE_FIELDS = [...CUSTOMER_FIELDS, ...SHOP_FIELDS, ...CAMPAIGN_FIELDS] as const;
export type MergeFieldName = (typeof MERGE_FIELDS)[number];

const KNOWN = new Set<string>(MERGE_FIELDS);

export function isMergeField(name: string): name is MergeFieldName {
	return KNOWN.has(name);
}

/** What a letter knows of its recipient; the optional parts come from other features. */
export interface LetterRecipient {
	salutation: string;
	firstName: string;
	lastName: string;
	address: Address;
	lastPurchase?: IsoDate;
	/** Frequent-shopper points balance, when the points feature knows one. */
	points?: number;
	/** What the points are worth as money off, when points are redeemable for money. */
	pointsValue?: { amount: Minor; currency: string };
	/** A voucher code issued for this letter, when the referral feature issued one. */
	voucherCode?: string;
	/** The customer's group or segment name, when one applies. */
	group?: string;
}

export interface LetterShop {
	name: string;
	address: string;
	phone: string;
	signature: string;
}

export interface LetterCampaignFields {
	offer?: string;
	eventDate?: IsoDate;
}

export interface LetterContext {
	recipient: LetterRecipient;
	shop: LetterShop;
	campaign: LetterCampaignFields;
	today: IsoDate;
}

export type BuiltInKey =
	| 'thank-you'
	| 'birthday'
	| 'holiday'
	| 'we-miss-you'
	| 'invitation'
	| 'referral'
	| 'yearly-thanks'
	| 'complaint-follow-up'
	| 'quarterly-news';

/** A template the owner made (new or a copy): `own-` and the id of its first row. */
export type OwnKey = `own-${string}`;

export type TemplateKey = BuiltInKey | OwnKey;

export function isOwnKey(key: string): key is OwnKey {
	return key.startsWith('own-');
}

export const TEMPLATE_KEYS: readonly BuiltInKey[] = [
	'thank-you',
	'birthday',
	'holiday',
	'we-miss-you',
	'invitation',
	'referral',
	'yearly-thanks',
	'complaint-follow-up',
	'quarterly-news'
];

export interface BuiltInTemplate {
	key: BuiltInKey;
	/** The owner-facing name of the template, in the letter's language. */
	name: string;
	body: string;
}

/** Everything a language contributes to letters; adding a language is adding one such module. */
export interface LetterLanguage {
	code: string;
	dir: 'ltr' | 'rtl';
	/** "Dear Mrs Cohen," or the language's polite equivalent, with a fallback for no name. */
	greeting(recipient: LetterRecipient): string;
	/** Stands in for a missing name: "customer" in "Dear customer". */
	nameFallback: string;
	/** Dates, numbers and money in the language's own forms (see letters-format.ts). */
	formatDate(day: IsoDate): string;
	formatNumber(value: number): string;
	formatMoney(minor: Minor, currency: string): string;
	templates: readonly BuiltInTemplate[];
}

/** A template as the owner saved it: an edited built-in (its key) or their own (`own-…`), per language. */
export interface LetterTemplateRow {
	id: Id;
	key: TemplateKey;
	language: string;
	name: string;
	body: string;
	createdAt: number;
	updatedAt: number;
	deletedAt?: number;
}

export interface CampaignRow {
	id: Id;
	name: string;
	templateKey: TemplateKey;
	language: string;
	/** The day the letters were printed. */
	date: IsoDate;
	recipientIds: Id[];
	/** Left out because they declined letters. */
	optedOutCount: number;
	/** What the batch cost (paper, stamps, offer), when the owner entered it. */
	cost?: Minor;
	currency: string;
	audience: string;
	/** The offer's words as the letters printed them. */
	offer?: string;
	/** The terms behind each letter's own code, when the letters carried offer codes. */
	offerTerms?: OfferTerms;
	eventDate?: IsoDate;
	createdAt: number;
	updatedAt: number;
	deletedAt?: number;
}

export type TemplatePart =
	| { kind: 'text'; text: string }
	| { kind: 'field'; name: string; raw: string; start: number; end: number };

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Splits a template into text and `{{field}}` parts; unmatched braces stay text. */
export function parseTemplate(source: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let last = 0;
	for (const match of source.matchAll(FIELD)) {
		const start = match.index;
		if (start > last) parts.push({ kind: 'text', text: source.slice(last, start) });
		const end = start + match[0].length;
		parts.push({ kind: 'field', name: match[1], raw: match[0], start, end });
		last = end;
	}
	if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) });
	return parts;
}

/** Whether the template uses a merge field, e.g. whether its letters need a voucher code. */
export function usesField(source: string, name: MergeFieldName): boolean {
	return parseTemplate(source).some((part) => part.kind === 'field' && part.name === name);
}

export interface UnknownField {
	name: string;
	/** Offsets in the template source, end exclusive. */
	start: number;
	end: number;
	/** 1-based line and column, for the owner. */
	line: number;
	column: number;
}

/** Fields that are not merge fields; `known` also accepts the owner's names for them. */
export function unknownFields(
	source: string,
	known: (name: string) => boolean = isMergeField
): UnknownField[] {
	const found: UnknownField[] = [];
	for (const part of parseTemplate(source)) {
		if (part.kind !== 'field' || known(part.name)) continue;
		const before = source.slice(0, part.start);
		const line = before.split('\n').length;
		const column = part.start - before.lastIndexOf('\n');
		found.push({ name: part.name, start: part.start, end: part.end, line, column });
	}
	return found;
}

function present(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed ? trimmed : undefined;
}

export function recipientName(recipient: LetterRecipient): string | undefined {
	return present(`${recipient.firstName} ${recipient.lastName}`);
}

/** The address block for a window envelope: name, street, postal code and city, country. */
export function addressLines(recipient: LetterRecipient): string[] {
	const { street, postalCode, city, country } = recipient.address;
	const name = present(
		[recipient.salutation, recipient.firstName, recipient.lastName].filter(Boolean).join(' ')
	);
	return [
		name,
		present(street),
		present([postalCode, city].filter((p) => p.trim()).join(' ')),
		present(country)
	].filter((line): line is string => line !== undefined);
}

/**
 * The value of one field, or undefined when the data is missing and the line should go: a
 * missing voucher code removes its sentence rather than printing "Your code: ".
 */
export function fieldValue(
	name: MergeFieldName,
	context: LetterContext,
	language: LetterLanguage
): string | undefined {
	const { recipient, shop, campaign } = context;
	switch (name) {
		case 'greeting':
			return language.greeting(recipient);
		case 'salutation':
			return recipient.salutation.trim();
		case 'firstName':
			return present(recipient.firstName) ?? language.nameFallback;
		case 'lastName':
			return present(recipient.lastName) ?? present(recipient.firstName) ?? language.nameFallback;
		case 'fullName':
			return recipientName(recipient) ?? language.nameFallback;
		case 'address': {
			const lines = addressLines(recipient).slice(1);
			return lines.length > 0 ? lines.join(', ') : undefined;
		}
		case 'points':
			return recipient.points === undefined ? undefined : language.formatNumber(recipient.points);
		case 'pointsValue':
			return recipient.pointsValue === undefined
				? undefined
				: language.formatMoney(recipient.pointsValue.amount, recipient.pointsValue.currency);
		case 'lastPurchase':
			return recipient.lastPurchase ? language.formatDate(recipient.lastPurchase) : undefined;
		case 'voucherCode':
			return present(recipient.voucherCode);
		case 'group':
			return present(recipient.group);
		case 'shopName':
			return present(shop.name);
		case 'shopAddress':
			return present(shop.address);
		case 'shopPhone':
			return present(shop.phone);
		case 'signature':
			// No fallback to the shop's name: the closing lines name the shop already.
			return present(shop.signature);
		case 'offer':
			return present(campaign.offer);
		case 'eventDate':
			return campaign.eventDate ? language.formatDate(campaign.eventDate) : undefined;
		case 'today':
			return language.formatDate(context.today);
	}
}

export interface RenderedLetter {
	text: string;
	unknown: UnknownField[];
}

/**
 * Fills a template for one recipient. A line whose field has no data is left out; an unknown
 * field is kept as typed (and reported) so the owner sees it in the preview.
 */
export function renderLetter(
	source: string,
	context: LetterContext,
	language: LetterLanguage
): RenderedLetter {
	const lines: string[] = [];
	for (const line of source.split('\n')) {
		let out = '';
		let drop = false;
		for (const part of parseTemplate(line)) {
			if (part.kind === 'text') out += part.text;
			else if (!isMergeField(part.name)) out += part.raw;
			else {
				const value = fieldValue(part.name, context, language);
				if (value === undefined) drop = true;
				else out += value;
			}
		}
		if (!drop) lines.push(out.replace(/[ \t]+$/, ''));
	}
	const text = lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text, unknown: unknownFields(source) };
}

/** Paragraphs of a rendered letter, for one text node each. */
export function paragraphsOf(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
}
