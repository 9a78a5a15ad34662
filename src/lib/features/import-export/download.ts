/** Hands a generated file to the browser's download, the one way that works offline on tablets. */
export function downloadText(text: string, fileName: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** A binary file (an .xlsx workbook) to the browser's download. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
	downloadBlob(new Blob([bytes.slice()], { type }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the blob after click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
