/** The owner's words for points refusals and ledger lines. */
import type { AdjustError, PointsKind, RedeemError } from '$lib/domain/points';
import { m } from '$lib/paraglide/messages';

export function pointsErrorWords(error: RedeemError | AdjustError, balance: number): string {
	switch (error) {
		case 'over-balance':
			return m.points_error_over_balance({ balance });
		case 'below-zero':
			return m.points_error_below_zero({ balance });
		case 'not-whole':
			return m.points_error_not_whole();
		case 'not-positive':
		case 'zero':
			return m.points_error_positive();
		case 'reason-required':
			return m.points_error_reason();
	}
}

export function pointsKindWords(kind: PointsKind): string {
	switch (kind) {
		case 'earn':
			return m.points_kind_earn();
		case 'earn-reversal':
			return m.points_kind_earn_reversal();
		case 'redeem':
			return m.points_kind_redeem();
		case 'adjust':
			return m.points_kind_adjust();
		case 'referral':
			return m.points_kind_referral();
		case 'referral-reversal':
			return m.points_kind_referral_reversal();
		case 'expire':
			return m.points_kind_expire();
	}
}
