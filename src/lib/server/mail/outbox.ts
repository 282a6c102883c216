// mail/outbox.ts: every message the portal sends is a row here, written in the same transaction as
// what caused it; the sender (sender.ts) delivers it later.
import type { Locale } from '$lib/i18n/locales';
import { prepared, type Db } from '../platform/db';

export { SECRET_LINK } from '$lib/mail';

export interface NewMail {
	kind: string;
	/** An e-mail address, or a phone number the department passes on by hand. */
	recipient: string;
	locale: Locale;
	subject: string;
	body: string;
	bookingId?: number;
	/** Replaces SECRET_LINK in the body when sent, then is forgotten. */
	secretLink?: string;
	/** An .ics file to attach. */
	calendar?: string;
}

export function queueMail(db: Db, mail: NewMail, now: number): number {
	return Number(
		prepared(
			db,
			`INSERT INTO outbox (booking_id, kind, recipient, locale, subject, body, secret_link, calendar,
				created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			mail.bookingId ?? null,
			mail.kind,
			mail.recipient,
			mail.locale,
			mail.subject,
			mail.body,
			mail.secretLink ?? '',
			mail.calendar ?? '',
			now
		).lastInsertRowid
	);
}

export interface OutboxMessage {
	id: number;
	kind: string;
	recipient: string;
	subject: string;
	body: string;
	createdAt: number;
	sentAt: number | null;
	status: 'queued' | 'sending' | 'sent' | 'failed';
	attempts: number;
	/** The mail server's last answer. */
	lastResponse: string;
	hasCalendar: boolean;
}

/** The newest messages, for the department's page; private links never leave the table. */
export function listOutbox(db: Db, limit = 200): OutboxMessage[] {
	return prepared<[number], OutboxMessage>(
		db,
		`SELECT id, kind, recipient, subject, body, created_at AS createdAt, sent_at AS sentAt,
			status, attempts, last_response AS lastResponse, calendar != '' AS hasCalendar
		FROM outbox ORDER BY id DESC LIMIT ?`
	)
		.all(limit)
		.map((m) => ({ ...m, hasCalendar: Boolean(m.hasCalendar) }));
}
