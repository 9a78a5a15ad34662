/** Writing CSV that Excel opens as the owner expects: BOM, chosen delimiter, no formula injection. */

export interface CsvWriteOptions {
	delimiter: ',' | ';';
	/** Excel only reads UTF-8 correctly when the file starts with a byte order mark. */
	bom: boolean;
}

export const EXCEL_CSV: CsvWriteOptions = { delimiter: ',', bom: true };

// Numbers and phone numbers (+972 50 123 4567, -12.50) cannot call anything: left as they are.
const PLAIN_NUMBER_OR_PHONE = /^[+-]?[\d\s().\-/]*\d[\d\s().\-/]*$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's CSV injection advice: a cell that starts with = + - @ tab or carriage return is
 * prefixed with a single quote so the spreadsheet shows it as text instead of evaluating it.
 */
export function neutralizeFormula(value: string): string {
	if (!FORMULA_START.test(value) || PLAIN_NUMBER_OR_PHONE.test(value)) return value;
	return `'${value}`;
}

export function csvCell(
	value: string | number | boolean | undefined | null,
	delimiter: string
): string {
	if (value === undefined || value === null) return '';
	const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
	const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
	return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
	rows: readonly (readonly (string | number | boolean | undefined | null)[])[],
	options: CsvWriteOptions = EXCEL_CSV
): string {
	const body = rows.map((row) =>
		row.map((c) => csvCell(c, options.delimiter)).join(options.delimiter)
	);
	return (options.bom ? '\ufeff' : '') + body.join('\r\n') + '\r\n';
}
