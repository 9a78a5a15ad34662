/** The counter form's choices in words, for the kiosk, the paper form and the feedback page. */
import type { CodeOutcome, HeardFrom, Rating } from '$lib/domain/counter-form';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

type Options = { locale?: Locale };

export function heardFromWords(source: HeardFrom, options: Options = {}): string {
	switch (source) {
		case 'friend':
			return m.kiosk_heard_friend({}, options);
		case 'passing-by':
			return m.kiosk_heard_passing_by({}, options);
		case 'social-media':
			return m.kiosk_heard_social_media({}, options);
		case 'newspaper':
			return m.kiosk_heard_newspaper({}, options);
		case 'other':
			return m.kiosk_heard_other({}, options);
	}
}

export function ratingWords(rating: Rating, options: Options = {}): string {
	switch (rating) {
		case 1:
			return m.kiosk_rating_1({}, options);
		case 2:
			return m.kiosk_rating_2({}, options);
		case 3:
			return m.kiosk_rating_3({}, options);
		case 4:
			return m.kiosk_rating_4({}, options);
		case 5:
			return m.kiosk_rating_5({}, options);
	}
}

export function codeOutcomeWords(outcome: CodeOutcome): string {
	switch (outcome) {
		case 'linked':
			return m.feedback_outcome_linked();
		case 'unknown':
			return m.feedback_outcome_unknown();
		case 'expired':
			return m.feedback_outcome_expired();
		case 'used':
			return m.feedback_outcome_used();
		case 'self-referral':
			return m.feedback_outcome_self();
		case 'offer-code':
			return m.feedback_outcome_offer();
		case 'no-referrer':
			return m.feedback_outcome_no_referrer();
	}
}
