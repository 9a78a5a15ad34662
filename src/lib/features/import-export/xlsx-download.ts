/**
 * An export table downloaded as an .xlsx workbook. The writer (and its zip library) is loaded on
 * the first tap, never with the page: the first page's JavaScript does not carry it.
 */
import type { ExportTable } from '$lib/domain/io-table';
import { directionOf } from '$lib/i18n/locale.svelte';
import { downloadBytes } from './download';

export async function downloadXlsx(
	table: ExportTable,
	fileName: string,
	sheetName: string,
	locale: string
): Promise<void> {
	const { writeXlsx, XLSX_MIME } = await import('$lib/domain/io-xlsx-write');
	const bytes = writeXlsx(table, { sheetName, rightToLeft: directionOf(locale) === 'rtl' });
	downloadBytes(bytes, fileName, XLSX_MIME);
}
