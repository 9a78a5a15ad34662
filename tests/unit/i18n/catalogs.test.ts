/**
 * Every language's catalogs say everything English says: the same keys in every folder, the same
 * {placeholders}, and one plural variant per category the language's grammar has.
 * Until a translation lands, its locale fails here (and paraglide shows English in its place).
 * Narrow the run with CATALOG_LOCALES=he,el to check one translation at a time.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];
type Catalog = Record<string, Message>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const settings = JSON.parse(readFileSync(join(ROOT, 'project.inlang/settings.json'), 'utf8')) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
const BASE = settings.baseLocale;
const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
const only = process.env.CATALOG_LOCALES?.split(',').filter(Boolean);
const locales = settings.locales.filter((l) => l !== BASE && (!only || only.includes(l)));

function catalog(pattern: string, locale: string): Catalog {
	const file = join(ROOT, pattern.replace('{locale}', locale));
	const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	delete data.$schema;
	return data as Catalog;
}

function texts(message: Message): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
}

/** The {names} a message fills in, over all its variants. */
function placeholders(message: Message): string[] {
	const names = new Set<string>();
	for (const text of texts(message))
		for (const found of text.matchAll(/\{\s*([\p{L}\p{N}_]+)[^}]*\}/gu)) names.add(found[1]);
	return [...names].sort();
}

/** For each plural selector, the categories its variants cover. */
function pluralCategories(message: Message): Map<string, Set<string>> {
	const result = new Map<string, Set<string>>();
	if (typeof message === 'string') return result;
	for (const variant of message) {
		const plural = new Set(
			(variant.declarations ?? [])
				.map((d) => /^local\s+(\S+)\s*=\s*\S+\s*:\s*plural\b/.exec(d)?.[1])
				.filter((name): name is string => !!name)
		);
		for (const key of Object.keys(variant.match)) {
			for (const part of key.split(/\s*,\s*/)) {
				const [selector, value] = part.split('=');
				if (!plural.has(selector)) continue;
				if (!result.has(selector)) result.set(selector, new Set());
				result.get(selector)!.add(value);
			}
		}
	}
	return result;
}

describe.each(patterns)('catalog %s', (pattern) => {
	const english = catalog(pattern, BASE);

	it.each(locales)('%s has exactly the keys of English', (locale) => {
		const translated = catalog(pattern, locale);
		expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
	});

	it.each(locales)('%s fills in the same {placeholders} as English', (locale) => {
		const translated = catalog(pattern, locale);
		const wrong = Object.keys(english)
			.filter((key) => key in translated)
			.filter((key) => placeholders(translated[key]).join() !== placeholders(english[key]).join())
			.map(
				(key) =>
					`${key}: ${placeholders(translated[key]).join()} ≠ ${placeholders(english[key]).join()}`
			);
		expect(wrong).toEqual([]);
	});

	it.each([BASE, ...locales])('%s has a variant for each plural category', (locale) => {
		const translated = catalog(pattern, locale);
		const categories: string[] = [
			...new Intl.PluralRules(locale).resolvedOptions().pluralCategories
		];
		const wrong: string[] = [];
		for (const [key, message] of Object.entries(translated)) {
			for (const [selector, found] of pluralCategories(message)) {
				// A catch-all (*) stands for the categories not written out.
				const missing = categories.filter((c) => !found.has(c) && !found.has('*'));
				const unknown = [...found].filter((c) => c !== '*' && !categories.includes(c));
				if (missing.length || unknown.length)
					wrong.push(`${key} (${selector}): missing ${missing.join()} unknown ${unknown.join()}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});
