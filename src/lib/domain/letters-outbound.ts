/**
 * Letters that go out one at a time by email or a message, to the customers who prefer that to
 * paper: who they are, and the `mailto:` link that carries one letter.
 */
import type { Customer } from './types';

/** How a letter left the shop other than by post. */
export type OutboundChannel = 'email' | 'message';

type Reachable = Pick<Customer, 'preferredChannel' | 'email' | 'phone'>;

/**
 * The channel a customer's letter goes by instead of paper, if any: email for someone who prefers
 * email and has an address, a message for someone who prefers messages and has a number. Anyone
 * else (no address or number on the card) gets the letter on paper, so nobody is left out.
 */
export function outboundChannel(customer: Reachable): OutboundChannel | undefined {
	if (customer.preferredChannel === 'email' && customer.email.includes('@')) return 'email';
	if (customer.preferredChannel === 'message' && /\d/.test(customer.phone)) return 'message';
	return undefined;
}

export interface ChannelSplit<T> {
	/** Printed and posted, in the order given. */
	paper: T[];
	/** Sent one at a time by email or a message, in the order given. */
	outbound: T[];
}

/** The recipients of a batch, split into those who get paper and those who get an email or message. */
export function splitByChannel<T extends Reachable>(recipients: readonly T[]): ChannelSplit<T> {
	const split: ChannelSplit<T> = { paper: [], outbound: [] };
	for (const r of recipients) (outboundChannel(r) ? split.outbound : split.paper).push(r);
	return split;
}

/**
 * The longest `mailto:` link handed to the device: some mail programs cut or refuse longer ones
 * (about 2,000 characters is the long-known safe length). Non-Latin letters count several times
 * over once percent-encoded, so a Hebrew or Armenian letter reaches it sooner.
 */
export const MAILTO_SAFE_LENGTH = 2000;

/** Percent-encoding per RFC 6068, with line ends as CRLF as mail expects. */
function mailtoPart(text: string): string {
	return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

export function mailtoUrl(to: string, subject: string, body?: string): string {
	// The address keeps its "@" readable; anything else odd in it is encoded.
	const address = encodeURIComponent(to.trim()).replace(/%40/g, '@');
	const query = [`subject=${mailtoPart(subject)}`];
	if (body !== undefined) query.push(`body=${mailtoPart(body)}`);
	return `mailto:${address}?${query.join('&')}`;
}

export interface MailLink {
	url: string;
	/** False when the text was too long for the link: the link has the subject only. */
	complete: boolean;
}

/** The link for one letter: the whole text when it fits, else the subject only. */
export function mailLink(
	to: string,
	subject: string,
	body: string,
	limit: number = MAILTO_SAFE_LENGTH
): MailLink {
	const whole = mailtoUrl(to, subject, body);
	if (whole.length <= limit) return { url: whole, complete: true };
	return { url: mailtoUrl(to, subject), complete: false };
}
