/**
 * The backup file: every table, the schema version and a SHA-256 checksum, checked in full
 * before a restore touches anything.
 */
import { isValidIsoDate } from './dates';

export const BACKUP_FORMAT = 'counter-cards-backup';

export type BackupTables = Record<string, Record<string, unknown>[]>;

export interface BackupPayload {
	schemaVersion: number;
	createdAt: number;
	tables: BackupTables;
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	/** SHA-256 (hex) of the payload exactly as JSON.stringify writes it. */
	checksum: string;
	payload: BackupPayload;
}

export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function buildBackup(payload: BackupPayload): Promise<string> {
	const checksum = await sha256Hex(JSON.stringify(payload));
	const file: BackupFile = { format: BACKUP_FORMAT, checksum, payload };
	return JSON.stringify(file);
}

export type BackupProblem =
	| 'not-json'
	| 'not-backup'
	| 'checksum'
	| 'newer-version'
	| 'unknown-table'
	| 'bad-rows'
	/** Locked with a passphrase, and none was given. */
	| 'needs-passphrase'
	| 'wrong-passphrase';

export type BackupCheck =
	{ ok: true; payload: BackupPayload } | { ok: false; problem: BackupProblem; detail?: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown) => typeof v === 'string';
const isInteger = (v: unknown) => Number.isSafeInteger(v);

/** The least each table's rows need for the app to work with them after a restore. */
function rowProblem(table: string, row: Record<string, unknown>): string | undefined {
	if (table === 'settings') return isString(row.key) ? undefined : 'key';
	if (!isString(row.id) || (row.id as string).length === 0) return 'id';
	if (!isInteger(row.createdAt) || !isInteger(row.updatedAt)) return 'createdAt';
	switch (table) {
		case 'customers':
			if (!isString(row.firstName) || !isString(row.lastName)) return 'name';
			if (!isInteger(row.visits) || !isInteger(row.totalSpent)) return 'visits';
			if (!Array.isArray(row.searchWords) || !isString(row.phoneDigits)) return 'searchWords';
			if (!isRecord(row.address) || !Array.isArray(row.tags)) return 'address';
			return undefined;
		case 'sales':
			if (!isString(row.customerId)) return 'customerId';
			if (!isString(row.date) || !isValidIsoDate(row.date as string)) return 'date';
			if (!isInteger(row.amount) || !isString(row.currency)) return 'amount';
			return undefined;
		case 'notes':
		case 'contacts':
			return isString(row.customerId) ? undefined : 'customerId';
		default:
			return undefined;
	}
}

/**
 * Checks the whole file: format, checksum, version, tables and every row. A backup from an
 * older schema version is accepted (its missing tables restore as empty); a newer one is not.
 */
export async function checkBackup(
	text: string,
	currentVersion: number,
	knownTables: readonly string[]
): Promise<BackupCheck> {
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	if (!isRecord(file) || file.format !== BACKUP_FORMAT || !isRecord(file.payload))
		return { ok: false, problem: 'not-backup' };
	const payload = file.payload;
	if (
		typeof file.checksum !== 'string' ||
		file.checksum !== (await sha256Hex(JSON.stringify(payload)))
	)
		return { ok: false, problem: 'checksum' };
	if (
		!isInteger(payload.schemaVersion) ||
		!isInteger(payload.createdAt) ||
		!isRecord(payload.tables)
	)
		return { ok: false, problem: 'not-backup' };
	if ((payload.schemaVersion as number) > currentVersion)
		return { ok: false, problem: 'newer-version', detail: String(payload.schemaVersion) };
	for (const [table, rows] of Object.entries(payload.tables)) {
		if (!knownTables.includes(table)) return { ok: false, problem: 'unknown-table', detail: table };
		if (!Array.isArray(rows)) return { ok: false, problem: 'bad-rows', detail: table };
		for (let i = 0; i < rows.length; i++) {
			const row: unknown = rows[i];
			const problem = isRecord(row) ? rowProblem(table, row) : 'row';
			if (problem)
				return { ok: false, problem: 'bad-rows', detail: `${table} #${i + 1}: ${problem}` };
		}
	}
	return { ok: true, payload: payload as unknown as BackupPayload };
}

/** Whole days since the last backup, or undefined when there never was one. */
export function daysSinceBackup(lastBackupAt: number | undefined, now: number): number | undefined {
	if (lastBackupAt === undefined) return undefined;
	return Math.max(0, Math.floor((now - lastBackupAt) / 86_400_000));
}

export const BACKUP_NUDGE_DAYS = 7;
