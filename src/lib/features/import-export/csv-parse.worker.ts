/** Parses a CSV file off the main thread, so the counter screen stays responsive on big files. */
import { parseCsvBytes, type CsvResult } from '$lib/domain/io-csv';
import type { Delimiter, TextEncodingName } from '$lib/domain/io-text';

export interface ParseRequest {
	bytes: ArrayBuffer;
	encoding?: TextEncodingName;
	delimiter?: Delimiter;
}

export type ParseReply = { type: 'progress'; share: number } | { type: 'done'; result: CsvResult };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
	const { bytes, encoding, delimiter } = event.data;
	const result = parseCsvBytes(new Uint8Array(bytes), {
		encoding,
		delimiter,
		onProgress: (share) => self.postMessage({ type: 'progress', share } satisfies ParseReply)
	});
	self.postMessage({ type: 'done', result } satisfies ParseReply);
};
