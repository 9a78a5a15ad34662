/** The import worker: one import session per worker, answering the import screen. */
import type { FromWorker, ToWorker } from './import-protocol';
import { createImportSession } from './import-session';

const handle = createImportSession((message: FromWorker) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
