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

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export function sameLedger(a: CustomerLedger, b: CustomerLedger): boolean {
	return (
		a.customerId === b.customerId &&
		sameNumbers(a.days, b.days) &&
		sameNumbers(a.amounts, b.amounts)
	);
}

/** Comparing half a million numbers costs a millisecond or two; recomputing costs far more. */
export function sameLedgers(a: readonly CustomerLedger[], b: readonly CustomerLedger[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!sameLedger(a[i], b[i])) return false;
	return true;
}

/**
 * What differs between two readings of the same customers' ledgers (one stored bucket, before
 * and after a write): each new or changed ledger, and `undefined` for each customer who has none
 * any more.
 */
export function ledgerChanges(
	before: readonly CustomerLedger[],
	after: readonly CustomerLedger[]
): Map<Id, CustomerLedger | undefined> {
	const old = new Map(before.map((l) => [l.customerId, l]));
	const changes = new Map<Id, CustomerLedger | undefined>();
	for (const ledger of after) {
		const was = old.get(ledger.customerId);
		if (!was || !sameLedger(was, ledger)) changes.set(ledger.customerId, ledger);
		old.delete(ledger.customerId);
	}
	for (const gone of old.keys()) changes.set(gone, undefined);
	return changes;
}
