import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/db';
import { queueMail, SECRET_LINK } from './outbox';
import {
	BACKOFF_SECONDS,
	deliverDue,
	requeueInterrupted,
	resend,
	smtpSender,
	type Send
} from './sender';

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

describe('over a real SMTP server', () => {
	interface Arrived {
		envelope: string[];
		raw: string;
		mail: import('mailparser').ParsedMail;
	}

	/** smtp-server on a free loopback port; returns what arrived, envelope and headers included. */
	async function withServer(run: (url: string, inbox: Arrived[]) => Promise<void>) {
		const { SMTPServer } = await import('smtp-server');
		const { simpleParser } = await import('mailparser');
		const inbox: Arrived[] = [];
		const server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS', 'AUTH'],
			onData(stream, session, callback) {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				stream.on('end', async () => {
					const raw = Buffer.concat(chunks).toString('utf8');
					inbox.push({
						envelope: session.envelope.rcptTo.map((r) => r.address),
						raw,
						mail: await simpleParser(raw)
					});
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.server.address() as { port: number };
		try {
			await run(`smtp://127.0.0.1:${port}`, inbox);
		} finally {
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	}

	it('sends a text and an HTML part, the calendar attached, and the private link only then', async () => {
		await withServer(async (url, inbox) => {
			const send = smtpSender(url, 'Visit Lạng Sơn <no-reply@visit.example>')!;
			const id = queueMail(
				db,
				{
					kind: 'booking_confirmed',
					recipient: 'wang@example.cn',
					locale: 'zh',
					subject: '预订成功：夜市',
					body: `您好 <b>王</b>\n\n链接：\n${SECRET_LINK}`,
					secretLink: 'https://visit.example/zh/bookings/abc.def?x=1&y=2',
					calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
				},
				NOW
			);
			expect(await deliverDue(db, send, NOW)).toMatchObject({ sent: 1 });
			const [{ mail }] = inbox;
			expect(mail.messageId).toBe(`<outbox-${id}@visit.example>`);
			expect(mail.text).toContain('https://visit.example/zh/bookings/abc.def?x=1&y=2');
			expect(mail.html).toContain('<html lang="zh">');
			expect(mail.html).toContain('&#60;b&#62;王&#60;/b&#62;');
			expect(mail.html).toContain(
				'<a href="https://visit.example/zh/bookings/abc.def?x=1&#38;y=2">'
			);
			expect(mail.html).not.toMatch(/<img|<script|src=/);
			expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
				['invite.ics', 'text/calendar']
			]);
			// Sent: the link is gone from the table.
			expect(JSON.stringify(db.prepare('SELECT * FROM outbox').all())).not.toContain('abc.def');
		});
	});

	it('lets no line break or Bcc typed into a subject, name or reason add a header or a recipient', async () => {
		await withServer(async (url, inbox) => {
			const send = smtpSender(url, 'Visit Lạng Sơn <no-reply@visit.example>')!;
			const evil = 'Lan\r\nBcc: spy@evil.example\r\nX-Injected: yes';
			queueMail(
				db,
				{
					kind: 'event_rejected',
					recipient: 'owner@example.vn',
					locale: 'vi',
					subject: `Sự kiện chưa được duyệt: ${evil}`,
					body: `Lý do:\n\n${evil}\n.\nRCPT TO:<spy@evil.example>`
				},
				NOW
			);
			// A recipient with a line break is not an address at all: it fails, nothing is sent.
			const bad = queueMail(
				db,
				{
					kind: 'booking_confirmed',
					recipient: 'lan@example.vn\r\nBcc: spy@evil.example',
					locale: 'vi',
					subject: 'x',
					body: 'x'
				},
				NOW
			);
			expect(await deliverDue(db, send, NOW)).toMatchObject({ sent: 1, failed: 1 });
			expect(row(bad).status).toBe('failed');
			expect(inbox).toHaveLength(1);
			const [{ envelope, raw, mail }] = inbox;
			expect(envelope).toEqual(['owner@example.vn']);
			expect(mail.bcc).toBeUndefined();
			expect(mail.headers.has('x-injected')).toBe(false);
			const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
			expect(headers).not.toMatch(/^(Bcc|X-Injected):/im);
			expect(mail.subject).toBe(
				'Sự kiện chưa được duyệt: Lan Bcc: spy@evil.example X-Injected: yes'
			);
			expect(mail.text).toContain('RCPT TO:<spy@evil.example>');
		});
	});
});
