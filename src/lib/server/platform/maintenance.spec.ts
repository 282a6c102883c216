import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from './db';
import { scheduleMaintenance, type MaintenanceReport } from './maintenance';

let dir: string;
let db: Db;
let other: Database.Database;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-maintenance-'));
	db = openDatabase(join(dir, 'portal.db'));
	// Another process's connection: a backup or an import holding the write lock.
	other = new Database(join(dir, 'portal.db'));
});
afterEach(() => {
	other.close();
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

const settled = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('maintenance at start', () => {
	it('neither stops nor fails a process starting while another holds the write lock', async () => {
		other.prepare('BEGIN IMMEDIATE').run();
		const log = vi.fn<(report: MaintenanceReport) => void>();
		const failed = vi.fn();
		const started = performance.now();
		scheduleMaintenance(db, log, { failed });
		// It used to wait here in SQLite's busy handler (5 s), then throw: the server did not start.
		expect(performance.now() - started).toBeLessThan(200);
		await settled(300);
		expect(log).not.toHaveBeenCalled();
		other.prepare('COMMIT').run();
		await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1), { timeout: 2000 });
		expect(log.mock.calls[0][0]).toMatchObject({ expiredSessions: 0, orphanImagesRemoved: 0 });
		expect(failed).not.toHaveBeenCalled();
	});

	it('tries again later when the lock is held past the wait', async () => {
		other.prepare('BEGIN IMMEDIATE').run();
		const log = vi.fn<(report: MaintenanceReport) => void>();
		const failed = vi.fn();
		scheduleMaintenance(db, log, { failed, retryMs: 100 });
		await vi.waitFor(() => expect(failed).toHaveBeenCalledTimes(1), { timeout: 8000 });
		expect(String(failed.mock.calls[0][0])).toMatch(/locked|busy/i);
		expect(log).not.toHaveBeenCalled();
		other.prepare('COMMIT').run();
		await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1), { timeout: 2000 });
	}, 15_000);
});
