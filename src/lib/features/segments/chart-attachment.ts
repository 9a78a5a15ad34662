/** A chart.js chart as a Svelte attachment: created on mount, rebuilt when its config changes. */
import type { ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';

export function chartOf(config: ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: { destroy(): void } | undefined;
		let cancelled = false;
		// Loaded here, not at the top, so chart.js stays out of every other page's bundle.
		import('./chart-setup')
			.then(({ Chart }) => {
				if (!cancelled) chart = new Chart(canvas, config);
			})
			.catch((error: unknown) => console.warn('Chart could not be drawn', error));
		return () => {
			cancelled = true;
			chart?.destroy();
		};
	};
}
