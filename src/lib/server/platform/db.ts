// platform/: what every concept stands on — the database, clock, forms, tokens, throttles, audit log, housekeeping.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BUSY_TIMEOUT_MS, isBusy, writeIfFree, writeWhenFree } from './write-when-free';

export { BUSY_TIMEOUT_MS, isBusy, writeIfFree, writeWhenFree };

/** A write the database cannot take now: locked by another process, read-only, or a disk error. */
export function isUnavailable(err: unknown): boolean {
	const code = err instanceof Error && 'code' in err ? String(err.code) : '';
	return /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN)/.test(code);
}

export type Db = Database.Database;

export interface Migration {
	name: string;
	sql: string;
}

export const MIN_SQLITE_VERSION = '3.51.3';
export const DEFAULT_DATABASE_PATH = 'data/portal.db';

/** Every file in migrations/, bundled into the server at build time so a deployment needs no copy. */
export const MIGRATIONS: Migration[] = Object.entries(
	import.meta.glob<string>('/migrations/*.sql', { query: '?raw', import: 'default', eager: true })
)
	.map(([path, sql]) => ({ name: path.slice(path.lastIndexOf('/') + 1), sql }))
	.sort((a, b) => a.name.localeCompare(b.name));

export class StartupError extends Error {
	override name = 'StartupError';
}

export function versionAtLeast(actual: string, wanted: string): boolean {
	const a = actual.split('.').map(Number);
	const w = wanted.split('.').map(Number);
	for (let i = 0; i < w.length; i++) {
		if ((a[i] ?? 0) !== w[i]) return (a[i] ?? 0) > w[i];
	}
	return true;
}

function checksum(sql: string): string {
	return createHash('sha256').update(sql).digest('hex');
}

/**
 * Applies the migrations not yet recorded, in name order, each together with its record in one
 * transaction: a failing file leaves the database as it was before that file.
 */
export function migrate(db: Db, migrations: Migration[] = MIGRATIONS): string[] {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
		name TEXT PRIMARY KEY,
		checksum TEXT NOT NULL,
		applied_at INTEGER NOT NULL
	) STRICT`);
	const applied = new Map(
		db
			.prepare<[], { name: string; checksum: string }>(
				'SELECT name, checksum FROM schema_migration'
			)
			.all()
			.map((row) => [row.name, row.checksum])
	);
	const known = new Set(migrations.map((m) => m.name));
	for (const name of applied.keys()) {
		if (!known.has(name)) {
			throw new StartupError(
				`The database has migration ${name}, which this version of the portal does not know. ` +
					'Run the newer version, or restore a backup taken before it.'
			);
		}
	}
	const record = db.prepare(
		'INSERT INTO schema_migration (name, checksum, applied_at) VALUES (?, ?, unixepoch())'
	);
	const done: string[] = [];
	for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
		const sum = checksum(migration.sql);
		const previous = applied.get(migration.name);
		if (previous !== undefined) {
			if (previous !== sum) {
				throw new StartupError(
					`Migration ${migration.name} was changed after it was applied. ` +
						'Landed migrations are never edited: add a new file instead.'
				);
			}
			continue;
		}
		try {
			db.transaction(() => {
				db.exec(migration.sql);
				record.run(migration.name, sum);
			}).immediate();
		} catch (err) {
			throw new StartupError(
				`Migration ${migration.name} failed and was rolled back: ${(err as Error).message}`
			);
		}
		done.push(migration.name);
	}
	return done;
}

export interface OpenOptions {
	migrations?: Migration[];
}

/** Opens, configures and migrates a database (start-up loads demo content: demo/demo.ts). */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const db = new Database(path);
	try {
		const { version } = db
			.prepare<[], { version: string }>('SELECT sqlite_version() AS version')
			.get()!;
		if (!versionAtLeast(version, MIN_SQLITE_VERSION)) {
			throw new StartupError(
				`SQLite ${version} is too old: the portal needs ${MIN_SQLITE_VERSION} or newer ` +
					'(earlier versions can corrupt a WAL database). Reinstall with `npm ci`.'
			);
		}
		db.pragma('journal_mode = WAL');
		// A confirmed booking must survive a power cut.
		db.pragma('synchronous = FULL');
		db.pragma('foreign_keys = ON');
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
		migrate(db, options.migrations);
		return db;
	} catch (err) {
		db.close();
		throw err;
	}
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement for this connection, prepared once and reused. */
export function prepared<P extends unknown[] | object = unknown[], R = unknown>(
	db: Db,
	sql: string
): Database.Statement<P, R> {
	let byText = statementCache.get(db);
	if (!byText) {
		byText = new Map();
		statementCache.set(db, byText);
	}
	let statement = byText.get(sql);
	if (!statement) {
		statement = db.prepare(sql);
		byText.set(sql, statement);
	}
	return statement as Database.Statement<P, R>;
}

interface Job {
	write: () => unknown;
	resolve: (value: unknown) => void;
	reject: (reason: unknown) => void;
}

/** At most this many writes share one commit. */
const MAX_GROUP = 100;

const queues = new WeakMap<Db, Job[]>();

/**
 * Runs `write` (a `db.transaction(…)` function, or anything that only writes to `db`) together
 * with the other writes queued in the same turn of the event loop, in one transaction: one commit,
 * so one wait for the disk (synchronous = FULL) for all of them, and at most one wait for another
 * process's write lock (writeWhenFree). Each write is a savepoint of its own (better-sqlite3 nests
 * transactions that way): one that throws is undone alone and its caller gets the error, the
 * others still commit. The promise settles once the commit is on disk. If the commit itself fails
 * (the lock held past the timeout, the disk full), nothing of the group was written and every
 * caller gets that error.
 */
export function groupWrite<T>(db: Db, write: () => T): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let queue = queues.get(db);
		if (!queue) {
			queue = [];
			queues.set(db, queue);
		}
		queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
		// The first write of a turn starts the group; the rest of the turn's requests join it.
		if (queue.length === 1) setImmediate(() => void commitGroups(db, queue));
	});
}

async function commitGroups(db: Db, queue: Job[]): Promise<void> {
	while (queue.length > 0) {
		const group = queue.slice(0, MAX_GROUP);
		let outcomes: { ok: boolean; value: unknown }[] = [];
		try {
			const commit = db.transaction(() => {
				// Tried again from the start if the lock was taken: nothing of a failed try is kept.
				outcomes = group.map((job) => {
					try {
						return { ok: true, value: db.transaction(job.write)() };
					} catch (err) {
						// Some failures (a full disk) end the whole transaction: then none is kept.
						if (!db.inTransaction) throw err;
						return { ok: false, value: err };
					}
				});
			});
			await writeWhenFree(db, () => commit.immediate());
		} catch (err) {
			outcomes = group.map(() => ({ ok: false, value: err }));
		}
		// Taken off the queue only now: writes queued meanwhile wait for the next group.
		queue.splice(0, group.length);
		group.forEach((job, i) => (outcomes[i].ok ? job.resolve : job.reject)(outcomes[i].value));
	}
}

let instance: Db | undefined;

/** Where the portal's database is: DATABASE_PATH, or data/portal.db. */
export const databasePath = (): string => process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;

/** The portal's one connection, opened on first use (never while building). */
export function getDb(): Db {
	if (!instance) {
		instance = openDatabase(databasePath());
		const db = instance;
		process.once('sveltekit:shutdown', () => {
			db.close();
			if (instance === db) instance = undefined;
		});
	}
	return instance;
}
