/**
 * The backup file the owner chose on this device. Its handle lives in a small database of its
 * own, outside the card file: a handle means nothing on another device, must not travel inside a
 * backup (it would not survive JSON) and must survive a restore, which replaces the settings.
 */
import Dexie, { type EntityTable } from 'dexie';
import { makeBackup } from './io';
import type { CardFileDb } from './schema';

interface DeviceRow {
	key: string;
	value: unknown;
}

/** What is used of a FileSystemFileHandle (typed here: the DOM library lacks the permission calls). */
export interface BackupFileHandle {
	readonly name: string;
	createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
	queryPermission?(options: { mode: 'readwrite' }): Promise<string>;
	requestPermission?(options: { mode: 'readwrite' }): Promise<string>;
}

const HANDLE_KEY = 'backupFile';
export const DEVICE_DB_NAME = 'counter-cards-device';

class DeviceDb extends Dexie {
	device!: EntityTable<DeviceRow, 'key'>;

	constructor(name: string) {
		super(name);
		this.version(1).stores({ device: 'key' });
	}
}

let instance: DeviceDb | undefined;

function deviceDb(name: string = DEVICE_DB_NAME): DeviceDb {
	if (!instance || instance.name !== name) instance = new DeviceDb(name);
	return instance;
}

function isHandle(value: unknown): value is BackupFileHandle {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as BackupFileHandle).createWritable === 'function'
	);
}

export async function loadBackupHandle(dbName?: string): Promise<BackupFileHandle | undefined> {
	const value = (await deviceDb(dbName).device.get(HANDLE_KEY))?.value;
	return isHandle(value) ? value : undefined;
}

export async function saveBackupHandle(handle: BackupFileHandle, dbName?: string): Promise<void> {
	await deviceDb(dbName).device.put({ key: HANDLE_KEY, value: handle });
}

export async function forgetBackupHandle(dbName?: string): Promise<void> {
	await deviceDb(dbName).device.delete(HANDLE_KEY);
}

/**
 * Makes a fresh backup (which records the backup time, as the download does) and writes it into
 * the file. On a write error the backup text comes back with the error, for the download instead.
 */
export async function writeBackupToFile(
	db: CardFileDb,
	handle: BackupFileHandle,
	now: number = Date.now()
): Promise<{ ok: true } | { ok: false; error: unknown; text: string }> {
	const text = await makeBackup(db, now);
	try {
		const writable = await handle.createWritable();
		await writable.write(text);
		await writable.close();
		return { ok: true };
	} catch (error) {
		return { ok: false, error, text };
	}
}
