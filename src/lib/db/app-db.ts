/** The one database of the running app, with the "another tab upgraded" case handled. */
import { CardFileDb } from './schema';

let instance: CardFileDb | undefined;
const versionChangeListeners = new Set<() => void>();

export function appDb(): CardFileDb {
	if (!instance) {
		instance = new CardFileDb();
		instance.on('versionchange', () => {
			// Another tab opened a newer version: close so it can upgrade, and ask the owner to reload.
			instance?.close();
			versionChangeListeners.forEach((listener) => listener());
			return false;
		});
	}
	return instance;
}

export function onVersionChange(listener: () => void): () => void {
	versionChangeListeners.add(listener);
	return () => versionChangeListeners.delete(listener);
}
