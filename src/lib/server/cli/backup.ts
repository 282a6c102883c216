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

/** The one file argument, or null after saying how the command is used. */
function fileArgument(args: string[], usage: string): string | null {
	if (args.length === 1 && args[0]) return args[0];
	console.error(`Usage: ${usage}`);
	return null;
}

/** SQLite's online backup of `from` into `to`, page by page, consistent even while `from` is written. */
async function copyDatabase(from: string, to: string): Promise<void> {
	const db = new Database(from, { readonly: true, fileMustExist: true });
	try {
		await db.backup(to, { progress: () => PAGES_PER_STEP });
	} finally {
		db.close();
	}
}

/**
 * `npm run backup -- <file>`: a consistent copy of the live database, taken while the server runs
 * (a write during the copy makes SQLite start the copy again).
 */
export async function main(args: string[]): Promise<number> {
	const target = fileArgument(args, 'npm run backup -- <new file>');
	if (!target) return 2;
	if (existsSync(target)) {
		console.error(`${target} already exists: choose a new name, so no backup is overwritten.`);
		return 2;
	}
	const source = databasePath();
	await copyDatabase(source, target);
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
	const backup = fileArgument(args, 'npm run restore -- <backup file>');
	if (!backup) return 2;
	const problem = checkDatabase(backup);
	if (problem) {
		console.error(`${backup} cannot be restored: ${problem}.`);
		return 1;
	}
	const target = databasePath();
	// Written through SQLite, so the live database's journal (-wal) is replaced along with it.
	await copyDatabase(backup, target);
	console.log(`Restored ${target} from ${backup}. Start the server again.`);
	return 0;
}
