/** Sets the printed page size while a print layout is on screen: one @page rule in the head. */
import type { Attachment } from 'svelte/attachments';

/**
 * Millimetres each printed sheet is kept shorter and narrower than its page: a sheet exactly as tall as the
 * page can round a fraction of a pixel over and push a blank page into the job.
 */
export const PAGE_TRIM = 0.2;

export function pageSize(widthMm: number, heightMm: number): Attachment {
	return () => {
		const style = document.createElement('style');
		style.dataset.lettersPageSize = '';
		// The layouts place everything themselves in millimetres, so the page has no margin.
		const mm = (value: number) => `${Math.round(value * 100) / 100}mm`;
		style.textContent = `@page { size: ${mm(widthMm)} ${mm(heightMm)}; margin: 0; }`;
		document.head.append(style);
		return () => style.remove();
	};
}
