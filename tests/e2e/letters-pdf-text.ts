/**
 * Just enough PDF reading for the print tests: the text of each page of a Chromium PDF, through
 * the fonts' ToUnicode maps. Not a general PDF parser (no xref streams, no encryption).
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
	dict: string;
	stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const objects = new Map<number, PdfObject>();
	const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
	for (const match of text.matchAll(pattern)) {
		const body = match[2];
		const streamAt = body.search(/stream\r?\n/);
		if (streamAt < 0) {
			objects.set(Number(match[1]), { dict: body });
			continue;
		}
		const dict = body.slice(0, streamAt);
		const start =
			match.index + match[0].indexOf(body) + streamAt + body.slice(streamAt).indexOf('\n') + 1;
		const end = text.lastIndexOf('endstream', match.index + match[0].length);
		let raw = pdf.subarray(start, end);
		if (/\/FlateDecode/.test(dict)) {
			try {
				raw = inflateSync(raw);
			} catch {
				raw = Buffer.alloc(0);
			}
		}
		objects.set(Number(match[1]), { dict, stream: raw });
	}
	return objects;
}

function hexToCodes(hex: string, bytes: number): number[] {
	const clean = hex.replace(/\s/g, '');
	const codes: number[] = [];
	for (let i = 0; i + bytes * 2 <= clean.length; i += bytes * 2)
		codes.push(parseInt(clean.slice(i, i + bytes * 2), 16));
	return codes;
}

function utf16(hex: string): string {
	const units = hexToCodes(hex, 2);
	return String.fromCharCode(...units);
}

function toUnicodeMap(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
		for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
			map.set(parseInt(m[1], 16), utf16(m[2]));
	for (const block of block_ranges(cmap)) {
		const [from, to, target] = block;
		if (Array.isArray(target)) target.forEach((t, i) => map.set(from + i, t));
		else {
			const base = target.charCodeAt(target.length - 1);
			for (let code = from; code <= to; code++)
				map.set(code, target.slice(0, -1) + String.fromCharCode(base + code - from));
		}
	}
	return map;
}

function block_ranges(cmap: string): [number, number, string | string[]][] {
	const ranges: [number, number, string | string[]][] = [];
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
		for (const m of block[1].matchAll(
			/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g
		)) {
			const target = m[3].startsWith('[')
				? [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].map((t) => utf16(t[1]))
				: utf16(m[3].slice(1, -1));
			ranges.push([parseInt(m[1], 16), parseInt(m[2], 16), target]);
		}
	return ranges;
}

function dictOf(objects: Map<number, PdfObject>, text: string): string {
	const ref = /^\s*(\d+) 0 R/.exec(text);
	return ref ? (objects.get(Number(ref[1]))?.dict ?? '') : text;
}

/** Fonts of a page's resources: resource name to its ToUnicode map. */
function fontsOf(
	objects: Map<number, PdfObject>,
	pageDict: string
): Map<string, Map<number, string>> {
	const fonts = new Map<string, Map<number, string>>();
	const resources = /\/Resources\s*(\d+ 0 R|<<[\s\S]*>>)/.exec(pageDict);
	if (!resources) return fonts;
	const resourceDict = dictOf(objects, resources[1]);
	const fontEntry = /\/Font\s*(\d+ 0 R|<<[^>]*>>)/.exec(resourceDict);
	if (!fontEntry) return fonts;
	const fontDict = dictOf(objects, fontEntry[1]);
	for (const m of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
		const font = objects.get(Number(m[2]))?.dict ?? '';
		const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font);
		const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined;
		fonts.set(m[1], cmap ? toUnicodeMap(cmap.toString('latin1')) : new Map());
	}
	return fonts;
}

function pageText(content: string, fonts: Map<string, Map<number, string>>): string {
	let font = new Map<number, string>();
	let out = '';
	const tokens = content.matchAll(
		/\/([\w.+-]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj|(T\*|Td|TD|Tm|ET)\b/g
	);
	for (const t of tokens) {
		if (t[1]) font = fonts.get(t[1]) ?? new Map();
		else if (t[2] !== undefined)
			for (const s of t[2].matchAll(/<([0-9a-fA-F\s]*)>/g))
				out += hexToCodes(s[1], 2)
					.map((c) => font.get(c) ?? '')
					.join('');
		else if (t[3] !== undefined)
			out += hexToCodes(t[3], 2)
				.map((c) => font.get(c) ?? '')
				.join('');
		else out += ' ';
	}
	return out.replace(/\s+/g, ' ');
}

/** The text of every page, in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
	const objects = objectsOf(pdf);
	const pagesRoot = [...objects.values()].find(
		(o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict)
	);
	const pageIds: number[] = [];
	const walk = (dict: string) => {
		const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
		if (!kids) return;
		for (const k of kids[1].matchAll(/(\d+) 0 R/g)) {
			const child = objects.get(Number(k[1]));
			if (!child) continue;
			if (/\/Type\s*\/Pages\b/.test(child.dict)) walk(child.dict);
			else pageIds.push(Number(k[1]));
		}
	};
	if (pagesRoot) walk(pagesRoot.dict);
	return pageIds.map((id) => {
		const page = objects.get(id)!.dict;
		const fonts = fontsOf(objects, page);
		const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page);
		const refs = contents ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1])) : [];
		return refs
			.map((r) => pageText(objects.get(r)?.stream?.toString('latin1') ?? '', fonts))
			.join(' ');
	});
}
