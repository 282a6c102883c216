import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	changeBusinessStatus,
	checkPasswordReset,
	completePasswordReset,
	createPasswordReset,
	getBusiness,
	listBusinesses,
	registerBusiness,
	RESET_LIFETIME,
	updateBusinessProfile,
	type BusinessProfile
} from './accounts';
import { eraseOldAuditIps, listAudit, recordAudit } from '../platform/audit';
import { createSession, validateSessionToken } from './auth';
import { openDatabase, type Db } from '../platform/db';

const T0 = 1_800_000_000;
const profile = (name: string): BusinessProfile => ({
	name,
	kind: 'night_market_stall',
	phone: '0912 345 678',
	address: 'Chợ Kỳ Lừa',
	ward: 'Kỳ Lừa',
	lat: 21.856,
	lon: 106.7575
});

let db: Db;
let admin: { id: number; ip: string };
const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

function register(name: string, email: string) {
	const r = registerBusiness(
		db,
		{ ...profile(name), email, passwordHash: 'h', ip: '203.0.113.9' },
		T0
	);
	if ('error' in r) throw new Error(r.error);
	return r;
}

beforeEach(() => {
	db = openDatabase(':memory:');
	const id = Number(
		db
			.prepare(
				"INSERT INTO user (email, password_hash, role, created_at, password_changed_at) VALUES ('admin@example.vn', 'x', 'admin', 0, 0)"
			)
			.run().lastInsertRowid
	);
	admin = { id, ip: '198.51.100.7' };
});
afterEach(() => db.close());

describe('registration', () => {
	it('creates a pending business and its login in one step', () => {
		const { businessId } = register('Bánh cuốn bà Lan', 'lan@example.vn');
		expect(getBusiness(db, businessId)).toMatchObject({
			name: 'Bánh cuốn bà Lan',
			status: 'pending',
			email: 'lan@example.vn'
		});
		expect(listAudit(db)[0]).toMatchObject({
			action: 'register',
			subject: `business:${businessId}`
		});
	});

	it('refuses an e-mail already registered, in any case, and writes nothing', () => {
		register('A', 'same@example.vn');
		const before = [count('business'), count('user'), count('audit')];
		const again = registerBusiness(db, {
			...profile('B'),
			email: 'SAME@example.vn',
			passwordHash: 'h',
			ip: null
		});
		expect(again).toEqual({ error: 'emailTaken' });
		expect([count('business'), count('user'), count('audit')]).toEqual(before);
	});
});

describe('status changes by the department', () => {
	it('verify, suspend with a reason, reinstate; impossible changes do nothing', () => {
		const { businessId } = register('A', 'a@example.vn');
		expect(changeBusinessStatus(db, 'reinstate', businessId, '', admin, T0)).toBe(false);
		expect(changeBusinessStatus(db, 'verify', businessId, 'Checked by phone', admin, T0)).toBe(
			true
		);
		expect(changeBusinessStatus(db, 'verify', businessId, '', admin, T0)).toBe(false);
		expect(changeBusinessStatus(db, 'suspend', businessId, 'Misleading prices', admin, T0)).toBe(
			true
		);
		expect(getBusiness(db, businessId)).toMatchObject({
			status: 'suspended',
			statusReason: 'Misleading prices'
		});
		expect(updateBusinessProfile(db, businessId, profile('Renamed'))).toBe(false);
		expect(changeBusinessStatus(db, 'reinstate', businessId, 'Fixed', admin, T0)).toBe(true);
		expect(getBusiness(db, businessId)?.status).toBe('verified');
		expect(changeBusinessStatus(db, 'verify', 999, '', admin, T0)).toBe(false);
		const actions = listAudit(db).map((e) => [e.action, e.actorId, e.ip]);
		expect(actions.slice(0, 3)).toEqual([
			['business_reinstated', admin.id, admin.ip],
			['business_suspended', admin.id, admin.ip],
			['business_verified', admin.id, admin.ip]
		]);
	});

	it('lists pending businesses first', () => {
		const a = register('Old verified', 'a@example.vn');
		changeBusinessStatus(db, 'verify', a.businessId, '', admin, T0);
		register('New pending', 'b@example.vn');
		expect(listBusinesses(db).map((b) => b.name)).toEqual(['New pending', 'Old verified']);
	});

	it('a business changes only its own profile', () => {
		const a = register('A', 'a@example.vn');
		const b = register('B', 'b@example.vn');
		expect(updateBusinessProfile(db, a.businessId, profile('A renamed'))).toBe(true);
		expect(getBusiness(db, b.businessId)?.name).toBe('B');
	});
});

describe('one-time password reset links', () => {
	it('work once, within the hour, and end every session', async () => {
		const { userId } = register('A', 'a@example.vn');
		const session = createSession(db, userId, 'business', T0);
		const token = createPasswordReset(db, userId, admin, T0)!;
		expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{24}$/);
		expect(JSON.stringify(db.prepare('SELECT * FROM password_reset').all())).not.toContain(
			token.split('.')[1]
		);
		expect(checkPasswordReset(db, token, T0 + RESET_LIFETIME - 1)?.email).toBe('a@example.vn');
		expect(checkPasswordReset(db, token, T0 + RESET_LIFETIME)).toBeNull();
		expect(completePasswordReset(db, token, 'new-hash', null, T0 + 60)).toBe(true);
		expect(completePasswordReset(db, token, 'other-hash', null, T0 + 61)).toBe(false);
		expect(db.prepare('SELECT password_hash FROM user WHERE id = ?').pluck().get(userId)).toBe(
			'new-hash'
		);
		expect(validateSessionToken(db, session.token, T0 + 62)).toBeNull();
	});

	it('a new link replaces an unused earlier one; a forged one fails', () => {
		const { userId } = register('A', 'a@example.vn');
		const first = createPasswordReset(db, userId, admin, T0)!;
		const second = createPasswordReset(db, userId, admin, T0 + 5)!;
		expect(checkPasswordReset(db, first, T0 + 6)).toBeNull();
		expect(checkPasswordReset(db, second, T0 + 6)).not.toBeNull();
		const [id] = second.split('.');
		expect(checkPasswordReset(db, `${id}.${'a'.repeat(24)}`, T0 + 6)).toBeNull();
		expect(createPasswordReset(db, 12345, admin, T0)).toBeNull();
	});
});

describe('audit IP retention', () => {
	it('erases IP addresses after 90 days and keeps the entries', () => {
		recordAudit(db, { action: 'login', ip: '203.0.113.1' }, T0);
		recordAudit(db, { action: 'login', ip: '203.0.113.2' }, T0 + 89 * 86400);
		expect(eraseOldAuditIps(db, T0 + 90 * 86400)).toBe(1);
		expect(listAudit(db).map((e) => e.ip)).toEqual(['203.0.113.2', null]);
	});
});
