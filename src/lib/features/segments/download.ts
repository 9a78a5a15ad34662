/** Saving a text file from the browser, with a BOM so spreadsheet programs read UTF-8 names. */
export function downloadCsv(filename: string, csv: string): void {
	const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
