/**
 * What the app keeps, read and written straight in IndexedDB without the app's code: a test then
 * checks what was stored rather than what was shown, and seeds rows no screen could enter.
 */
import type { Page } from './fixtures';

/** One transaction over the named stores (all of them when omitted), doing one thing to each. */
interface Work {
	stores?: string[];
	action: 'getAll' | 'count' | 'get' | 'put' | 'clear';
	/** For `get`: the row's key. */
	key?: string;
	/** For `put`: the rows of each store. */
	rows?: Record<string, unknown[]>;
}

/**
 * Runs in the page, so it must not use anything from this module: Playwright sends its source.
 * Resolves with each store's result once the transaction has committed.
 */
function inDatabase({ stores, action, key, rows }: Work): Promise<Record<string, unknown>> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('counter-cards');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const names = stores ?? [...db.objectStoreNames];
			const results: Record<string, unknown> = {};
			const fail = (error: unknown) => {
				db.close();
				reject(error);
			};
			let tx: IDBTransaction;
			try {
				const write = action === 'put' || action === 'clear';
				tx = db.transaction(names, write ? 'readwrite' : 'readonly');
			} catch (error) {
				fail(error);
				return;
			}
			tx.oncomplete = () => {
				db.close();
				resolve(results);
			};
			tx.onabort = () => fail(tx.error);
			try {
				for (const name of names) {
					const store = tx.objectStore(name);
					if (action === 'put') for (const row of rows?.[name] ?? []) store.put(row);
					else if (action === 'clear') store.clear();
					else {
						const request =
							action === 'count'
								? store.count()
								: action === 'get'
									? store.get(key as string)
									: store.getAll();
						request.onsuccess = () => (results[name] = request.result);
					}
				}
			} catch (error) {
				// A row the store refuses (no key, say) throws: the rows already put go with the
				// aborted transaction, and the thrown error is the one to report.
				tx.onabort = null;
				tx.abort();
				fail(error);
			}
		};
	});
}

function inPage(page: Page, work: Work): Promise<Record<string, unknown>> {
	return page.evaluate(inDatabase, work);
}

/** Every row of one store, deleted ones included, in key order. */
export async function storedRows<T = unknown>(page: Page, store: string): Promise<T[]> {
	const tables = await inPage(page, { stores: [store], action: 'getAll' });
	return tables[store] as T[];
}

/** Every row of the named stores (of all of them when omitted), read at one moment. */
export async function storedTables(
	page: Page,
	stores?: string[]
): Promise<Record<string, unknown[]>> {
	return (await inPage(page, { stores, action: 'getAll' })) as Record<string, unknown[]>;
}

/** How many rows each named store holds, deleted ones included, counted at one moment. */
export async function storedCounts(page: Page, stores: string[]): Promise<Record<string, number>> {
	return (await inPage(page, { stores, action: 'count' })) as Record<string, number>;
}

/** The value of one setting (the settings store holds `{ key, value }` rows), if it is stored. */
export async function storedSetting<T = unknown>(page: Page, key: string): Promise<T | undefined> {
	const { settings } = await inPage(page, {
		stores: ['settings'],
		action: 'get',
		key
	});
	return (settings as { value: T } | undefined)?.value;
}

/** Writes the rows of each named store in one transaction: all of them are stored, or none. */
export async function putRows(page: Page, rows: Record<string, unknown[]>): Promise<void> {
	await inPage(page, { stores: Object.keys(rows), action: 'put', rows });
}

/** Empties every store in one transaction; the database and its stores stay. */
export async function clearAllStores(page: Page): Promise<void> {
	await inPage(page, { action: 'clear' });
}
