/**
 * Which rows a committed write touched, from Dexie's own change events (this tab and others), so
 * state kept in memory can re-read a few rows instead of a whole table.
 */
import Dexie, { cmp, RangeSet, type IndexableType, type ObservabilitySet } from 'dexie';
import type { CardFileDb } from './schema';

/** Past this many changed rows, reading them one by one costs more than reading them all. */
const MAX_LISTED_CHANGES = 500;

/**
 * Calls back with the primary keys written to `table`, or 'many' when the write was too broad to
 * list (a bulk import, a clear, a new database).
 */
export function onRowsChanged<K extends IndexableType>(
	db: CardFileDb,
	table: string,
	changed: (keys: K[] | 'many') => void
): () => void {
	const part = `idb://${db.name}/${table}/`;
	const listener = (parts: ObservabilitySet) => {
		const tree = parts[part];
		if (!tree) return;
		const keys: K[] = [];
		for (const { from, to } of RangeSet(tree)) {
			if (cmp(from, to) !== 0 || !isKey(from) || keys.length >= MAX_LISTED_CHANGES) {
				changed('many');
				return;
			}
			keys.push(from as K);
		}
		if (keys.length > 0) changed(keys);
	};
	Dexie.on('storagemutated', listener);
	return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** Dexie marks "everything" with ranges whose ends are not real keys (-Infinity, [[]]). */
function isKey(value: unknown): boolean {
	return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
