/**
 * Merge fields under the owner's names: the editor shows `{{first name}}` (or `{{имя}}`) while the
 * template is stored with the language-neutral `{{firstName}}`, so a template written under one UI
 * language reads in another and renders the same.
 */
import { MERGE_FIELDS, parseTemplate, type MergeFieldName } from './letters';

/** Each merge field's name in one language, as the owner reads and types it. */
export type FieldNames = Readonly<Record<MergeFieldName, string>>;

/** Case, accents' case and spacing do not matter when the owner types a name. */
function normal(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The field a typed name means: the owner's name for it, or its stored name. */
export function fieldResolver(names: FieldNames): (name: string) => MergeFieldName | undefined {
	const byName = new Map<string, MergeFieldName>();
	for (const field of MERGE_FIELDS) byName.set(normal(field), field);
	// The owner's names win over stored names that happen to read the same.
	for (const field of MERGE_FIELDS) byName.set(normal(names[field]), field);
	return (name) => byName.get(normal(name));
}

function replaceFields(source: string, replace: (name: string) => string | undefined): string {
	let out = '';
	for (const part of parseTemplate(source)) {
		if (part.kind === 'text') out += part.text;
		else {
			const name = replace(part.name);
			out += name === undefined ? part.raw : `{{${name}}}`;
		}
	}
	return out;
}

/** A stored template as the editor shows it: known fields by the owner's names. */
export function withOwnerNames(source: string, names: FieldNames): string {
	const resolve = fieldResolver(names);
	return replaceFields(source, (name) => {
		const field = resolve(name);
		return field === undefined ? undefined : names[field];
	});
}

/** What the editor holds, as it is stored: known fields by their language-neutral names. */
export function withStoredNames(source: string, names: FieldNames): string {
	return replaceFields(source, fieldResolver(names));
}

/** Problems with a set of names that would make a field unreadable or ambiguous. */
export function fieldNameProblems(names: FieldNames): string[] {
	const problems: string[] = [];
	const seen = new Map<string, MergeFieldName>();
	for (const field of MERGE_FIELDS) {
		const name = names[field];
		if (!name.trim() || /[{}]/.test(name)) problems.push(`${field}: "${name}" cannot be a field`);
		const key = normal(name);
		const other = seen.get(key);
		if (other) problems.push(`${field} and ${other} are both "${name}"`);
		seen.set(key, field);
	}
	for (const field of MERGE_FIELDS) {
		const other = seen.get(normal(field));
		if (other && other !== field) problems.push(`${other}'s name is the stored name of ${field}`);
	}
	return problems;
}
