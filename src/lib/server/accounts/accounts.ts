// accounts/: businesses and department staff — registration, verification, sessions, passwords, resets.
import type { BusinessKind, Ward } from '$lib/business';
import type { Locale } from '$lib/i18n/locales';
import { recordAudit, type Actor } from '../platform/audit';
import { invalidateUserSessions, type BusinessStatus, type Role } from './auth';
import { prepared, type Db } from '../platform/db';
import { newToken, parseToken, secretMatches } from '../platform/tokens';
import { nowSeconds } from '../platform/clock';

export interface BusinessProfile {
	name: string;
	kind: BusinessKind;
	phone: string;
	address: string;
	ward: Ward | null;
	lat: number | null;
	lon: number | null;
}

export interface Business extends BusinessProfile {
	id: number;
	status: BusinessStatus;
	statusReason: string;
	statusChangedAt: number | null;
	createdAt: number;
	email: string;
	/** 1 when the owner is e-mailed each new booking. */
	mailNewBookings: 0 | 1;
}

const BUSINESS_COLUMNS = `b.id, b.name, b.kind, b.phone, b.address, b.ward, b.lat, b.lon, b.status,
	b.status_reason AS statusReason, b.status_changed_at AS statusChangedAt, b.created_at AS createdAt,
	u.email, b.mail_new_bookings AS mailNewBookings`;

function isUniqueViolation(err: unknown): boolean {
	return (err as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** A new business and its login, pending until the department verifies it. */
export function registerBusiness(
	db: Db,
	input: BusinessProfile & {
		email: string;
		passwordHash: string;
		ip: string | null;
		/** The language of the page it was made from, for its messages. */
		locale?: Locale;
	},
	now = nowSeconds()
): { userId: number; businessId: number } | { error: 'emailTaken' } {
	try {
		return db
			.transaction(() => {
				const businessId = Number(
					prepared(
						db,
						`INSERT INTO business (name, kind, phone, address, ward, lat, lon, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
					).run(
						input.name,
						input.kind,
						input.phone,
						input.address,
						input.ward,
						input.lat,
						input.lon,
						now,
						now
					).lastInsertRowid
				);
				const userId = Number(
					prepared(
						db,
						`INSERT INTO user (email, password_hash, role, business_id, created_at, password_changed_at,
							locale)
						VALUES (?, ?, 'business', ?, ?, ?, ?)`
					).run(input.email, input.passwordHash, businessId, now, now, input.locale ?? 'vi')
						.lastInsertRowid
				);
				recordAudit(
					db,
					{ actorId: userId, action: 'register', subject: `business:${businessId}`, ip: input.ip },
					now
				);
				return { userId, businessId };
			})
			.immediate();
	} catch (err) {
		if (isUniqueViolation(err)) return { error: 'emailTaken' };
		throw err;
	}
}

export function createAdmin(
	db: Db,
	email: string,
	passwordHash: string,
	now = nowSeconds()
): number {
	return db
		.transaction(() => {
			const id = Number(
				prepared(
					db,
					`INSERT INTO user (email, password_hash, role, created_at, password_changed_at)
					VALUES (?, ?, 'admin', ?, ?)`
				).run(email, passwordHash, now, now).lastInsertRowid
			);
			recordAudit(db, { actorId: id, action: 'admin_created', subject: `user:${id}` }, now);
			return id;
		})
		.immediate();
}

export function findLogin(
	db: Db,
	email: string
): { id: number; passwordHash: string; role: Role } | null {
	return (
		prepared<[string], { id: number; passwordHash: string; role: Role }>(
			db,
			'SELECT id, password_hash AS passwordHash, role FROM user WHERE email = ?'
		).get(email) ?? null
	);
}

export function getPasswordHash(db: Db, userId: number): string | null {
	return (
		prepared<[number], string>(db, 'SELECT password_hash FROM user WHERE id = ?')
			.pluck()
			.get(userId) ?? null
	);
}

/** Sets a new password and ends the user's other sessions (the current one may stay). */
export function changePassword(
	db: Db,
	userId: number,
	passwordHash: string,
	keepSessionId: string | null,
	now = nowSeconds()
): void {
	db.transaction(() => {
		prepared(db, 'UPDATE user SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(
			passwordHash,
			now,
			userId
		);
		invalidateUserSessions(db, userId, keepSessionId ?? undefined);
	}).immediate();
}

export function getBusiness(db: Db, businessId: number): Business | null {
	return (
		prepared<[number], Business>(
			db,
			`SELECT ${BUSINESS_COLUMNS} FROM business b JOIN user u ON u.business_id = b.id WHERE b.id = ?`
		).get(businessId) ?? null
	);
}

/** Changes only the business's own row: the id comes from the session, never from the form. */
export function updateBusinessProfile(
	db: Db,
	businessId: number,
	profile: BusinessProfile,
	now = nowSeconds()
): boolean {
	return (
		prepared(
			db,
			`UPDATE business SET name = ?, kind = ?, phone = ?, address = ?, ward = ?, lat = ?, lon = ?,
				updated_at = ?
			WHERE id = ? AND status != 'suspended'`
		).run(
			profile.name,
			profile.kind,
			profile.phone,
			profile.address,
			profile.ward,
			profile.lat,
			profile.lon,
			now,
			businessId
		).changes > 0
	);
}

/** Messages to an account go in the language its owner last signed in with. */
export function setUserLocale(db: Db, userId: number, locale: Locale): void {
	prepared(db, 'UPDATE user SET locale = ? WHERE id = ?').run(locale, userId);
}

export function setNewBookingMails(db: Db, businessId: number, on: boolean): void {
	prepared(db, 'UPDATE business SET mail_new_bookings = ? WHERE id = ?').run(
		on ? 1 : 0,
		businessId
	);
}

/** Every business, the ones waiting for verification first. */
export function listBusinesses(db: Db): Business[] {
	return prepared<[], Business>(
		db,
		`SELECT ${BUSINESS_COLUMNS} FROM business b JOIN user u ON u.business_id = b.id
		ORDER BY b.status = 'pending' DESC, b.status = 'suspended' DESC, b.created_at DESC`
	).all();
}

export type StatusChange = 'verify' | 'suspend' | 'reinstate';

const TRANSITIONS: Record<StatusChange, { from: BusinessStatus[]; to: BusinessStatus }> = {
	verify: { from: ['pending'], to: 'verified' },
	suspend: { from: ['pending', 'verified'], to: 'suspended' },
	reinstate: { from: ['suspended'], to: 'verified' }
};

const AUDIT_ACTION = {
	verify: 'business_verified',
	suspend: 'business_suspended',
	reinstate: 'business_reinstated'
} as const;

/**
 * The department changes a business's status, with a reason the business sees. Only the listed
 * transitions happen; anything else (already verified, unknown id) changes nothing and says so.
 */
export function changeBusinessStatus(
	db: Db,
	change: StatusChange,
	businessId: number,
	reason: string,
	admin: Actor,
	now = nowSeconds()
): boolean {
	const { from, to } = TRANSITIONS[change];
	return db
		.transaction(() => {
			const { changes } = prepared(
				db,
				`UPDATE business SET status = ?, status_reason = ?, status_changed_at = ?, updated_at = ?
				WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`
			).run(to, reason, now, now, businessId, ...from);
			if (changes === 0) return false;
			if (to === 'suspended') {
				const userId = prepared<[number], number>(db, 'SELECT id FROM user WHERE business_id = ?')
					.pluck()
					.get(businessId);
				if (userId !== undefined) invalidateUserSessions(db, userId);
			}
			recordAudit(
				db,
				{
					actorId: admin.id,
					action: AUDIT_ACTION[change],
					subject: `business:${businessId}`,
					detail: reason,
					ip: admin.ip
				},
				now
			);
			return true;
		})
		.immediate();
}

export interface UserSummary {
	id: number;
	email: string;
	role: Role;
	businessId: number | null;
	businessName: string | null;
	createdAt: number;
	sessions: number;
}

export function listUsers(db: Db): UserSummary[] {
	return prepared<[], UserSummary>(
		db,
		`SELECT u.id, u.email, u.role, u.business_id AS businessId, b.name AS businessName,
			u.created_at AS createdAt,
			(SELECT count(*) FROM session s WHERE s.user_id = u.id) AS sessions
		FROM user u LEFT JOIN business b ON b.id = u.business_id
		ORDER BY u.role, u.email`
	).all();
}

export const RESET_LIFETIME = 3600;
/** A link someone asked for themselves, by e-mail: valid half an hour. */
export const SELF_RESET_LIFETIME = 1800;

/**
 * A one-time reset link's token for a user, valid one hour (issued by an officer) or `lifetime`;
 * earlier unused ones stop working.
 */
export function createPasswordReset(
	db: Db,
	userId: number,
	admin: Actor | null,
	now = nowSeconds(),
	lifetime = RESET_LIFETIME
): string | null {
	return db
		.transaction(() => {
			const exists = prepared(db, 'SELECT 1 FROM user WHERE id = ?').get(userId);
			if (!exists) return null;
			prepared(db, 'DELETE FROM password_reset WHERE user_id = ? AND used_at IS NULL').run(userId);
			const { id, token, secretHash } = newToken();
			prepared(
				db,
				`INSERT INTO password_reset (id, secret_hash, user_id, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)`
			).run(id, secretHash, userId, admin?.id ?? null, now, now + lifetime);
			recordAudit(
				db,
				{
					actorId: admin?.id ?? null,
					action: admin ? 'password_reset_issued' : 'password_reset_requested',
					subject: `user:${userId}`,
					ip: admin?.ip ?? null
				},
				now
			);
			return token;
		})
		.immediate();
}

/** The account a reset token may change, while it is unused and unexpired. */
export function checkPasswordReset(
	db: Db,
	token: string,
	now = nowSeconds()
): { resetId: string; userId: number; email: string } | null {
	const parts = parseToken(token);
	if (!parts) return null;
	const row = prepared<
		[string, number],
		{ id: string; secretHash: Uint8Array; userId: number; email: string }
	>(
		db,
		`SELECT r.id, r.secret_hash AS secretHash, r.user_id AS userId, u.email
		FROM password_reset r JOIN user u ON u.id = r.user_id
		WHERE r.id = ? AND r.used_at IS NULL AND r.expires_at > ?`
	).get(parts.id, now);
	if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
	return { resetId: row.id, userId: row.userId, email: row.email };
}

/** Uses a reset token once: new password, every session ended. False if it was already used. */
export function completePasswordReset(
	db: Db,
	token: string,
	passwordHash: string,
	ip: string | null,
	now = nowSeconds()
): boolean {
	return db
		.transaction(() => {
			const reset = checkPasswordReset(db, token, now);
			if (!reset) return false;
			const { changes } = prepared(
				db,
				'UPDATE password_reset SET used_at = ? WHERE id = ? AND used_at IS NULL'
			).run(now, reset.resetId);
			if (changes === 0) return false;
			prepared(db, 'UPDATE user SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(
				passwordHash,
				now,
				reset.userId
			);
			invalidateUserSessions(db, reset.userId);
			recordAudit(
				db,
				{
					actorId: reset.userId,
					action: 'password_reset_used',
					subject: `user:${reset.userId}`,
					ip
				},
				now
			);
			return true;
		})
		.immediate();
}

export function deleteExpiredResets(db: Db, now = nowSeconds()): number {
	return prepared(
		db,
		'DELETE FROM password_reset WHERE expires_at <= ? OR used_at IS NOT NULL'
	).run(now - 86400).changes;
}

/**
 * "Forgot my password": when an account has this address, a link valid half an hour is queued to
 * it by e-mail, in the same transaction, in the language of the page it was asked from. Says
 * nothing about whether the address exists (the page answers the same either way).
 */
export function requestPasswordReset(
	db: Db,
	email: string,
	message: (link: string) => { subject: string; body: string },
	linkFor: (token: string) => string,
	now = nowSeconds()
): void {
	db.transaction(() => {
		const userId = prepared<[string], number>(db, 'SELECT id FROM user WHERE email = ?')
			.pluck()
			.get(email);
		if (userId === undefined) return;
		const token = createPasswordReset(db, userId, null, now, SELF_RESET_LIFETIME)!;
		const { subject, body } = message(linkFor(token));
		prepared(
			db,
			`INSERT INTO outbox (kind, recipient, subject, body, created_at)
			VALUES ('password_reset', ?, ?, ?, ?)`
		).run(email, subject, body, now);
	}).immediate();
}
