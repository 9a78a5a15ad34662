/** A customer's data laid out for a printed answer to "what do you hold about me?". */
import type { Feedback, SignUpSource } from './counter-form';
import type { DrawingEntry } from './kiosk-drawing';
import type { PointsLine } from './points';
import type { OfferVoucher } from './offers';
import type { RedemptionEvent, ReferralReward, Voucher } from './referrals';
import type { ContactEvent, Customer, Id, Note, Sale } from './types';

/** Every row the card file holds about one customer, as read from the database. */
export interface CustomerRecords {
	customer: Customer;
	sales: Sale[];
	notes: Note[];
	contacts: ContactEvent[];
	points: PointsLine[];
	rewards: ReferralReward[];
	vouchers: (Voucher | OfferVoucher)[];
	redemptions: RedemptionEvent[];
	drawingEntries: DrawingEntry[];
	/** How they heard of the shop and their feedback, from the counter form. */
	signUpSources: SignUpSource[];
	feedback: Feedback[];
}

export interface PrintedSale {
	sale: Sale;
	voided: boolean;
}

export interface PrintedRedemption {
	event: RedemptionEvent;
	role: 'referrer' | 'friend';
	undone: boolean;
}

/** The sections of the printout, each in the order a reader expects (oldest first). */
export interface CustomerDossier {
	customer: Customer;
	sales: PrintedSale[];
	notes: Note[];
	contacts: ContactEvent[];
	points: PointsLine[];
	pointsBalance: number;
	rewards: ReferralReward[];
	vouchers: (Voucher | OfferVoucher)[];
	redemptions: PrintedRedemption[];
	drawingEntries: DrawingEntry[];
	signUpSources: SignUpSource[];
	feedback: Feedback[];
}

const live = <T extends { deletedAt?: number }>(rows: readonly T[]): T[] =>
	rows.filter((r) => r.deletedAt === undefined);

function byDay<T extends { createdAt: number }>(day: (row: T) => string) {
	return (a: T, b: T) => day(a).localeCompare(day(b)) || a.createdAt - b.createdAt;
}

const byCreated = <T extends { createdAt: number }>(a: T, b: T) => a.createdAt - b.createdAt;

/**
 * Voided sales stay on the printout with their mark: the ledger keeps them, so the customer is
 * told. Notes, letters and other rows the owner deleted are tombstones and no longer held as data.
 */
export function buildDossier(records: CustomerRecords): CustomerDossier {
	const redemptions = live(records.redemptions);
	const undoneIds = new Set<Id>(
		redemptions.filter((e) => e.kind === 'undo' && e.undoes).map((e) => e.undoes as Id)
	);
	const points = live(records.points).sort(byDay((p) => p.date));
	return {
		customer: records.customer,
		sales: [...records.sales]
			.sort(byDay((s) => s.date))
			.map((sale) => ({ sale, voided: sale.deletedAt !== undefined })),
		notes: live(records.notes).sort(byCreated),
		contacts: live(records.contacts).sort(byDay((c) => c.date)),
		points,
		pointsBalance: points.reduce((sum, p) => sum + p.points, 0),
		rewards: live(records.rewards).sort(byCreated),
		vouchers: live(records.vouchers).sort(byDay((v) => v.issuedOn)),
		redemptions: redemptions
			.filter((e) => e.kind === 'redeem')
			.sort(byCreated)
			.map((event) => ({
				event,
				role: event.referrerId === records.customer.id ? 'referrer' : 'friend',
				undone: undoneIds.has(event.id)
			})),
		drawingEntries: live(records.drawingEntries).sort(byDay((d) => d.date)),
		signUpSources: live(records.signUpSources).sort(byCreated),
		feedback: live(records.feedback).sort(byCreated)
	};
}

/** The lines of a postal address, empty parts left out. */
export function addressLines(address: Customer['address']): string[] {
	const { street, postalCode, city, country } = address;
	return [street, [postalCode, city].filter(Boolean).join(' '), country].filter(Boolean);
}
