/**
 * A small streaming XML reader for the parts of a spreadsheet file (OOXML and OpenDocument).
 *
 * DOMParser does not exist in web workers, where the import runs, and a sheet of 100,000 rows as
 * a tree of nodes would hold millions of objects: this reads the text once, front to back, and
 * calls back per element and text run. Names are local (the `x:` or `table:` prefix dropped).
 * Only the five predefined entities and character references are decoded; a DOCTYPE is skipped
 * and never expanded, so a file cannot make the reader define or blow up entities.
 */

export type XmlAttributes = Record<string, string>;

export interface XmlHandlers {
	open?: (name: string, attributes: XmlAttributes, selfClosing: boolean) => void;
	close?: (name: string) => void;
	text?: (text: string) => void;
}

export class XmlError extends Error {}

const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
		if (name) return NAMED[name.toLowerCase()] ?? whole;
		const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
	});
}

const localName = (name: string) => {
	const colon = name.indexOf(':');
	return colon < 0 ? name : name.slice(colon + 1);
};

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(source: string): XmlAttributes {
	const attributes: XmlAttributes = {};
	if (!source.includes('=')) return attributes;
	ATTRIBUTE.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = ATTRIBUTE.exec(source))) {
		attributes[localName(match[1])] = decodeEntities(match[2] ?? match[3] ?? '');
	}
	return attributes;
}

/** Reads the whole text, calling the handlers in document order; throws XmlError when malformed. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
	const { open, close, text } = handlers;
	let position = 0;
	const length = xml.length;
	while (position < length) {
		const lt = xml.indexOf('<', position);
		const end = lt < 0 ? length : lt;
		if (end > position && text) text(decodeEntities(xml.slice(position, end)));
		if (lt < 0) return;
		const next = xml.charCodeAt(lt + 1);
		if (next === 0x21 /* ! */) {
			if (xml.startsWith('<!--', lt)) position = after(xml, '-->', lt);
			else if (xml.startsWith('<![CDATA[', lt)) {
				const close = xml.indexOf(']]>', lt);
				if (close < 0) throw new XmlError('CDATA not closed');
				text?.(xml.slice(lt + 9, close));
				position = close + 3;
			} else position = skipDeclaration(xml, lt);
			continue;
		}
		if (next === 0x3f /* ? */) {
			position = after(xml, '?>', lt);
			continue;
		}
		const gt = tagEnd(xml, lt);
		if (next === 0x2f /* / */) {
			close?.(localName(xml.slice(lt + 2, gt).trim()));
		} else {
			const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
			const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
			const space = inner.search(/\s/);
			const name = localName(space < 0 ? inner : inner.slice(0, space));
			if (!name) throw new XmlError('Element without a name');
			open?.(name, space < 0 ? {} : attributesOf(inner.slice(space)), selfClosing);
			if (selfClosing) close?.(name);
		}
		position = gt + 1;
	}
}

function after(xml: string, token: string, from: number): number {
	const index = xml.indexOf(token, from);
	if (index < 0) throw new XmlError(`${token} missing`);
	return index + token.length;
}

/** The `>` that ends a tag, quotes in attribute values respected. */
function tagEnd(xml: string, from: number): number {
	let quote = 0;
	for (let i = from + 1; i < xml.length; i++) {
		const c = xml.charCodeAt(i);
		if (quote) {
			if (c === quote) quote = 0;
		} else if (c === 0x22 || c === 0x27) quote = c;
		else if (c === 0x3e) return i;
		else if (c === 0x3c) throw new XmlError('Tag not closed');
	}
	throw new XmlError('Tag not closed');
}

/** A DOCTYPE (with an internal subset in brackets) is passed over, never read. */
function skipDeclaration(xml: string, from: number): number {
	let depth = 0;
	for (let i = from + 2; i < xml.length; i++) {
		const c = xml[i];
		if (c === '[') depth++;
		else if (c === ']') depth--;
		else if (c === '>' && depth <= 0) return i + 1;
	}
	throw new XmlError('Declaration not closed');
}
