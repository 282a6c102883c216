import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { prepared, writeIfFree, type Db } from '../platform/db';
import { newToken, parseToken, secretMatches } from '../platform/tokens';
import { nowSeconds } from '../platform/clock';

export type Role = 'business' | 'admin';
export type BusinessStatus = 'pending' | 'verified' | 'suspended';

export interface SessionUser {
	id: number;
	email: string;
	role: Role;
	businessId: number | null;
	businessName: string | null;
	businessStatus: BusinessStatus | null;
}

export interface Session {
	id: string;
	userId: number;
	createdAt: number;
	lastVerifiedAt: number;
	/** When the session ends if unused: the sooner of the inactivity and the absolute limit. */
	expiresAt: number;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/**
 * Session lifetimes (README, "Sessions"). `touchEvery` is how stale the last-seen time may get
 * before a request writes it again: short for admins, whose inactivity limit is short.
 */
export const SESSION_POLICY: Record<
	Role,
	{ inactivity: number; absolute: number; touchEvery: number }
> = {
	business: { inactivity: 30 * DAY, absolute: 30 * DAY, touchEvery: HOUR },
	admin: { inactivity: 30 * MINUTE, absolute: 12 * HOUR, touchEvery: MINUTE }
};

function expiry(role: Role, createdAt: number, lastVerifiedAt: number): number {
	const policy = SESSION_POLICY[role];
	return Math.min(lastVerifiedAt + policy.inactivity, createdAt + policy.absolute);
}

/** A new session for a user who has just proved who they are (every login gets a new one). */
export function createSession(
	db: Db,
	userId: number,
	role: Role,
	now = nowSeconds()
): { token: string; session: Session } {
	const { id, token, secretHash } = newToken();
	prepared(
		db,
		'INSERT INTO session (id, user_id, secret_hash, created_at, last_verified_at) VALUES (?, ?, ?, ?, ?)'
	).run(id, userId, secretHash, now, now);
	return {
		token,
		session: { id, userId, createdAt: now, lastVerifiedAt: now, expiresAt: expiry(role, now, now) }
	};
}

interface SessionRow {
	id: string;
	userId: number;
	secretHash: Uint8Array;
	createdAt: number;
	lastVerifiedAt: number;
	email: string;
	role: Role;
	businessId: number | null;
	businessName: string | null;
	businessStatus: BusinessStatus | null;
}

/**
 * The session and user a token stands for, or null. Expired or forged tokens end here; a session
 * in use has its last-seen time moved on (`renewed` tells the caller to refresh the cookie).
 */
export function validateSessionToken(
	db: Db,
	token: string | undefined,
	now = nowSeconds()
): { session: Session; user: SessionUser; renewed: boolean } | null {
	const parts = parseToken(token);
	if (!parts) return null;
	const row = prepared<[string], SessionRow>(
		db,
		`SELECT s.id, s.user_id AS userId, s.secret_hash AS secretHash, s.created_at AS createdAt,
			s.last_verified_at AS lastVerifiedAt, u.email, u.role, u.business_id AS businessId,
			b.name AS businessName, b.status AS businessStatus
		FROM session s
		JOIN user u ON u.id = s.user_id
		LEFT JOIN business b ON b.id = u.business_id
		WHERE s.id = ?`
	).get(parts.id);
	if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
	// These two writes never make a page wait for another process's write lock (SQLite's wait
	// would stop every request of this process): when the lock is taken they are left to a later
	// request, or to the daily clean-up of ended sessions.
	if (now >= expiry(row.role, row.createdAt, row.lastVerifiedAt)) {
		writeIfFree(db, () => invalidateSession(db, row.id));
		return null;
	}
	let lastVerifiedAt = row.lastVerifiedAt;
	const renewed =
		now - lastVerifiedAt >= SESSION_POLICY[row.role].touchEvery &&
		writeIfFree(db, () =>
			prepared(db, 'UPDATE session SET last_verified_at = ? WHERE id = ?').run(now, row.id)
		);
	if (renewed) lastVerifiedAt = now;
	return {
		session: {
			id: row.id,
			userId: row.userId,
			createdAt: row.createdAt,
			lastVerifiedAt,
			expiresAt: expiry(row.role, row.createdAt, lastVerifiedAt)
		},
		user: {
			id: row.userId,
			email: row.email,
			role: row.role,
			businessId: row.businessId,
			businessName: row.businessName,
			businessStatus: row.businessStatus
		},
		renewed
	};
}

export function invalidateSession(db: Db, sessionId: string): void {
	prepared(db, 'DELETE FROM session WHERE id = ?').run(sessionId);
}

/** Ends every session of a user: "log out everywhere", a password change, a suspension. */
export function invalidateUserSessions(db: Db, userId: number, exceptSessionId?: string): number {
	return prepared(db, 'DELETE FROM session WHERE user_id = ? AND id IS NOT ?').run(
		userId,
		exceptSessionId ?? null
	).changes;
}

export function deleteExpiredSessions(db: Db, now = nowSeconds()): number {
	let deleted = 0;
	for (const role of ['business', 'admin'] as const) {
		const { inactivity, absolute } = SESSION_POLICY[role];
		deleted += prepared(
			db,
			`DELETE FROM session WHERE user_id IN (SELECT id FROM user WHERE role = ?)
				AND (last_verified_at <= ? OR created_at <= ?)`
		).run(role, now - inactivity, now - absolute).changes;
	}
	return deleted;
}

// Over HTTPS the `__Host-` prefix makes the browser refuse the cookie unless it is Secure, host-only
// and for the whole site.
const cookieName = (secure: boolean) => (secure ? '__Host-session' : 'session');

export function readSessionCookie(cookies: Cookies, url: URL): string | undefined {
	return cookies.get(cookieName(url.protocol === 'https:'));
}

export function setSessionCookie(
	cookies: Cookies,
	url: URL,
	token: string,
	expiresAt: number,
	now = nowSeconds()
): void {
	const secure = url.protocol === 'https:';
	cookies.set(cookieName(secure), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: Math.max(0, expiresAt - now)
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	const secure = url.protocol === 'https:';
	cookies.delete(cookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = encodeURIComponent(event.url.pathname);
		redirect(303, `/${event.locals.locale}/login?next=${next}`);
	}
	return user;
}

export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, role: Role): SessionUser {
	const user = requireUser(event);
	if (user.role !== role) error(403, 'errors.forbidden');
	return user;
}

/** A business user with their business id, for pages that show or change the business's records. */
export function requireBusiness(
	event: Pick<RequestEvent, 'locals' | 'url'>
): SessionUser & { businessId: number } {
	const user = requireRole(event, 'business');
	if (user.businessId === null) error(403, 'errors.forbidden');
	return user as SessionUser & { businessId: number };
}

/**
 * Where to go after logging in: the page the user was sent away from when it lies in their own
 * area (never another site), otherwise their dashboard.
 */
export function landingPath(role: Role, locale: string, next: string | null | undefined): string {
	const home = `/${locale}/${role}`;
	if (!next) return home;
	const area = new RegExp(`^/(?:vi|en|zh)/${role}(?:/[\\w\\-/]*)?$`);
	return area.test(next) ? next : home;
}
