/**
 * A small vCard reader (2.1 with quoted-printable in any charset, 3.0, 4.0) and a 3.0 writer.
 * Android still exports 2.1, which no maintained library reads correctly.
 */
import { emptyCustomerFields, normalizeCustomerFields, validateCustomer } from './customer';
import { isValidIsoDate } from './dates';
import type { ReadResult, RowError } from './io-import';
import type { CustomerFields, IsoDate } from './types';

interface Property {
	name: string;
	params: Record<string, string[]>;
	value: string;
}

/** Joins folded lines: RFC 2425 folding, and 2.1 quoted-printable soft breaks ("=" at line end). */
function unfold(text: string): string[] {
	const raw = text.replace(/\r\n?/g, '\n').split('\n');
	const lines: string[] = [];
	for (const line of raw) {
		const previous = lines.length - 1;
		if (previous >= 0 && /^[ \t]/.test(line)) {
			lines[previous] += line.slice(1);
		} else if (
			previous >= 0 &&
			/QUOTED-PRINTABLE/i.test(lines[previous].split(':')[0]) &&
			lines[previous].endsWith('=')
		) {
			lines[previous] = lines[previous].slice(0, -1) + line;
		} else {
			lines.push(line);
		}
	}
	return lines.filter((l) => l.length > 0);
}

function parseLine(line: string): Property | undefined {
	// The first unquoted colon ends the name and parameters.
	let quoted = false;
	let colon = -1;
	for (let i = 0; i < line.length; i++) {
		if (line[i] === '"') quoted = !quoted;
		else if (line[i] === ':' && !quoted) {
			colon = i;
			break;
		}
	}
	if (colon < 0) return undefined;
	const [rawName, ...rawParams] = line.slice(0, colon).split(';');
	const name = rawName.replace(/^[^.]*\./, '').toUpperCase();
	const params: Record<string, string[]> = {};
	for (const param of rawParams) {
		const eq = param.indexOf('=');
		// vCard 2.1 allows bare parameters: "TEL;CELL;QUOTED-PRINTABLE:".
		const key = (eq < 0 ? bareParamKey(param) : param.slice(0, eq)).toUpperCase();
		const values = (eq < 0 ? param : param.slice(eq + 1))
			.split(',')
			.map((v) => v.replace(/^"|"$/g, ''));
		params[key] = [...(params[key] ?? []), ...values];
	}
	return { name, params, value: line.slice(colon + 1) };
}

function bareParamKey(param: string): string {
	const upper = param.toUpperCase();
	if (['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT'].includes(upper)) return 'ENCODING';
	return 'TYPE';
}

function decodeQuotedPrintable(value: string, charset: string): string {
	const bytes: number[] = [];
	for (let i = 0; i < value.length; i++) {
		const ch = value[i];
		if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
			bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
			i += 2;
		} else {
			for (const b of new TextEncoder().encode(ch)) bytes.push(b);
		}
	}
	try {
		return new TextDecoder(charset).decode(new Uint8Array(bytes));
	} catch {
		return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
	}
}

function decodedValue(property: Property): string {
	const encoding = (property.params.ENCODING ?? [])[0]?.toUpperCase();
	const charset = (property.params.CHARSET ?? ['utf-8'])[0];
	if (encoding === 'QUOTED-PRINTABLE') return decodeQuotedPrintable(property.value, charset);
	return property.value;
}

/** Splits a structured value on unescaped semicolons, then unescapes each part. */
function components(value: string): string[] {
	const parts: string[] = [''];
	for (let i = 0; i < value.length; i++) {
		const ch = value[i];
		if (ch === '\\' && i + 1 < value.length) {
			const next = value[++i];
			parts[parts.length - 1] += next === 'n' || next === 'N' ? '\n' : next;
		} else if (ch === ';') parts.push('');
		else parts[parts.length - 1] += ch;
	}
	return parts.map((p) => p.trim());
}

const text = (value: string) => components(value).join(';');

function birthdayOf(value: string): IsoDate {
	const v = value.trim();
	const compact = /^(\d{4})(\d{2})(\d{2})/.exec(v);
	if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
	const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v);
	return iso && isValidIsoDate(iso[1]) ? iso[1] : '';
}

const preferred = (props: Property[]) =>
	props.find(
		(p) => (p.params.TYPE ?? []).some((t) => t.toUpperCase() === 'PREF') || p.params.PREF
	) ?? props[0];

function cardToFields(props: Property[]): CustomerFields {
	const fields = emptyCustomerFields();
	const byName = (name: string) => props.filter((p) => p.name === name);
	const n = byName('N')[0];
	if (n) {
		const [last = '', first = '', middle = '', prefix = ''] = components(decodedValue(n));
		fields.lastName = last;
		fields.firstName = [first, middle].filter(Boolean).join(' ');
		fields.salutation = prefix;
	}
	if (!fields.firstName && !fields.lastName) {
		const fn = byName('FN')[0];
		if (fn) {
			const full = text(decodedValue(fn));
			const space = full.indexOf(' ');
			fields.firstName = space < 0 ? full : full.slice(0, space);
			fields.lastName = space < 0 ? '' : full.slice(space + 1);
		}
	}
	const tel = preferred(byName('TEL'));
	if (tel) fields.phone = text(decodedValue(tel)).replace(/^tel:/i, '');
	const email = preferred(byName('EMAIL'));
	if (email) fields.email = text(decodedValue(email));
	const adr = preferred(byName('ADR'));
	if (adr) {
		const [, , street = '', city = '', , postalCode = '', country = ''] = components(
			decodedValue(adr)
		);
		fields.address = { street, city, postalCode, country };
	}
	const bday = byName('BDAY')[0];
	if (bday) fields.birthday = birthdayOf(decodedValue(bday));
	const note = byName('NOTE')[0];
	if (note) fields.notes = text(decodedValue(note));
	const categories = byName('CATEGORIES')[0];
	if (categories)
		fields.tags = decodedValue(categories)
			.split(/(?<!\\),/)
			.map((t) => text(t))
			.filter(Boolean);
	return normalizeCustomerFields(fields);
}

/** Reads every card of a .vcf file; each card is a "row" numbered from 1 for the report. */
export function readVcards(source: string, today: IsoDate): ReadResult {
	const result: ReadResult = { customers: [], sales: [], errors: [], total: 0, okRows: 0 };
	let current: Property[] | undefined;
	for (const line of unfold(source)) {
		const property = parseLine(line);
		if (!property) continue;
		if (property.name === 'BEGIN' && property.value.toUpperCase() === 'VCARD') {
			current = [];
		} else if (property.name === 'END' && property.value.toUpperCase() === 'VCARD' && current) {
			result.total++;
			const fields = cardToFields(current);
			const errors = validateCustomer(fields, today);
			const row = result.total;
			if (Object.keys(errors).length === 0) {
				result.customers.push({ row, fields });
				result.okRows++;
			} else
				for (const [field, code] of Object.entries(errors))
					result.errors.push({
						row,
						field: (field === 'name' ? 'name' : field) as RowError['field'],
						code,
						value:
							field === 'name'
								? ''
								: String((fields as unknown as Record<string, unknown>)[field] ?? '')
					});
			current = undefined;
		} else current?.push(property);
	}
	return result;
}

function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/\n/g, '\\n')
		.replace(/([,;])/g, '\\$1');
}

/** Folds a content line at 75 characters, as RFC 2425 asks, without splitting a character. */
function fold(line: string): string {
	const chars = [...line];
	if (chars.length <= 75) return line;
	const parts: string[] = [];
	for (let i = 0; i < chars.length; i += i === 0 ? 75 : 74) {
		parts.push(chars.slice(i, i + (i === 0 ? 75 : 74)).join(''));
	}
	return parts.join('\r\n ');
}

export function writeVcard3(
	customers: readonly (CustomerFields & { deletedAt?: number })[]
): string {
	const cards = customers
		.filter((c) => c.deletedAt === undefined)
		.map((c) => {
			const lines = [
				'BEGIN:VCARD',
				'VERSION:3.0',
				`N:${[c.lastName, c.firstName, '', c.salutation, ''].map(escapeText).join(';')}`,
				`FN:${escapeText(`${c.firstName} ${c.lastName}`.trim())}`
			];
			if (c.phone) lines.push(`TEL;TYPE=CELL:${escapeText(c.phone)}`);
			if (c.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(c.email)}`);
			const a = c.address;
			if (a.street || a.city || a.postalCode || a.country)
				lines.push(
					`ADR;TYPE=HOME:;;${[a.street, a.city, '', a.postalCode, a.country].map(escapeText).join(';')}`
				);
			if (c.birthday) lines.push(`BDAY:${c.birthday}`);
			if (c.tags.length > 0) lines.push(`CATEGORIES:${c.tags.map(escapeText).join(',')}`);
			if (c.notes) lines.push(`NOTE:${escapeText(c.notes)}`);
			lines.push('END:VCARD');
			return lines.map(fold).join('\r\n');
		});
	return cards.join('\r\n') + '\r\n';
}
