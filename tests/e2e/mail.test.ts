import { expect, test } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import Database from 'better-sqlite3';
import {
	adminClient,
	bookableEvent,
	BASE_URL,
	bookVia,
	client,
	loginVia,
	ownServer,
	readDb,
	startServer,
	stopServer
} from './helpers';

interface Received {
	messageId: string;
	/** Who the server was asked to deliver to (the envelope), whatever the headers say. */
	envelope: string[];
	to: string;
	subject: string;
	text: string;
	html: string;
	headers: string;
	attachments: { filename: string; content: string }[];
}

/**
 * A real SMTP server on loopback that keeps what it is given and refuses bounce@ addresses. Like a
 * real one, it takes a message only when it can answer "250": one whose sender hung up before the
 * answer (`delayMs` widens that moment) is not kept.
 */
function mailServer(port: number, inbox: Received[], { delayMs = 0, onData = () => {} } = {}) {
	const make = () => {
		const closed = new Set<string>();
		return new SMTPServer({
			authOptional: true,
			// Plain SMTP on loopback: no certificate to trust in a test.
			disabledCommands: ['STARTTLS', 'AUTH'],
			onClose(session) {
				closed.add(session.id);
			},
			onRcptTo(address, _session, callback) {
				if (address.address.startsWith('bounce')) {
					const err = new Error('5.1.1 No such mailbox') as Error & { responseCode: number };
					err.responseCode = 550;
					return callback(err);
				}
				callback();
			},
			onData(stream, session, callback) {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				stream.on('end', async () => {
					onData();
					const raw = Buffer.concat(chunks).toString('utf8');
					await new Promise((r) => setTimeout(r, delayMs));
					if (closed.has(session.id)) return callback(new Error('sender gone'));
					const mail = await simpleParser(raw);
					inbox.push({
						messageId: mail.messageId ?? '',
						envelope: session.envelope.rcptTo.map((r) => r.address),
						to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '',
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						html: typeof mail.html === 'string' ? mail.html : '',
						headers: raw.slice(0, raw.indexOf('\r\n\r\n')),
						attachments: mail.attachments.map((a) => ({
							filename: a.filename ?? '',
							content: a.content.toString('utf8')
						}))
					});
					callback();
				});
			}
		});
	};
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

const mailEnv = (port: number) => ({
	SMTP_URL: `smtp://127.0.0.1:${port}`,
	MAIL_FROM: 'Visit Lạng Sơn <no-reply@visit.example>',
	MAIL_POLL_SECONDS: '1',
	MAIL_BACKOFF_SECONDS: '2,2,2,2,2,2,2,2,2,2,2,2,2,2,2'
});

/** Opens the database of a server under test for writing, as time passing would change it. */
function writeDb(path: string, sql: string, ...params: unknown[]) {
	const db = new Database(path);
	try {
		db.prepare(sql).run(...params);
	} finally {
		db.close();
	}
}

test('messages are sent over SMTP once each: in the guest’s language, late when the server is down, failed when refused @once', async () => {
	test.setTimeout(180_000);
	const port = Number(new URL(BASE_URL).port);
	const inbox: Received[] = [];
	const smtp = mailServer(port + 30, inbox);
	await smtp.start();
	const { dir, base, server } = await ownServer('mail', 29, { env: mailEnv(port + 30) });
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
	const subjects = (to: string) => arrived(to).map((m) => m.subject);
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
		// The business hears of its registration, its verification and its event's approval.
		await expect
			.poll(() => subjects(ownerEmail), { timeout: 20_000 })
			.toEqual([
				'Registration received: Tour mail',
				'Tour mail is verified',
				'Event approved: Night food tour mail'
			]);
		expect(arrived(ownerEmail)[2].text).toContain(`${base}/en/events/${eventId}`);

		// A second event, not approved, with a reason that tries to add a recipient.
		const second = await business.post('/en/business/events/new?/save', {
			multipart: {
				category: 'tour',
				title_vi: 'Tour chợ sáng',
				title_en: 'Morning market tour',
				description_vi: 'Đi chợ sớm.',
				startDate: date,
				startTime: '06:00',
				endDate: date,
				endTime: '08:00',
				repeat: 'once',
				place: 'ky-lua-market',
				venueAddress: '',
				price: '0',
				capacity: '10'
			},
			maxRedirects: 0
		});
		const secondId = Number(/events\/(\d+)/.exec(second.headers()['location'])![1]);
		await business.post(`/en/business/events/${secondId}?/submit`, { form: {} });
		const admin = await adminClient('mail-admin', base, db);
		const rejected = await admin.post('/en/admin/events?/reject', {
			form: { id: String(secondId), reason: 'Thiếu ảnh.\r\nBcc: spy@evil.example' }
		});
		expect(rejected.status()).toBe(200);
		await expect.poll(() => subjects(ownerEmail).length, { timeout: 20_000 }).toBe(4);
		const rejection = arrived(ownerEmail)[3];
		expect(rejection.subject).toBe('Event not approved: Morning market tour');
		expect(rejection.text).toContain('Thiếu ảnh.');
		expect(rejection.text).toContain(`${base}/en/business/events/${secondId}`);
		expect(rejection.envelope).toEqual([ownerEmail.toLowerCase()]);
		expect(rejection.headers).not.toMatch(/^Bcc:/im);
		await admin.dispose();
		// No more e-mail for each new booking: the owner turns them off.
		await business.post('/en/business/account?/mail', { form: {} });
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

		// A booking in Chinese: its confirmation arrives wholly in Chinese, with a text and an HTML
		// part, the calendar attached and the private link, which opens the booking.
		await book('wang@example.cn', 'mail-guest-1');
		await expect.poll(() => arrived('wang@example.cn').length, { timeout: 20_000 }).toBe(1);
		const [confirmation] = arrived('wang@example.cn');
		expect(confirmation.subject).toMatch(/^预订成功：/);
		expect(confirmation.messageId).toMatch(/^<outbox-\d+@visit\.example>$/);
		expect(confirmation.text).toContain('王芳，您好');
		for (const label of ['时间：', '地点：', '地图：', '人数：2', '价格：2 × ', '预订码：']) {
			expect(confirmation.text).toContain(label);
		}
		// Nothing in another language but the names of the place, the portal and the event.
		expect(confirmation.text).not.toMatch(
			/Hello|Event|When|Where|People|Price|Pay |Booking|Xin chào|Thời gian/
		);
		expect(confirmation.html).toContain('<html lang="zh">');
		expect(confirmation.html).not.toMatch(/<img|<script/);
		const [ics] = confirmation.attachments;
		expect(ics.filename).toBe('invite.ics');
		expect(ics.content).toContain('BEGIN:VEVENT');
		expect(ics.content).toContain(
			`DTSTART;TZID=Asia/Ho_Chi_Minh:${date.replaceAll('-', '')}T180000`
		);
		const manage = /http\S+\/zh\/bookings\/[a-z2-7.]+/.exec(confirmation.text)![0];
		expect(confirmation.html).toContain(`<a href="${manage}">`);
		const code = /预订码：(\S+)/.exec(confirmation.text)![1];
		const guest = await client('mail-guest-1b', base);
		const page = await guest.get(new URL(manage).pathname);
		expect(page.status()).toBe(200);
		expect(await page.text()).toContain(code);
		await guest.dispose();

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
		// The owner turned new-booking e-mails off: none came.
		expect(subjects(ownerEmail).filter((s) => s.startsWith('New booking'))).toEqual([]);

		// The reminder: a booking made three days ago (its time moved back, as days passing would)
		// for an evening that starts within a day gets one reminder, once.
		const soon = await bookableEvent('mail-soon', {
			capacity: 10,
			maxParty: 4,
			startsAt: Math.floor(Date.now() / 1000) + 3 * 3600,
			base,
			databasePath: db
		});
		await soon.business.dispose();
		const early = await client('mail-guest-4', base);
		expect(
			(
				await bookVia(early, `/vi/events/${soon.eventId}/book/${soon.date}`, {
					name: 'Hoàng Lan',
					email: 'lan@example.vn',
					party: '1'
				})
			).status()
		).toBe(303);
		await early.dispose();
		await expect.poll(() => subjects('lan@example.vn'), { timeout: 20_000 }).toHaveLength(1);
		// The new-booking e-mail reached this owner (it is on unless turned off).
		await expect
			.poll(() => subjects(soon.email).at(-1), { timeout: 20_000 })
			.toMatch(/^New booking: Night food tour mail-soon, \w+ \d+ \w+$/);
		writeDb(
			db,
			'UPDATE booking SET created_at = created_at - 3 * 86400 WHERE email = ?',
			'lan@example.vn'
		);
		await expect
			.poll(() => subjects('lan@example.vn'), { timeout: 20_000 })
			.toEqual([expect.stringMatching(/^Đã đặt chỗ: /), expect.stringMatching(/^Ngày mai: /)]);
		await new Promise((r) => setTimeout(r, 3000));
		expect(subjects('lan@example.vn')).toHaveLength(2);
		expect(arrived('lan@example.vn')[1].text).toContain('Xin nhắc bạn');

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
		const reset = () => arrived(ownerEmail).filter((m) => m.subject.includes('new password'));
		await expect.poll(() => reset().length, { timeout: 20_000 }).toBe(1);
		const link = /http\S+\/en\/reset\/[a-z2-7.]+/.exec(reset()[0].text)![0];
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

		// Each message once: no Message-ID twice, and every e-mail in the outbox arrived.
		const ids = inbox.map((m) => m.messageId);
		expect(new Set(ids).size).toBe(ids.length);
		const sent = outbox().filter((m) => m.status === 'sent');
		expect(sent.length).toBe(ids.length);
	} finally {
		await stopServer(server);
		await smtp.stop();
	}
});

test('a server killed while sending loses no message and sends none twice @once', async () => {
	test.setTimeout(180_000);
	const port = Number(new URL(BASE_URL).port);
	const inbox: Received[] = [];
	let data = 0;
	let resolveThird: () => void = () => {};
	const third = new Promise<void>((resolve) => (resolveThird = resolve));
	// Each message waits half a second for the server's "250": long enough to be killed then.
	const smtp = mailServer(port + 32, inbox, {
		delayMs: 500,
		onData: () => ++data === 3 && resolveThird()
	});
	await smtp.start();
	const env = mailEnv(port + 32);
	const own = await ownServer('mail-kill', 31, { env });
	let server = own.server;
	const db = join(own.dir, 'portal.db');
	try {
		const { eventId, date, business, email } = await bookableEvent('mail-kill', {
			capacity: 40,
			maxParty: 4,
			base: `http://127.0.0.1:${port + 31}`,
			databasePath: db
		});
		await business.dispose();
		for (let i = 0; i < 6; i++) {
			const guest = await client(`mail-kill-${i}`, `http://127.0.0.1:${port + 31}`);
			const res = await bookVia(guest, `/en/events/${eventId}/book/${date}`, {
				name: `Guest ${i}`,
				email: `guest${i}@example.vn`,
				party: '1'
			});
			expect(res.status()).toBe(303);
			await guest.dispose();
		}
		// Killed while the third message waits for its answer.
		await third;
		await stopServer(server, 'SIGKILL');
		const stuck = readDb(
			(d) => d.prepare("SELECT count(*) FROM outbox WHERE status = 'sending'").pluck().get(),
			db
		);
		expect(stuck).toBe(1);
		server = await startServer(port + 31, db, { env });
		const total = readDb(
			(d) => d.prepare("SELECT count(*) FROM outbox WHERE recipient LIKE '%@%'").pluck().get(),
			db
		) as number;
		// Registration, verification, approval, and per guest a confirmation and a new-booking note.
		expect(total).toBe(3 + 6 * 2);
		await expect.poll(() => inbox.length, { timeout: 60_000 }).toBe(total);
		await new Promise((r) => setTimeout(r, 3000));
		const ids = inbox.map((m) => m.messageId);
		expect(new Set(ids).size).toBe(total);
		expect(inbox).toHaveLength(total);
		expect(inbox.filter((m) => m.to === email)).toHaveLength(3 + 6);
	} finally {
		await stopServer(server);
		await smtp.stop();
	}
});

test('a waiting party is offered the seats a guest gives back, by e-mail, and books them; seats are never over-sold @once', async () => {
	test.setTimeout(180_000);
	const port = Number(new URL(BASE_URL).port);
	const inbox: Received[] = [];
	const smtp = mailServer(port + 34, inbox);
	await smtp.start();
	const { dir, base, server } = await ownServer('mail-wait', 33, { env: mailEnv(port + 34) });
	const db = join(dir, 'portal.db');
	const arrived = (to: string) => inbox.filter((m) => m.to === to);
	try {
		const { eventId, date, business } = await bookableEvent('mail-wait', {
			capacity: 4,
			maxParty: 4,
			base,
			databasePath: db
		});
		const bookPath = `/en/events/${eventId}/book/${date}`;
		const guest = async (key: string) => client(key, base);
		const manageOf = (res: { status(): number; headers(): Record<string, string> }) => {
			expect(res.status()).toBe(303);
			return new URL(res.headers()['location'], base).pathname;
		};

		// Two guests fill the date.
		const first = await guest('wait-1');
		const firstBooking = manageOf(
			await bookVia(first, bookPath, { name: 'An', email: 'an@example.vn', party: '2' })
		);
		const second = await guest('wait-2');
		const secondBooking = manageOf(
			await bookVia(second, bookPath, { name: 'Bình', email: 'binh@example.vn', party: '2' })
		);
		// The page now offers the waiting list; a family of three joins it from the Chinese page.
		const family = await guest('wait-3');
		const full = await (await family.get(`/zh/events/${eventId}/book/${date}`)).text();
		expect(full).toContain('该日期已满');
		expect(full).toContain('action="?/wait"');
		const key = /name="key" value="([^"]+)"/.exec(full)![1];
		const joined = await family.post(`/zh/events/${eventId}/book/${date}?/wait`, {
			form: { key, name: '王伟', email: 'wangwei@example.cn', party: '3' },
			maxRedirects: 0
		});
		expect(joined.status()).toBe(303);
		const waitPage = new URL(joined.headers()['location'], base).pathname;
		expect(waitPage).toMatch(/^\/zh\/waitlist\//);
		expect(await (await family.get(waitPage)).text()).toContain('您已在候补名单中');
		await expect.poll(() => arrived('wangwei@example.cn').length, { timeout: 20_000 }).toBe(1);
		expect(arrived('wangwei@example.cn')[0].subject).toMatch(/^已加入候补名单：/);

		const seats = () =>
			readDb(
				(d) => ({
					...(d
						.prepare('SELECT taken, held FROM occurrence_seats WHERE event_id = ? AND date = ?')
						.get(eventId, date) as { taken: number; held: number }),
					booked: d
						.prepare(
							"SELECT coalesce(sum(party), 0) FROM booking WHERE event_id = ? AND status = 'confirmed'"
						)
						.pluck()
						.get(eventId),
					offered: d
						.prepare(
							"SELECT coalesce(sum(party), 0) FROM waitlist WHERE event_id = ? AND status = 'offered'"
						)
						.pluck()
						.get(eventId)
				}),
				db
			);

		// One guest cancels: two seats free, too few for the family, who wait on.
		expect((await first.post(`${firstBooking}?/cancel`, { form: {} })).status()).toBe(200);
		expect(seats()).toEqual({ taken: 2, held: 0, booked: 2, offered: 0 });
		// The other cancels: four free, three held for the family and offered by e-mail in Chinese.
		expect((await second.post(`${secondBooking}?/cancel`, { form: {} })).status()).toBe(200);
		expect(seats()).toEqual({ taken: 0, held: 3, booked: 0, offered: 3 });
		await expect.poll(() => arrived('wangwei@example.cn').length, { timeout: 20_000 }).toBe(2);
		const offer = arrived('wangwei@example.cn')[1];
		expect(offer.subject).toMatch(/^为您保留的名额：/);
		const link = new URL(/http\S+\/zh\/waitlist\/[a-z2-7.]+/.exec(offer.text)![0]).pathname;
		expect(await (await family.get(link)).text()).toContain('已为您保留3个名额');
		// Only the one seat not held is for sale.
		expect(await (await family.get(`/en/events/${eventId}/book/${date}`)).text()).toContain(
			'1 seat left'
		);

		// At once: the family confirms while three walk-ins each try to book one seat.
		const others = await Promise.all([1, 2, 3].map((i) => guest(`wait-other-${i}`)));
		const [accepted, ...walkIns] = await Promise.all([
			family.post(`${link}?/accept`, { form: {}, maxRedirects: 0 }),
			...others.map((o, i) =>
				bookVia(o, bookPath, { name: `Khách ${i}`, phone: '0912 345 678', party: '1' })
			)
		]);
		expect(accepted.status()).toBe(303);
		expect(walkIns.map((r) => r.status()).sort()).toEqual([303, 409, 409]);
		expect(seats()).toEqual({ taken: 4, held: 0, booked: 4, offered: 0 });
		const booking = await (await family.get(accepted.headers()['location'])).text();
		expect(booking).toContain('王伟');
		await expect.poll(() => arrived('wangwei@example.cn').length, { timeout: 20_000 }).toBe(3);
		expect(arrived('wangwei@example.cn')[2].subject).toMatch(/^预订成功：/);
		// The waiting-list page now says the places were taken.
		expect(await (await family.get(waitPage)).text()).toContain('您已接受为您保留的名额');

		// The business writes to the date's guests; the family reads the Chinese version.
		const wrote = await business.post(`/en/business/events/${eventId}/bookings/${date}?/message`, {
			form: {
				message_vi: 'Trời mưa: chúng tôi vào trong nhà.',
				message_zh: '下雨了：我们改到室内。'
			}
		});
		expect(wrote.status()).toBe(200);
		expect(await wrote.text()).toContain('Sent to 2 guests.');
		await expect.poll(() => arrived('wangwei@example.cn').length, { timeout: 20_000 }).toBe(4);
		const news = arrived('wangwei@example.cn')[3];
		expect(news.subject).toMatch(/^来自Tour mail-wait：/);
		expect(news.text).toContain('下雨了：我们改到室内。');
		expect(news.text).not.toContain('Trời mưa');

		// The business calls the event off with a reason: the family is told, in Chinese, with it.
		const off = await business.post(`/en/business/events/${eventId}?/cancel`, {
			form: { reason: 'Bão đến: xin lỗi quý khách.' }
		});
		expect(off.status()).toBe(200);
		await expect.poll(() => arrived('wangwei@example.cn').length, { timeout: 20_000 }).toBe(5);
		const called = arrived('wangwei@example.cn')[4];
		expect(called.subject).toMatch(/^活动取消：/);
		expect(called.text).toContain('主办方说明：Bão đến: xin lỗi quý khách.');
		await business.dispose();
		await Promise.all([first, second, family, ...others].map((c) => c.dispose()));
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
