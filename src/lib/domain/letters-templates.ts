/** The templates the owner can pick in one language: the built-ins (as edited) and their own. */
import {
	isOwnKey,
	TEMPLATE_KEYS,
	type LetterLanguage,
	type LetterTemplateRow,
	type TemplateKey
} from './letters';

export interface TemplateChoice {
	key: TemplateKey;
	name: string;
	/** The text as stored: the owner's saved version, or the built-in text. */
	body: string;
	/** True for the owner's own templates, which can be renamed and deleted. */
	own: boolean;
	/** The owner's saved row, when there is one (an edited built-in or an own template). */
	saved?: LetterTemplateRow;
}

/** What a new template starts from: the greeting and the closing lines, the middle left to write. */
export const STARTER_BODY = '{{greeting}}\n\n\n\n{{signature}}\n{{shopName}}\n{{shopPhone}}';

/** The newest live row for each key in the language (deleted rows are tombstones, left out). */
function latestRows(
	rows: readonly LetterTemplateRow[],
	language: string
): Map<TemplateKey, LetterTemplateRow> {
	const latest = new Map<TemplateKey, LetterTemplateRow>();
	for (const row of rows) {
		if (row.deletedAt !== undefined || row.language !== language) continue;
		const found = latest.get(row.key);
		if (!found || row.updatedAt > found.updatedAt) latest.set(row.key, row);
	}
	return latest;
}

/** The built-ins first, in their fixed order, then the owner's own templates by name. */
export function templateChoices(
	language: LetterLanguage,
	rows: readonly LetterTemplateRow[]
): TemplateChoice[] {
	const latest = latestRows(rows, language.code);
	const builtIns = TEMPLATE_KEYS.map((key): TemplateChoice => {
		const template = language.templates.find((t) => t.key === key);
		if (!template) throw new Error(`No built-in template ${key} in ${language.code}`);
		const saved = latest.get(key);
		return { key, name: template.name, body: saved?.body ?? template.body, own: false, saved };
	});
	const own = [...latest.values()]
		.filter((row) => isOwnKey(row.key))
		.map((row): TemplateChoice => ({
			key: row.key,
			name: row.name,
			body: row.body,
			own: true,
			saved: row
		}))
		.sort((a, b) => a.name.localeCompare(b.name, language.code) || a.key.localeCompare(b.key));
	return [...builtIns, ...own];
}
