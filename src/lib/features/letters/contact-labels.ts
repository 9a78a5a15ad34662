/** Names of contact kinds and call outcomes in the owner's language. */
import type { CallOutcome } from '$lib/domain/contact-plan';
import type { OutboundChannel } from '$lib/domain/letters-outbound';
import type { ContactKind } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages';

export function contactKindLabel(kind: ContactKind): string {
	switch (kind) {
		case 'letter':
			return m.letters_kind_letter();
		case 'call':
			return m.letters_kind_call();
		case 'email':
			return m.letters_kind_email();
		case 'visit':
			return m.letters_kind_visit();
		default:
			return m.letters_kind_other();
	}
}

export function callOutcomeLabel(outcome: CallOutcome): string {
	switch (outcome) {
		case 'reached':
			return m.contact_outcome_reached();
		case 'no-answer':
			return m.contact_outcome_no_answer();
		case 'call-back':
			return m.contact_outcome_call_back();
	}
}

/** How a letter went out when not on paper, e.g. "by email". */
export function letterChannelLabel(channel: OutboundChannel): string {
	return channel === 'email' ? m.letters_channel_email() : m.letters_channel_message();
}
