/** Dexie's liveQuery as a rune: the value follows the database, in this tab and in others. */
import { liveQuery } from 'dexie';

export interface Live<T> {
	readonly value: T;
	readonly loaded: boolean;
	readonly error: unknown;
}

/** Call during component initialisation; the subscription ends with the component. */
export function live<T>(query: () => Promise<T> | T, initial: T): Live<T> {
	let value = $state.raw(initial);
	let loaded = $state(false);
	let error = $state.raw<unknown>(undefined);
	$effect(() => {
		const subscription = liveQuery(query).subscribe({
			next: (next) => {
				value = next;
				loaded = true;
			},
			error: (e) => {
				error = e;
				loaded = true;
			}
		});
		return () => subscription.unsubscribe();
	});
	return {
		get value() {
			return value;
		},
		get loaded() {
			return loaded;
		},
		get error() {
			return error;
		}
	};
}

/** Follows a query outside any component, for state shared by several screens. */
export function watchQuery<T>(
	query: () => Promise<T> | T,
	next: (value: T) => void,
	onError: (error: unknown) => void = () => {}
): () => void {
	const subscription = liveQuery(query).subscribe({ next, error: onError });
	return () => subscription.unsubscribe();
}
