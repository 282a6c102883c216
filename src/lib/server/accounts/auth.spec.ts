import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeBusinessStatus, changePassword, registerBusiness } from './accounts';
import {
	createSession,
	deleteExpiredSessions,
	invalidateUserSessions,
	SESSION_POLICY,
	validateSessionToken
} from './auth';
import { openDatabase, type Db } from '../platform/db';

const T0 = 1_800_000_000;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** A department account, made directly in the table. */
const insertAdmin = (conn: Db) =>
	Number(
		conn
			.prepare(
				"INSERT INTO user (email, password_hash, role, created_at, password_changed_at) VALUES ('admin@example.vn', 'x', 'admin', ?, ?)"
			)
			.run(T0, T0).lastInsertRowid
	);

let db: Db;
let businessUser: number;
let businessId: number;
let adminUser: number;

beforeEach(() => {
	db = openDatabase(':memory:');
	const created = registerBusiness(
		db,
		{
			name: 'Quán Vịt Quay',
			kind: 'eatery',
			phone: '0205 3870 000',
			address: 'Phố Bắc Sơn',
			ward: 'Kỳ Lừa',
			lat: null,
			lon: null,
			email: 'quan@example.vn',
			passwordHash: 'x',
			ip: null
		},
		T0
	);
	if ('error' in created) throw new Error('setup');
	({ userId: businessUser, businessId } = created);
	adminUser = insertAdmin(db);
});
afterEach(() => db.close());

describe('session tokens', () => {
	it('are <id>.<secret>, and only a SHA-256 of the secret is stored', () => {
		const { token } = createSession(db, businessUser, 'business', T0);
		expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{24}$/);
		const [id, secret] = token.split('.');
		const row = db.prepare('SELECT * FROM session WHERE id = ?').get(id) as Record<string, unknown>;
		expect(row.secret_hash).toBeInstanceOf(Uint8Array);
		expect((row.secret_hash as Uint8Array).length).toBe(32);
		// Nowhere in the database does the secret or the whole token appear.
		const everything = JSON.stringify(db.prepare('SELECT * FROM session').all());
		expect(everything).not.toContain(secret);
		expect(everything).not.toContain(token);
	});

	it('are new at every login', () => {
		const a = createSession(db, businessUser, 'business', T0);
		const b = createSession(db, businessUser, 'business', T0);
		expect(a.token).not.toBe(b.token);
	});

	it('refuse a wrong secret, a wrong shape and an unknown id', () => {
		const { token } = createSession(db, businessUser, 'business', T0);
		const [id, secret] = token.split('.');
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		expect(validateSessionToken(db, `${id}.${flipped}`, T0)).toBeNull();
		expect(validateSessionToken(db, `${id}`, T0)).toBeNull();
		expect(validateSessionToken(db, `${id}.${secret}.x`, T0)).toBeNull();
		expect(validateSessionToken(db, `${'a'.repeat(24)}.${secret}`, T0)).toBeNull();
		expect(validateSessionToken(db, '', T0)).toBeNull();
		expect(validateSessionToken(db, undefined, T0)).toBeNull();
		expect(validateSessionToken(db, token, T0)?.user.email).toBe('quan@example.vn');
	});
});

describe('business sessions: 30 days inactivity, 30 days absolute', () => {
	it('last until just before 30 days and end at 30 days, however active', () => {
		expect(SESSION_POLICY.business).toMatchObject({ inactivity: 30 * DAY, absolute: 30 * DAY });
		const { token } = createSession(db, businessUser, 'business', T0);
		for (let day = 1; day < 30; day++) {
			expect(validateSessionToken(db, token, T0 + day * DAY)).not.toBeNull();
		}
		expect(validateSessionToken(db, token, T0 + 30 * DAY - 1)).not.toBeNull();
		expect(validateSessionToken(db, token, T0 + 30 * DAY)).toBeNull();
		// An ended session is gone, not just refused.
		expect(db.prepare('SELECT count(*) FROM session').pluck().get()).toBe(0);
	});

	it('renew the last-seen time at most hourly, and say when the cookie needs refreshing', () => {
		const { token } = createSession(db, businessUser, 'business', T0);
		expect(validateSessionToken(db, token, T0 + 10 * MINUTE)?.renewed).toBe(false);
		const later = validateSessionToken(db, token, T0 + HOUR);
		expect(later?.renewed).toBe(true);
		expect(later?.session.lastVerifiedAt).toBe(T0 + HOUR);
		expect(later?.session.expiresAt).toBe(T0 + 30 * DAY);
	});
});

describe('while another process holds the write lock', () => {
	it('a session is accepted at once; renewing or removing it is left to a later request', () => {
		const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-auth-'));
		const file = openDatabase(join(dir, 'portal.db'));
		const other = new Database(join(dir, 'portal.db'));
		try {
			const admin = insertAdmin(file);
			const { token } = createSession(file, admin, 'admin', T0);
			const { token: idle } = createSession(file, admin, 'admin', T0);
			const lastSeen = () =>
				file.prepare('SELECT last_verified_at FROM session ORDER BY 1 DESC').pluck().all();
			other.prepare('BEGIN IMMEDIATE').run();
			const started = Date.now();
			// Due for renewal (a minute for the department): accepted, not renewed, the cookie kept.
			const result = validateSessionToken(file, token, T0 + 10 * MINUTE);
			expect(result?.user.role).toBe('admin');
			expect(result?.renewed).toBe(false);
			expect(result?.session.expiresAt).toBe(T0 + 30 * MINUTE);
			// Ended: refused all the same, its row removed later.
			expect(validateSessionToken(file, idle, T0 + 30 * MINUTE)).toBeNull();
			// SQLite's wait would have taken the whole busy timeout (5 s).
			expect(Date.now() - started).toBeLessThan(1000);
			expect(file.pragma('busy_timeout', { simple: true })).toBe(5000);
			expect(lastSeen()).toEqual([T0, T0]);
			other.prepare('COMMIT').run();
			expect(validateSessionToken(file, token, T0 + 11 * MINUTE)?.renewed).toBe(true);
			expect(validateSessionToken(file, idle, T0 + 31 * MINUTE)).toBeNull();
			expect(lastSeen()).toEqual([T0 + 11 * MINUTE]);
		} finally {
			other.close();
			file.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('admin sessions: 30 minutes inactivity, 12 hours absolute', () => {
	it('end after 30 minutes without use', () => {
		const { token } = createSession(db, adminUser, 'admin', T0);
		expect(validateSessionToken(db, token, T0 + 30 * MINUTE - 1)).not.toBeNull();
		const { token: idle } = createSession(db, adminUser, 'admin', T0);
		expect(validateSessionToken(db, idle, T0 + 30 * MINUTE)).toBeNull();
	});

	it('keep going while used, then end at 12 hours', () => {
		const { token } = createSession(db, adminUser, 'admin', T0);
		let t = T0;
		while (t + 20 * MINUTE < T0 + 12 * HOUR) {
			t += 20 * MINUTE;
			const result = validateSessionToken(db, token, t);
			expect(result, `at +${(t - T0) / MINUTE} min`).not.toBeNull();
			expect(result!.session.expiresAt).toBe(Math.min(t + 30 * MINUTE, T0 + 12 * HOUR));
		}
		expect(validateSessionToken(db, token, T0 + 12 * HOUR)).toBeNull();
	});
});

describe('ending sessions', () => {
	it('suspending a business ends its sessions at once', () => {
		const { token } = createSession(db, businessUser, 'business', T0);
		expect(validateSessionToken(db, token, T0 + 1)?.user.businessStatus).toBe('pending');
		expect(
			changeBusinessStatus(
				db,
				'suspend',
				businessId,
				'Fake listing',
				{ id: adminUser, ip: null },
				T0 + 2
			)
		).toBe(true);
		expect(validateSessionToken(db, token, T0 + 3)).toBeNull();
	});

	it('a password change keeps the current session and ends the others', () => {
		const current = createSession(db, businessUser, 'business', T0);
		const other = createSession(db, businessUser, 'business', T0);
		changePassword(db, businessUser, 'new-hash', current.session.id, T0 + 5);
		expect(validateSessionToken(db, current.token, T0 + 6)).not.toBeNull();
		expect(validateSessionToken(db, other.token, T0 + 6)).toBeNull();
	});

	it('log out everywhere ends every session of that user only', () => {
		const a = createSession(db, businessUser, 'business', T0);
		const admin = createSession(db, adminUser, 'admin', T0);
		expect(invalidateUserSessions(db, businessUser)).toBe(1);
		expect(validateSessionToken(db, a.token, T0 + 1)).toBeNull();
		expect(validateSessionToken(db, admin.token, T0 + 1)).not.toBeNull();
	});

	it('the maintenance sweep removes expired sessions of both kinds', () => {
		createSession(db, businessUser, 'business', T0);
		createSession(db, adminUser, 'admin', T0);
		expect(deleteExpiredSessions(db, T0 + HOUR)).toBe(1);
		expect(deleteExpiredSessions(db, T0 + 31 * DAY)).toBe(1);
	});
});
