/** The streaming XML reader under the workbook reader: entities, CDATA, prefixes, no DTD. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, scanXml, XmlError } from '../../../src/lib/domain/xml-scan';

function events(xml: string): string[] {
	const out: string[] = [];
	scanXml(xml, {
		open: (name, attributes, selfClosing) =>
			out.push(`<${name}${JSON.stringify(attributes)}${selfClosing ? '/' : ''}>`),
		close: (name) => out.push(`</${name}>`),
		text: (text) => out.push(text)
	});
	return out;
}

describe('scanXml', () => {
	it('reads elements, attributes with either quote, text and local names', () => {
		expect(
			events(`<?xml version="1.0"?><x:c r='A1' t="s" a:b="1 &gt; 0"><v>5</v></x:c><e/>`)
		).toEqual([
			'<c{"r":"A1","t":"s","b":"1 > 0"}>',
			'<v{}>',
			'5',
			'</v>',
			'</c>',
			'<e{}/>',
			'</e>'
		]);
	});
	it('decodes the predefined entities and character references, and keeps CDATA as is', () => {
		expect(events('<t>a &amp; b &#1488;&#x5D1; &lt;<![CDATA[<raw &amp;>]]></t>')).toEqual([
			'<t{}>',
			'a & b אב <',
			'<raw &amp;>',
			'</t>'
		]);
	});
	it('skips comments and a DOCTYPE without expanding its entities', () => {
		const xml =
			'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><!-- c --><t>&lol2;</t>';
		expect(events(xml)).toEqual(['<t{}>', '&lol2;', '</t>']);
	});
	it('a ">" inside an attribute value does not end the tag', () => {
		expect(events('<f a="x>y"/>')).toEqual(['<f{"a":"x>y"}/>', '</f>']);
	});
	it('throws on a tag that is never closed', () => {
		expect(() => events('<a b="1"')).toThrow(XmlError);
		expect(() => events('<a <b>')).toThrow(XmlError);
	});
	it('decodeEntities leaves unknown entities and drops invalid references', () => {
		expect(decodeEntities('&nbsp;&#0;&quot;')).toBe('&nbsp;"');
	});
});
