// mail/: the background sender. Messages are written to the outbox in the same transaction as what
// caused them; this sends them over SMTP (nodemailer), once each, and records the server's answer.
import nodemailer from 'nodemailer';
import { prepared, type Db } from '../platform/db';
import { nowSeconds } from '../platform/clock';
import { SECRET_LINK } from './outbox';

/**
 * Waits after a temporary failure, by attempt: 1 min, 5 min, 15 min, 1 h, 3 h, 12 h; then failed.
 * `MAIL_BACKOFF_SECONDS` (a comma-separated list) sets others, e.g. for tests.
 */
export const BACKOFF_SECONDS = process.env.MAIL_BACKOFF_SECONDS
	? process.env.MAIL_BACKOFF_SECONDS.split(',').map(Number)
	: [60, 300, 900, 3600, 3 * 3600, 12 * 3600];
/** Messages older than this are not sent at all (a confirmation days late helps nobody). */
export const MAX_AGE_SECONDS = 3 * 86400;

export interface OutgoingMail {
	id: number;
	to: string;
	subject: string;
	text: string;
	html: string;
	/** An .ics file, or ''. */
	calendar: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML part: the text itself, escaped, in paragraphs, with its web addresses as links. No
 * remote images, styles or trackers; a mail client that shows HTML shows the same words.
 */
export function htmlPart(text: string, locale: string): string {
	const paragraphs = text
		.trim()
		.split(/\n{2,}/)
		.map((p) =>
			escapeHtml(p)
				.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
				.replace(/\n/g, '<br>\n')
		)
		.map((p) => `<p>${p}</p>`);
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(locale)}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
		'<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 36em">',
		...paragraphs,
		'</body>',
		'</html>'
	].join('\n');
}

/** Sends one message and returns the server's accepting answer; throws with `responseCode` if not. */
export type Send = (mail: OutgoingMail) => Promise<string>;

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>".]+(\.[^\s@,;<>".]+)+$/;

/**
 * A sender over SMTP from `SMTP_URL` (`smtp://user:pass@host:587`; STARTTLS when the server offers
 * it) and `MAIL_FROM`, or null when no server is configured: messages then stay in the outbox.
 */
export function smtpSender(
	url = process.env.SMTP_URL,
	from = process.env.MAIL_FROM ?? 'Visit Lạng Sơn <no-reply@localhost>'
): Send | null {
	if (!url) return null;
	const transport = nodemailer.createTransport(url);
	const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'localhost';
	return async (mail) => {
		const info = await transport.sendMail({
			from,
			// An address object: whatever the text holds, it is one recipient, never a list.
			to: { name: '', address: mail.to },
			// One line: a line break typed into a name or a reason cannot start a new header.
			subject: mail.subject.replace(/[\r\n]+/g, ' '),
			text: mail.text,
			html: mail.html,
			attachments: mail.calendar
				? [
						{
							filename: 'invite.ics',
							content: mail.calendar,
							contentType: 'text/calendar; charset=utf-8'
						}
					]
				: [],
			// Derived from the outbox row: a message sent again after a crash has the same id.
			messageId: `<outbox-${mail.id}@${domain}>`
		});
		return String(info.response ?? '');
	};
}

/** After a restart, messages caught mid-send go back to the queue (see decision 006). */
export function requeueInterrupted(db: Db): number {
	return prepared(db, "UPDATE outbox SET status = 'queued' WHERE status = 'sending'").run().changes;
}

interface Row {
	id: number;
	recipient: string;
	locale: string;
	subject: string;
	body: string;
	secretLink: string;
	calendar: string;
	attempts: number;
}

/** Claims the next due message (marked 'sending' before the server is asked), or null. */
function claim(db: Db, now: number): Row | null {
	return (
		prepared<[number, number], Row>(
			db,
			`UPDATE outbox SET status = 'sending', attempts = attempts + 1
			WHERE id = (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?
				AND created_at >= ? AND recipient LIKE '%@%' ORDER BY id LIMIT 1)
			RETURNING id, recipient, locale, subject, body, secret_link AS secretLink, calendar, attempts`
		).get(now, now - MAX_AGE_SECONDS) ?? null
	);
}

/** Sends what is due now, one message at a time; returns how many were sent and failed for good. */
export async function deliverDue(
	db: Db,
	send: Send,
	now = nowSeconds(),
	limit = 50
): Promise<{ sent: number; failed: number; retried: number }> {
	const result = { sent: 0, failed: 0, retried: 0 };
	for (let i = 0; i < limit; i++) {
		const row = claim(db, now);
		if (!row) break;
		if (!EMAIL.test(row.recipient)) {
			finish(db, row.id, 'failed', 'not an e-mail address', now);
			result.failed++;
			continue;
		}
		const text = row.body.replace(SECRET_LINK, row.secretLink);
		try {
			const response = await send({
				id: row.id,
				to: row.recipient,
				subject: row.subject,
				text,
				html: htmlPart(text, row.locale),
				calendar: row.calendar
			});
			finish(db, row.id, 'sent', response, now);
			result.sent++;
		} catch (err) {
			const code = (err as { responseCode?: number }).responseCode ?? 0;
			const answer = String((err as { response?: string }).response ?? (err as Error).message);
			// 5xx: the server will never take it (no such mailbox). Anything else may pass later.
			if (code >= 500 || row.attempts > BACKOFF_SECONDS.length) {
				finish(db, row.id, 'failed', answer, now);
				result.failed++;
			} else {
				prepared(
					db,
					`UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_response = ?
					WHERE id = ?`
				).run(now + BACKOFF_SECONDS[row.attempts - 1], answer.slice(0, 500), row.id);
				result.retried++;
			}
		}
	}
	return result;
}

function finish(db: Db, id: number, status: 'sent' | 'failed', answer: string, now: number) {
	prepared(
		db,
		`UPDATE outbox SET status = ?, last_response = ?, sent_at = CASE WHEN ? = 'sent' THEN ? END,
			secret_link = CASE WHEN ? = 'sent' THEN '' ELSE secret_link END
		WHERE id = ?`
	).run(status, answer.slice(0, 500), status, now, status, id);
}

/** A failed message queued again by an officer, with its attempts counted afresh. */
export function resend(db: Db, id: number): boolean {
	return (
		prepared(
			db,
			`UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = 0, created_at = ?
			WHERE id = ? AND status = 'failed' AND recipient != ''`
		).run(nowSeconds(), id).changes > 0
	);
}

/**
 * Runs the sender in this process every `MAIL_POLL_SECONDS` (10 by default): one pass at a time,
 * so a slow server never has two passes sending the same queue. `before` runs first in each pass
 * (queueing the reminders that have come due), with or without a mail server.
 */
export function scheduleSender(
	db: Db,
	send: Send | null,
	before: () => void = () => {}
): () => void {
	if (send) requeueInterrupted(db);
	let running = false;
	const seconds = Math.max(1, Number(process.env.MAIL_POLL_SECONDS ?? 10));
	const timer = setInterval(async () => {
		// Shutting down: the database is closed and nothing is left to do.
		if (running || !db.open) return;
		running = true;
		try {
			before();
			if (send) await deliverDue(db, send);
		} catch (err) {
			// A locked or read-only database: the next pass tries again. No addresses in the log.
			console.error('mail sender:', (err as Error).name);
		} finally {
			running = false;
		}
	}, seconds * 1000);
	timer.unref();
	return () => clearInterval(timer);
}
