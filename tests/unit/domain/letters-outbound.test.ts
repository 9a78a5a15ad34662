import { describe, expect, it } from 'vitest';
import {
	mailLink,
	mailtoUrl,
	MAILTO_SAFE_LENGTH,
	outboundChannel,
	splitByChannel
} from '../../../src/lib/domain/letters-outbound';
import type { ContactChannel } from '../../../src/lib/domain/types';

function card(preferredChannel: ContactChannel, email = '', phone = '', id = 'x') {
	return { id, preferredChannel, email, phone };
}

describe('outboundChannel', () => {
	it('sends by email or message only to who prefers it and can be reached that way', () => {
		expect(outboundChannel(card('email', 'dana@example.com'))).toBe('email');
		expect(outboundChannel(card('message', '', '+972 50-123-4567'))).toBe('message');
		expect(outboundChannel(card('letter', 'dana@example.com', '050'))).toBeUndefined();
		expect(outboundChannel(card('phone', 'dana@example.com', '050'))).toBeUndefined();
	});

	it('falls back to paper when the address or number is missing', () => {
		expect(outboundChannel(card('email', ''))).toBeUndefined();
		expect(outboundChannel(card('email', 'not an address'))).toBeUndefined();
		expect(outboundChannel(card('message', 'dana@example.com', ''))).toBeUndefined();
	});
});

describe('splitByChannel', () => {
	it('keeps the order within paper and outbound', () => {
		const list = [
			card('letter', '', '', 'a'),
			card('email', 'b@x.org', '', 'b'),
			card('email', '', '', 'c'),
			card('message', '', '555', 'd'),
			card('phone', '', '555', 'e')
		];
		const { paper, outbound } = splitByChannel(list);
		expect(paper.map((c) => c.id)).toEqual(['a', 'c', 'e']);
		expect(outbound.map((c) => c.id)).toEqual(['b', 'd']);
	});

	it('leaves a shop whose customers prefer letters all on paper', () => {
		const list = [card('letter', 'a@x.org', '1', 'a'), card('letter', '', '', 'b')];
		expect(splitByChannel(list)).toEqual({ paper: list, outbound: [] });
	});
});

describe('mailtoUrl', () => {
	it('encodes subject and body per RFC 6068, line ends as CRLF', () => {
		const url = mailtoUrl(
			' dana@example.com ',
			'Corner Flowers: Thank you',
			'Dear Dana,\n\n10% & more?'
		);
		expect(url).toBe(
			'mailto:dana@example.com?subject=Corner%20Flowers%3A%20Thank%20you&body=Dear%20Dana%2C%0D%0A%0D%0A10%25%20%26%20more%3F'
		);
		expect(decodeURIComponent(url.split('body=')[1])).toBe('Dear Dana,\r\n\r\n10% & more?');
	});

	it('encodes what could break the address part', () => {
		expect(mailtoUrl('a?b@x.org', 'S')).toBe('mailto:a%3Fb@x.org?subject=S');
	});

	it('carries Hebrew text percent-encoded as UTF-8', () => {
		const url = mailtoUrl('r@x.il', 'תודה', 'שלום');
		expect(url).toBe(
			`mailto:r@x.il?subject=${encodeURIComponent('תודה')}&body=${encodeURIComponent('שלום')}`
		);
	});
});

describe('mailLink', () => {
	it('puts the whole letter in the link when it fits', () => {
		const link = mailLink('d@x.org', 'Thanks', 'Short letter.');
		expect(link.complete).toBe(true);
		expect(link.url).toContain('body=Short%20letter.');
		expect(link.url.length).toBeLessThanOrEqual(MAILTO_SAFE_LENGTH);
	});

	it('keeps the subject only when the letter is too long for a safe link', () => {
		const link = mailLink('d@x.org', 'Thanks', 'word '.repeat(500));
		expect(link).toEqual({ url: 'mailto:d@x.org?subject=Thanks', complete: false });
	});

	it('counts the encoded length: a Hebrew letter reaches the limit sooner than its characters', () => {
		const hebrew = 'ש'.repeat(400);
		expect(hebrew.length).toBeLessThan(MAILTO_SAFE_LENGTH);
		expect(mailLink('d@x.org', 'S', hebrew).complete).toBe(false);
		expect(mailLink('d@x.org', 'S', hebrew, 10_000).complete).toBe(true);
	});

	it('is exact at the limit', () => {
		const base = mailtoUrl('d@x.org', 'S', '');
		const body = 'a'.repeat(MAILTO_SAFE_LENGTH - base.length);
		expect(mailLink('d@x.org', 'S', body).complete).toBe(true);
		expect(mailLink('d@x.org', 'S', `${body}a`).complete).toBe(false);
	});
});
