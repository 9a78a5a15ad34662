// The chosen backup file of this device, shared by the backup panel and the home screen's nudge.
import { appDb } from '$lib/db/app-db';
import {
	loadBackupHandle,
	saveBackupHandle,
	writeBackupToFile,
	type BackupFileHandle
} from '$lib/db/backup-file';
import { makeBackup } from '$lib/db/io';
import {
	BACKUP_FILE_NAME,
	canChooseBackupFile,
	fileProblemOf,
	isPickerCancelled,
	permissionStep,
	type FileWriteProblem
} from '$lib/domain/backup-file';
import { todayIso } from '$lib/domain/dates';
import { downloadText } from '$lib/features/import-export/download';

type Picker = (options: object) => Promise<BackupFileHandle>;

export type RefreshOutcome =
	| { ok: true; name: string }
	| { ok: false; problem: FileWriteProblem }
	| { ok: false; problem: 'cancelled' };

function download(text: string): void {
	downloadText(text, `counter-cards-backup-${todayIso()}.json`, 'application/json');
}

/** Asks for write access only when needed: the browser shows its prompt on the owner's tap. */
async function mayWrite(handle: BackupFileHandle): Promise<boolean> {
	const options = { mode: 'readwrite' } as const;
	let step = permissionStep(await handle.queryPermission?.(options).catch(() => undefined));
	if (step === 'ask') {
		// Without the permission calls there is nothing to ask: writing will tell.
		if (!handle.requestPermission) return true;
		step = permissionStep(await handle.requestPermission(options).catch(() => 'denied'));
	}
	return step === 'write';
}

class BackupFile {
	handle = $state.raw<BackupFileHandle | undefined>(undefined);
	loaded = $state(false);
	#loading: Promise<void> | undefined;

	get supported(): boolean {
		return canChooseBackupFile(globalThis.window);
	}

	load(): Promise<void> {
		this.#loading ??= loadBackupHandle()
			.then((handle) => {
				this.handle = handle;
			})
			.catch(() => undefined)
			.finally(() => {
				this.loaded = true;
			});
		return this.#loading;
	}

	/** Lets the owner pick (or create) the file, keeps it, and writes the first backup into it. */
	async choose(): Promise<RefreshOutcome> {
		const picker = (window as unknown as { showSaveFilePicker: Picker }).showSaveFilePicker;
		let handle: BackupFileHandle;
		try {
			handle = await picker({
				suggestedName: BACKUP_FILE_NAME,
				types: [{ description: 'Counter Cards backup', accept: { 'application/json': ['.json'] } }]
			});
		} catch (error) {
			if (isPickerCancelled(error)) return { ok: false, problem: 'cancelled' };
			throw error;
		}
		await saveBackupHandle(handle);
		this.handle = handle;
		return this.#write(handle);
	}

	/** One tap: a fresh backup into the chosen file, or the normal download when that cannot be. */
	async refresh(): Promise<RefreshOutcome> {
		const handle = this.handle;
		if (!handle) return { ok: false, problem: 'gone' };
		if (!(await mayWrite(handle))) {
			download(await makeBackup(appDb()));
			return { ok: false, problem: 'refused' };
		}
		return this.#write(handle);
	}

	async #write(handle: BackupFileHandle): Promise<RefreshOutcome> {
		const result = await writeBackupToFile(appDb(), handle);
		if (result.ok) return { ok: true, name: handle.name };
		download(result.text);
		return { ok: false, problem: fileProblemOf(result.error) };
	}
}

export const backupFile = new BackupFile();
