import { initialiseContent } from '../demo/demo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PLACES } from '../demo/demo';
import {
	BUSY_TIMEOUT_MS,
	groupWrite,
	isBusy,
	MIGRATIONS,
	migrate,
	openDatabase,
	writeWhenFree,
	type Db
} from './db';
import Database from 'better-sqlite3';

const count = (db: Db, table: string) =>
	(db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const tables = (db: Db) =>
	(
		db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
			name: string;
		}[]
	).map((r) => r.name);

describe('migrations', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'vls-db-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('finds the project migrations in order', () => {
		expect(MIGRATIONS.length).toBeGreaterThan(0);
		expect(MIGRATIONS[0].name).toBe('0001_init.sql');
		const names = MIGRATIONS.map((m) => m.name);
		expect(names).toEqual([...names].sort());
		for (const name of names) expect(name).toMatch(/^\d{4}_[a-z0-9_]+\.sql$/);
	});

	it('applies every migration to an in-memory database', () => {
		const db = openDatabase(':memory:');
		expect(tables(db)).toEqual(expect.arrayContaining(['meta', 'place', 'place_text']));
		expect(count(db, 'schema_migration')).toBe(MIGRATIONS.length);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		db.close();
	});

	it('applies them to a file in a folder it creates, in WAL mode with full sync', () => {
		const path = join(dir, 'nested', 'portal.db');
		const db = openDatabase(path);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('synchronous', { simple: true })).toBe(2);
		expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
		db.close();
		// A second start applies nothing again.
		const again = new Database(path);
		expect(migrate(again)).toEqual([]);
		again.close();
	});

	it('rolls a failing migration back whole and names the file and the SQLite error', () => {
		const path = join(dir, 'portal.db');
		const good = { name: '0001_a.sql', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
		const bad = {
			name: '0002_b.sql',
			sql: "CREATE TABLE b (y INTEGER) STRICT; INSERT INTO a VALUES (1); INSERT INTO nowhere VALUES ('z');"
		};
		const db = new Database(path);
		expect(() => migrate(db, [good, bad])).toThrow(/0002_b\.sql.*no such table: nowhere/);
		expect(tables(db)).not.toContain('b');
		expect(count(db, 'a')).toBe(0);
		expect(db.prepare('SELECT name FROM schema_migration').pluck().all()).toEqual(['0001_a.sql']);
		db.close();
	});

	it('refuses to start when an applied migration was edited or is unknown', () => {
		const db = new Database(':memory:');
		migrate(db, [{ name: '0001_a.sql', sql: 'CREATE TABLE a (x INTEGER);' }]);
		expect(() => migrate(db, [{ name: '0001_a.sql', sql: 'CREATE TABLE a (x TEXT);' }])).toThrow(
			/0001_a\.sql was changed/
		);
		expect(() => migrate(db, [])).toThrow(/0001_a\.sql, which this version/);
		db.close();
	});

	it('refuses a failing migration at open and leaves no half-open database behind', () => {
		const path = join(dir, 'portal.db');
		expect(() =>
			openDatabase(path, {
				migrations: [...MIGRATIONS, { name: '9999_broken.sql', sql: 'CREATE TABLE place (x);' }]
			})
		).toThrow(/9999_broken\.sql failed and was rolled back: table place already exists/);
		const db = new Database(path);
		expect(db.prepare('SELECT count(*) FROM schema_migration').pluck().get()).toBe(
			MIGRATIONS.length
		);
		db.close();
	});
});

describe('demo content', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'vls-demo-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('a started database opens while another process holds the write lock', () => {
		const path = join(dir, 'portal.db');
		initialiseContent(openDatabase(path), true);
		// A backup or an import writing while a server (or one of its workers) starts.
		const other = new Database(path);
		other.prepare('BEGIN IMMEDIATE').run();
		try {
			const started = performance.now();
			const db = openDatabase(path);
			initialiseContent(db, true);
			// It used to wait 5 s in SQLite's busy handler, then fail: the server did not start.
			expect(performance.now() - started).toBeLessThan(1000);
			expect(count(db, 'place')).toBe(DEMO_PLACES.length);
			db.close();
		} finally {
			other.prepare('ROLLBACK').run();
			other.close();
		}
	});

	it('loads once into a new database and never again', () => {
		const path = join(dir, 'portal.db');
		let db = openDatabase(path);
		// Opening does not load it; the server's start does.
		expect(count(db, 'place')).toBe(0);
		expect(initialiseContent(db, true)).toBe(true);
		expect(count(db, 'place')).toBe(DEMO_PLACES.length);
		expect(count(db, 'place_text')).toBe(DEMO_PLACES.length * 3);
		// A verified demo organiser with published weekly events, and nobody able to log in as it.
		expect(count(db, 'event')).toBe(3);
		expect(db.prepare("SELECT count(*) AS n FROM event WHERE status = 'published'").get()).toEqual({
			n: 3
		});
		expect(db.prepare('SELECT password_hash FROM user').pluck().all()).toEqual(['!']);
		db.prepare("DELETE FROM place WHERE slug = 'mau-son'").run();
		db.close();
		db = openDatabase(path);
		expect(initialiseContent(db, true)).toBe(false);
		// A later start does not put back what the department removed.
		expect(count(db, 'place')).toBe(DEMO_PLACES.length - 1);
		db.close();
	});

	it('is skipped for a real deployment, and not loaded by a later start either', () => {
		const path = join(dir, 'portal.db');
		let db = openDatabase(path);
		expect(initialiseContent(db, false)).toBe(false);
		expect(count(db, 'place')).toBe(0);
		db.close();
		db = openDatabase(path);
		initialiseContent(db, true);
		expect(count(db, 'place')).toBe(0);
		db.close();
	});

	it('has every place named in all three languages within the bounds of Lạng Sơn', () => {
		const slugs = new Set(DEMO_PLACES.map((p) => p.slug));
		expect(slugs.size).toBe(DEMO_PLACES.length);
		expect(DEMO_PLACES.length).toBeGreaterThanOrEqual(14);
		for (const place of DEMO_PLACES) {
			expect(place.lat).toBeGreaterThan(21.3);
			expect(place.lat).toBeLessThan(22.5);
			expect(place.lon).toBeGreaterThan(106.0);
			expect(place.lon).toBeLessThan(107.4);
			for (const text of Object.values(place.texts)) {
				expect(text.name.trim()).not.toBe('');
				expect(text.summary.trim()).not.toBe('');
			}
		}
	});
});

describe('SQLite version gate', () => {
	it('accepts 3.51.3 and newer, refuses older', async () => {
		const { versionAtLeast, MIN_SQLITE_VERSION } = await import('./db');
		expect(MIN_SQLITE_VERSION).toBe('3.51.3');
		expect(versionAtLeast('3.51.3', '3.51.3')).toBe(true);
		expect(versionAtLeast('3.53.2', '3.51.3')).toBe(true);
		expect(versionAtLeast('4.0.0', '3.51.3')).toBe(true);
		expect(versionAtLeast('3.51.2', '3.51.3')).toBe(false);
		expect(versionAtLeast('3.9.9', '3.51.3')).toBe(false);
	});

	it('the bundled SQLite passes it', async () => {
		const { versionAtLeast } = await import('./db');
		const db = new Database(':memory:');
		const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
		db.close();
		expect(versionAtLeast(version, '3.51.3')).toBe(true);
	});
});

describe('writes under load', () => {
	let dir: string;
	let db: Db;
	let other: Db;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'vls-write-'));
		db = openDatabase(join(dir, 'portal.db'));
		db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
		// Another process's connection to the same file.
		other = new Database(join(dir, 'portal.db'));
	});
	afterEach(() => {
		other.close();
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const insert = (text: string) => () =>
		db.prepare('INSERT INTO note (text) VALUES (?)').run(text).lastInsertRowid;
	const notes = () => db.prepare('SELECT text FROM note ORDER BY id').pluck().all();

	it('commits the writes of one turn together, each kept or undone on its own', async () => {
		let seenElsewhere = -1;
		const results = await Promise.allSettled([
			groupWrite(db, insert('first')),
			groupWrite(db, () => {
				insert('half-done')();
				// Another connection does not see the first write yet: one commit for the group.
				seenElsewhere = other.prepare('SELECT count(*) FROM note').pluck().get() as number;
				throw new Error('changed its mind');
			}),
			groupWrite(db, insert('first')), // the UNIQUE constraint refuses it
			groupWrite(db, insert('second'))
		]);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'rejected',
			'rejected',
			'fulfilled'
		]);
		expect((results[1] as PromiseRejectedResult).reason.message).toBe('changed its mind');
		expect(seenElsewhere).toBe(0);
		expect(notes()).toEqual(['first', 'second']);
	});

	it('keeps none of the group when a failure ends the whole transaction', async () => {
		// As a full disk would: SQLite rolls back everything, not just the one write.
		const results = await Promise.allSettled([
			groupWrite(db, insert('before')),
			groupWrite(db, () => db.exec('ROLLBACK')),
			groupWrite(db, insert('after'))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
		expect(notes()).toEqual([]);
	});

	it('hands every caller the error when the database cannot take the group', async () => {
		db.close();
		const results = await Promise.allSettled([
			groupWrite(db, insert('one')),
			groupWrite(db, insert('two'))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		db = openDatabase(join(dir, 'portal.db'));
		expect(notes()).toEqual([]);
	});

	it('waits for another process’s lock without stopping this one, then writes', async () => {
		other.prepare('BEGIN IMMEDIATE').run();
		const write = groupWrite(db, insert('after the lock'));
		// The event loop runs while the write waits: a timer fires, the lock is let go.
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(notes()).toEqual([]);
		other.prepare('COMMIT').run();
		await write;
		expect(notes()).toEqual(['after the lock']);
	});

	it('gives up with SQLITE_BUSY when the lock is held past the timeout, nothing written', async () => {
		other.prepare('BEGIN IMMEDIATE').run();
		const started = Date.now();
		const error = await writeWhenFree(db, () => db.transaction(insert('never')).immediate(), 80)
			.then(() => null)
			.catch((err: unknown) => err);
		expect(isBusy(error)).toBe(true);
		expect(Date.now() - started).toBeGreaterThanOrEqual(80);
		other.prepare('ROLLBACK').run();
		expect(notes()).toEqual([]);
		// SQLite's own wait is back for everything else.
		expect(db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
	});
});
