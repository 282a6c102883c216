import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/db';
import { BACKOFF_SECONDS, deliverDue, requeueInterrupted, resend, type Send } from './sender';

let db: Db;
const NOW = 1_800_000_000;
beforeEach(() => {
	db = openDatabase(':memory:');
});

const queue = (recipient: string, createdAt = NOW) =>
	Number(
		db
			.prepare(
				`INSERT INTO outbox (kind, recipient, subject, body, created_at)
				VALUES ('booking_confirmed', ?, 'Đặt chỗ', 'Xin chào', ?)`
			)
			.run(recipient, createdAt).lastInsertRowid
	);
const row = (id: number) =>
	db
		.prepare(
			'SELECT status, attempts, next_attempt_at AS next, last_response AS answer FROM outbox WHERE id = ?'
		)
		.get(id) as { status: string; attempts: number; next: number; answer: string };

const refuse =
	(code: number | undefined, message: string): Send =>
	async () => {
		throw Object.assign(new Error(message), { responseCode: code, response: message });
	};

describe('the mail sender', () => {
	it('sends each due message once and records the answer', async () => {
		const sent: number[] = [];
		const send: Send = async (mail) => {
			sent.push(mail.id);
			return '250 2.0.0 Ok: queued';
		};
		const a = queue('an@example.vn');
		queue('0912345678'); // a phone number: not for e-mail
		queue('old@example.vn', NOW - 4 * 86400); // days late: not sent
		expect(await deliverDue(db, send, NOW)).toEqual({ sent: 1, failed: 0, retried: 0 });
		expect(await deliverDue(db, send, NOW + 60)).toEqual({ sent: 0, failed: 0, retried: 0 });
		expect(sent).toEqual([a]);
		expect(row(a)).toMatchObject({ status: 'sent', attempts: 1, answer: '250 2.0.0 Ok: queued' });
	});

	it('retries a temporary failure with backoff, then gives up; a 5xx fails at once', async () => {
		const a = queue('an@example.vn');
		await deliverDue(db, refuse(undefined, 'connect ECONNREFUSED'), NOW);
		expect(row(a)).toMatchObject({ status: 'queued', attempts: 1, next: NOW + BACKOFF_SECONDS[0] });
		// Not before its time.
		expect((await deliverDue(db, refuse(421, 'busy'), NOW + 1)).retried).toBe(0);
		let at = NOW;
		for (let i = 0; i < BACKOFF_SECONDS.length; i++) {
			at = row(a).next;
			await deliverDue(db, refuse(421, '421 try later'), at);
		}
		expect(row(a)).toMatchObject({ status: 'failed', answer: '421 try later' });

		const b = queue('nobody@example.vn', at);
		await deliverDue(db, refuse(550, '550 5.1.1 No such mailbox'), at);
		expect(row(b)).toMatchObject({ status: 'failed', attempts: 1 });
		// An officer sends it again.
		expect(resend(db, b)).toBe(true);
		expect(row(b)).toMatchObject({ status: 'queued', attempts: 0 });
		expect(resend(db, b)).toBe(false);
	});

	it('puts a message caught mid-send after a crash back in the queue', () => {
		const a = queue('an@example.vn');
		db.prepare("UPDATE outbox SET status = 'sending', attempts = 1 WHERE id = ?").run(a);
		expect(requeueInterrupted(db)).toBe(1);
		expect(row(a).status).toBe('queued');
	});
});
