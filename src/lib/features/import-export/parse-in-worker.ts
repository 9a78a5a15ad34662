/** Runs the CSV worker for one file; cancel ends the worker at once. */
import type { CsvResult } from '$lib/domain/io-csv';
import type { Delimiter, TextEncodingName } from '$lib/domain/io-text';
import type { ParseReply } from './csv-parse.worker';
import CsvParseWorker from './csv-parse.worker?worker';

export interface RunningParse {
	result: Promise<CsvResult | undefined>;
	cancel: () => void;
}

export function parseInWorker(
	bytes: Uint8Array,
	options: { encoding?: TextEncodingName; delimiter?: Delimiter },
	onProgress: (share: number) => void
): RunningParse {
	const worker = new CsvParseWorker();
	let settle: (value: CsvResult | undefined) => void = () => {};
	let fail: (error: unknown) => void = () => {};
	const result = new Promise<CsvResult | undefined>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	worker.onmessage = (event: MessageEvent<ParseReply>) => {
		if (event.data.type === 'progress') onProgress(event.data.share);
		else {
			settle(event.data.result);
			worker.terminate();
		}
	};
	worker.onerror = (event) => {
		fail(new Error(event.message));
		worker.terminate();
	};
	// A copy, so the page keeps its bytes to re-read with another encoding.
	const copy = bytes.slice().buffer;
	worker.postMessage({ bytes: copy, ...options }, [copy]);
	return {
		result,
		cancel: () => {
			worker.terminate();
			settle(undefined);
		}
	};
}
