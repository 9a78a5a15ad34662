/**
 * A customer's sales as the database keeps them for the segments: apart from the statistics so
 * the schema's upgrade, which builds ledgers, does not bring the statistics into the first download.
 */
import type { Id, IsoDate, Minor } from './types';

/** Days since 1970-01-01: integer arithmetic on calendar days, with no time zone in play. */
export type DayNumber = number;

export const DAY_MS = 86_400_000;

export function dayNumberOf(date: IsoDate): DayNumber {
	return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/**
 * A customer's sales condensed to two parallel arrays sorted by day: what the database keeps per
 * customer so the segments never have to read the whole sales ledger.
 */
export interface CustomerLedger {
	customerId: Id;
	/** Plain arrays, or typed-array views straight from storage. */
	days: ArrayLike<DayNumber>;
	/** Signed: a refund is a negative amount. */
	amounts: ArrayLike<Minor>;
}

export interface LedgerLine {
	date: IsoDate;
	amount: Minor;
}

export function ledgerOf(
	customerId: Id,
	lines: readonly LedgerLine[]
): { customerId: Id; days: DayNumber[]; amounts: Minor[] } {
	const sorted = lines
		.map((l) => ({ day: dayNumberOf(l.date), amount: l.amount }))
		.sort((a, b) => a.day - b.day);
	return {
		customerId,
		days: sorted.map((l) => l.day),
		amounts: sorted.map((l) => l.amount)
	};
}

/** Adds one line keeping the order, without rebuilding the rest (recording a sale stays cheap). */
export function addToLedger(
	ledger: CustomerLedger,
	line: LedgerLine
): { customerId: Id; days: DayNumber[]; amounts: Minor[] } {
	const day = dayNumberOf(line.date);
	let at = ledger.days.length;
	while (at > 0 && ledger.days[at - 1] > day) at--;
	const days = Array.from(ledger.days);
	const amounts = Array.from(ledger.amounts);
	days.splice(at, 0, day);
	amounts.splice(at, 0, line.amount);
	return { customerId: ledger.customerId, days, amounts };
}
