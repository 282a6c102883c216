import { expect, test } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import {
	bookableEvent,
	BASE_URL,
	bookVia,
	client,
	loginVia,
	ownServer,
	readDb,
	stopServer
} from './helpers';

interface Received {
	messageId: string;
	to: string;
	subject: string;
	text: string;
}

/** A real SMTP server on loopback that keeps what it is given and refuses bounce@ addresses. */
function mailServer(port: number, inbox: Received[]) {
	const make = () =>
		new SMTPServer({
			authOptional: true,
			// Plain SMTP on loopback: no certificate to trust in a test.
			disabledCommands: ['STARTTLS', 'AUTH'],
			onRcptTo(address, _session, callback) {
				if (address.address.startsWith('bounce')) {
					const err = new Error('5.1.1 No such mailbox') as Error & { responseCode: number };
					err.responseCode = 550;
					return callback(err);
				}
				callback();
			},
			onData(stream, _session, callback) {
				simpleParser(stream)
					.then((mail) => {
						inbox.push({
							messageId: mail.messageId ?? '',
							to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '',
							subject: mail.subject ?? '',
							text: mail.text ?? ''
						});
						callback();
					})
					.catch(callback);
			}
		});
	// A stopped server is not started again: a new one listens, as after a real restart.
	let server: SMTPServer | null = null;
	return {
		start: () =>
			new Promise<void>((resolve) => {
				server = make();
				server.listen(port, '127.0.0.1', resolve);
			}),
		stop: () =>
			new Promise<void>((resolve) => {
				if (!server) return resolve();
				server.close(() => resolve());
				server = null;
			})
	};
}

test('messages are sent over SMTP once each: in the guest’s language, late when the server is down, failed when refused @once', async () => {
	test.setTimeout(120_000);
	const port = Number(new URL(BASE_URL).port);
	const inbox: Received[] = [];
	const smtp = mailServer(port + 30, inbox);
	await smtp.start();
	const { dir, base, server } = await ownServer('mail', 29, {
		env: {
			SMTP_URL: `smtp://127.0.0.1:${port + 30}`,
			MAIL_FROM: 'Visit Lạng Sơn <no-reply@visit.example>',
			MAIL_POLL_SECONDS: '1',
			MAIL_BACKOFF_SECONDS: '2,2,2,2,2,2,2,2,2,2,2,2,2,2,2'
		}
	});
	const db = join(dir, 'portal.db');
	const outbox = () =>
		readDb(
			(d) =>
				d
					.prepare('SELECT id, recipient, status, last_response AS answer FROM outbox ORDER BY id')
					.all() as { id: number; recipient: string; status: string; answer: string }[],
			db
		);
	const arrived = (to: string) => inbox.filter((m) => m.to === to);
	try {
		const {
			eventId,
			date,
			business,
			email: ownerEmail
		} = await bookableEvent('mail', {
			capacity: 20,
			maxParty: 4,
			base,
			databasePath: db
		});
		await business.dispose();
		const book = async (email: string, ip: string) => {
			const guest = await client(ip, base);
			const res = await bookVia(guest, `/zh/events/${eventId}/book/${date}`, {
				name: '王芳',
				email,
				party: '2'
			});
			expect(res.status(), email).toBe(303);
			await guest.dispose();
		};

		// A booking in Chinese: its confirmation arrives in Chinese, with an id from the outbox.
		await book('wang@example.cn', 'mail-guest-1');
		await expect.poll(() => arrived('wang@example.cn').length, { timeout: 20_000 }).toBe(1);
		const [confirmation] = arrived('wang@example.cn');
		expect(confirmation.subject).toMatch(/[\u4e00-\u9fff]/);
		expect(confirmation.text).toContain('王芳');
		expect(confirmation.messageId).toMatch(/^<outbox-\d+@visit\.example>$/);

		// The mail server is down: the booking still succeeds; the message waits, then arrives.
		await smtp.stop();
		await book('li@example.cn', 'mail-guest-2');
		await expect
			.poll(() => outbox().find((m) => m.recipient === 'li@example.cn')?.answer ?? '', {
				timeout: 20_000
			})
			.toMatch(/ECONNREFUSED|connect/i);
		expect(arrived('li@example.cn')).toHaveLength(0);
		await smtp.start();
		await expect.poll(() => arrived('li@example.cn').length, { timeout: 30_000 }).toBe(1);

		// An address the server refuses for good ends as failed, with the server's answer.
		await book('bounce@example.cn', 'mail-guest-3');
		await expect
			.poll(() => outbox().find((m) => m.recipient === 'bounce@example.cn')?.status, {
				timeout: 20_000
			})
			.toBe('failed');
		expect(outbox().find((m) => m.recipient === 'bounce@example.cn')?.answer).toContain('550');

		// Forgot my password: the same answer for a known and an unknown address; the link arrives,
		// works once, and ends every other session.
		const owner = await client('mail-owner', base);
		await loginVia(owner, ownerEmail);
		const asker = await client('mail-forgot', base);
		const ask = async (email: string) =>
			(await (await asker.post('/en/forgot-password', { form: { email } })).text()).replaceAll(
				email,
				'ADDRESS'
			);
		const known = await ask(ownerEmail);
		expect(await ask('nobody@example.vn')).toBe(known);
		expect(known).toContain('If ADDRESS belongs to an account');
		await expect.poll(() => arrived(ownerEmail).length, { timeout: 20_000 }).toBe(1);
		const link = /http\S+\/en\/reset\/[a-z2-7.]+/.exec(arrived(ownerEmail)[0].text)![0];
		const path = new URL(link).pathname;
		const newPassword = 'mật khẩu mới của quán';
		const used = await asker.post(path, {
			form: { newPassword, passwordConfirm: newPassword },
			maxRedirects: 0
		});
		expect(used.status()).toBe(303);
		expect((await asker.get(path)).status()).toBe(404);
		expect((await owner.get('/en/business', { maxRedirects: 0 })).status()).toBe(303);
		await loginVia(asker, ownerEmail, newPassword);
		expect(arrived('nobody@example.vn')).toHaveLength(0);
		await Promise.all([owner.dispose(), asker.dispose()]);

		// Each message once: no Message-ID twice.
		const ids = inbox.map((m) => m.messageId);
		expect(new Set(ids).size).toBe(ids.length);
		expect(outbox().filter((m) => m.status === 'sent')).toHaveLength(3);
	} finally {
		await stopServer(server);
		await smtp.stop();
	}
});

test('without a mail server, "forgot my password" sends people to the department instead @once', async () => {
	// The shared e2e server has no SMTP_URL.
	const visitor = await client('forgot-no-mail');
	const page = await (await visitor.get('/en/forgot-password')).text();
	expect(page).toContain('This portal cannot send e-mail yet');
	expect(page).not.toContain('name="email"');
	const res = await visitor.post('/en/forgot-password', { form: { email: 'someone@example.vn' } });
	expect(res.status()).toBe(409);
	expect(await res.text()).toContain('This portal cannot send e-mail yet');
	await visitor.dispose();
});
