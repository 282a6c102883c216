import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { databasePath } from '../platform/db';

/** Pages copied per step: a portal database of a few MB is copied in one or two steps. */
const PAGES_PER_STEP = 4096;

/** A portal database that SQLite finds intact, or the reason it is not one. */
function checkDatabase(path: string): string | null {
	let db: Database.Database | undefined;
	try {
		db = new Database(path, { readonly: true, fileMustExist: true });
		if (db.pragma('integrity_check', { simple: true }) !== 'ok') return 'it is damaged';
		const migrations = db
			.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migration'")
			.pluck()
			.get();
		return migrations ? null : 'it is not a Visit Lạng Sơn database';
	} catch (err) {
		return (err as Error).message;
	} finally {
		db?.close();
	}
}

/**
 * `npm run backup -- <file>`: a consistent copy of the live database, taken with SQLite's online
 * backup while the server runs (a write during the copy makes SQLite start the copy again).
 */
export async function main(args: string[]): Promise<number> {
	const [target] = args;
	if (!target || args.length !== 1) {
		console.error('Usage: npm run backup -- <new file>');
		return 2;
	}
	if (existsSync(target)) {
		console.error(`${target} already exists: choose a new name, so no backup is overwritten.`);
		return 2;
	}
	const source = databasePath();
	const db = new Database(source, { readonly: true, fileMustExist: true });
	try {
		await db.backup(target, { progress: () => PAGES_PER_STEP });
	} finally {
		db.close();
	}
	const problem = checkDatabase(target);
	if (problem) {
		console.error(`The copy in ${target} cannot be used: ${problem}.`);
		return 1;
	}
	console.log(`Backed up ${source} to ${target}.`);
	return 0;
}

/**
 * `npm run restore -- <file>`: puts a backup in place of the database. Stop the server first: it
 * keeps the database open, and what it wrote after the backup is replaced.
 */
export async function restore(args: string[]): Promise<number> {
	const [backup] = args;
	if (!backup || args.length !== 1) {
		console.error('Usage: npm run restore -- <backup file>');
		return 2;
	}
	const problem = checkDatabase(backup);
	if (problem) {
		console.error(`${backup} cannot be restored: ${problem}.`);
		return 1;
	}
	const target = databasePath();
	const db = new Database(backup, { readonly: true, fileMustExist: true });
	try {
		// Written through SQLite, so the live database's journal (-wal) is replaced along with it.
		await db.backup(target, { progress: () => PAGES_PER_STEP });
	} finally {
		db.close();
	}
	console.log(`Restored ${target} from ${backup}. Start the server again.`);
	return 0;
}
