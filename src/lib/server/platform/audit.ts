import { prepared, type Db } from './db';
import { nowSeconds } from './clock';

export type AuditAction =
	| 'login'
	| 'login_failed'
	| 'login_throttled'
	| 'logout'
	| 'logout_everywhere'
	| 'register'
	| 'password_changed'
	| 'password_reset_issued'
	| 'password_reset_requested'
	| 'password_reset_used'
	| 'profile_updated'
	| 'guests_messaged'
	| 'business_verified'
	| 'business_suspended'
	| 'business_reinstated'
	| 'admin_created'
	| 'event_approved'
	| 'event_rejected'
	| 'notice_posted'
	| 'notice_removed'
	| 'arrival_saved'
	| 'arrival_deleted'
	| 'arrivals_imported'
	| 'street_night_saved'
	| 'place_created'
	| 'place_updated'
	| 'place_deleted'
	| 'places_imported'
	| 'photo_added'
	| 'photo_updated'
	| 'photo_removed'
	| 'page_saved'
	| 'page_restored'
	| 'dish_saved'
	| 'dish_deleted'
	| 'festival_saved'
	| 'festival_deleted'
	| 'season_saved'
	| 'season_deleted'
	| 'settings_saved'
	| 'targets_saved';

export interface AuditEntry {
	id: number;
	at: number;
	actorId: number | null;
	actorEmail: string | null;
	action: AuditAction;
	subject: string | null;
	detail: string;
	ip: string | null;
}

/** How long an IP address stays in the audit log (stated on the privacy page). */
/** Who did something, as the audit log records it: a signed-in user and the address they came from. */
export interface Actor {
	id: number;
	ip: string | null;
}

export const AUDIT_IP_DAYS = 90;

export function recordAudit(
	db: Db,
	entry: {
		actorId?: number | null;
		action: AuditAction;
		subject?: string | null;
		detail?: string;
		ip?: string | null;
	},
	now = nowSeconds()
): void {
	prepared(
		db,
		'INSERT INTO audit (at, actor_id, action, subject, detail, ip) VALUES (?, ?, ?, ?, ?, ?)'
	).run(
		now,
		entry.actorId ?? null,
		entry.action,
		entry.subject ?? null,
		(entry.detail ?? '').slice(0, 1000),
		entry.ip ?? null
	);
}

export function listAudit(
	db: Db,
	{ limit = 100, before = null as number | null } = {}
): AuditEntry[] {
	return prepared<unknown[], AuditEntry>(
		db,
		`SELECT a.id, a.at, a.actor_id AS actorId, u.email AS actorEmail, a.action, a.subject,
			a.detail, a.ip
		FROM audit a LEFT JOIN user u ON u.id = a.actor_id
		WHERE ? IS NULL OR a.id < ?
		ORDER BY a.id DESC LIMIT ?`
	).all(before, before, limit);
}

/** Drops IP addresses older than AUDIT_IP_DAYS; the entries themselves stay. */
export function eraseOldAuditIps(db: Db, now = nowSeconds()): number {
	return prepared(db, 'UPDATE audit SET ip = NULL WHERE ip IS NOT NULL AND at <= ?').run(
		now - AUDIT_IP_DAYS * 86400
	).changes;
}
