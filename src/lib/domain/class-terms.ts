/**
 * Standing terms per 80/20 class: a discount or a gift the owner gives every class A (or B, or C)
 * customer, in the owner's words, shown at the counter on the customer's card.
 */
import type { AbcClass } from './segments';

export type ClassTerms = Record<AbcClass, string>;

export const DEFAULT_CLASS_TERMS: ClassTerms = { A: '', B: '', C: '' };

export const CLASS_TERMS_MAX_LENGTH = 200;

/** Trimmed, cut to the greatest length, every class present. */
export function cleanClassTerms(terms: Partial<Record<string, unknown>>): ClassTerms {
	const clean = (value: unknown) =>
		typeof value === 'string' ? value.trim().slice(0, CLASS_TERMS_MAX_LENGTH) : '';
	return { A: clean(terms.A), B: clean(terms.B), C: clean(terms.C) };
}

/** A card's standing terms, when its class has any. */
export function termsOfClass(terms: ClassTerms, cls: AbcClass | undefined): string | undefined {
	const text = cls ? terms[cls].trim() : '';
	return text === '' ? undefined : text;
}
