/**
 * An export as a table with typed columns, written to CSV (text) or to .xlsx (numbers as numbers,
 * days as days), from the same rows so the two never disagree.
 */
import { minorToDecimalString } from './money';
import type { IsoDate, Minor } from './types';

/** Text; a count; an amount of money; a day. */
export type ColumnKind = 'text' | 'number' | 'money' | 'date';

export interface ExportColumn {
	header: string;
	kind: ColumnKind;
}

export interface MoneyCell {
	minor: Minor;
	currency: string;
}

/** Text, a number, money, an ISO day (in a date column), or nothing. */
export type ExportCell = string | number | MoneyCell | IsoDate | undefined;

export interface ExportTable {
	columns: ExportColumn[];
	rows: ExportCell[][];
}

export const isMoneyCell = (cell: ExportCell): cell is MoneyCell =>
	typeof cell === 'object' && cell !== null;

/** The table as CSV cells: money in major units with a point, or a comma beside semicolons. */
export function tableCells(table: ExportTable, decimalComma = false): (string | number)[][] {
	return [
		table.columns.map((c) => c.header),
		...table.rows.map((row) =>
			row.map((cell) => {
				if (cell === undefined) return '';
				if (!isMoneyCell(cell)) return cell;
				const text = minorToDecimalString(cell.minor, cell.currency);
				return decimalComma ? text.replace('.', ',') : text;
			})
		)
	];
}
