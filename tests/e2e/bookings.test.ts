import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vietnamParts } from '../../src/lib/i18n/format';
import {
	BASE_URL,
	bookableEvent,
	bookThroughPage,
	client,
	createAdmin,
	emailFor,
	ipFor,
	loginVia,
	PASSWORD,
	formKey,
	postBooking,
	readDb,
	registerVia,
	startServer,
	stopServer
} from './helpers';

const seatsTaken = (eventId: number, path = process.env.E2E_DATABASE_PATH!) => {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		return {
			taken: db
				.prepare('SELECT coalesce(sum(taken), 0) FROM occurrence_seats WHERE event_id = ?')
				.pluck()
				.get(eventId),
			bookings: db
				.prepare("SELECT count(*) FROM booking WHERE event_id = ? AND status = 'confirmed'")
				.pluck()
				.get(eventId),
			people: db
				.prepare(
					"SELECT coalesce(sum(party), 0) FROM booking WHERE event_id = ? AND status = 'confirmed'"
				)
				.pluck()
				.get(eventId)
		};
	} finally {
		db.close();
	}
};

const SERVER_PORT = Number(new URL(BASE_URL).port);

/** Counts of status codes, and the bodies of the refusals. */
async function tally(responses: Response[]) {
	const statuses: Record<number, number> = {};
	const refusals: string[] = [];
	for (const res of responses) {
		statuses[res.status] = (statuses[res.status] ?? 0) + 1;
		if (res.status !== 303) refusals.push(await res.text());
		else await res.body?.cancel();
	}
	return { statuses, refusals };
}

test.describe('seats are never sold twice', () => {
	test('200 concurrent bookings for 50 seats: exactly 50 taken, the rest told "full" @once', async () => {
		test.setTimeout(60_000);
		const { eventId, date, business } = await bookableEvent('race-one', {
			capacity: 50,
			maxParty: 1
		});
		await business.dispose();
		const responses = await Promise.all(
			Array.from({ length: 200 }, (_, i) =>
				postBooking(BASE_URL, eventId, date, { ip: `172.16.${i >> 8}.${i & 255}` })
			)
		);
		const { statuses, refusals } = await tally(responses);
		expect(statuses).toEqual({ 303: 50, 409: 150 });
		for (const body of refusals) expect(body).toContain('Sorry, this date is fully booked.');
		expect(seatsTaken(eventId)).toEqual({ taken: 50, bookings: 50, people: 50 });
	});

	test('the same with two server processes on one database file @once', async () => {
		test.setTimeout(90_000);
		const { eventId, date, business } = await bookableEvent('race-two', {
			capacity: 50,
			maxParty: 2
		});
		await business.dispose();
		const port = SERVER_PORT + 11;
		const second = await startServer(port, process.env.E2E_DATABASE_PATH!);
		try {
			const bases = [BASE_URL, `http://127.0.0.1:${port}`];
			const responses = await Promise.all(
				Array.from({ length: 200 }, (_, i) =>
					postBooking(bases[i % 2], eventId, date, {
						ip: `172.17.${i >> 8}.${i & 255}`,
						fields: { party: '1' }
					})
				)
			);
			const { statuses, refusals } = await tally(responses);
			expect(statuses).toEqual({ 303: 50, 409: 150 });
			for (const body of refusals) expect(body).toContain('Sorry, this date is fully booked.');
			expect(seatsTaken(eventId)).toEqual({ taken: 50, bookings: 50, people: 50 });
		} finally {
			await stopServer(second);
		}
	});

	test('the same form sent twice makes one booking and one link @once', async () => {
		const { eventId, date, business } = await bookableEvent('twice', { capacity: 10, maxParty: 4 });
		await business.dispose();
		const key = formKey();
		const ip = ipFor('twice-guest');
		const [a, b] = await Promise.all([
			postBooking(BASE_URL, eventId, date, { key, ip, fields: { party: '3' } }),
			postBooking(BASE_URL, eventId, date, { key, ip, fields: { party: '3' } })
		]);
		const c = await postBooking(BASE_URL, eventId, date, { key, ip, fields: { party: '3' } });
		expect([a.status, b.status, c.status]).toEqual([303, 303, 303]);
		const location = a.headers.get('location');
		expect(location).toMatch(/^\/en\/bookings\/[a-z2-7]{24}\.[a-z2-7]{24}\?new$/);
		expect(b.headers.get('location')).toBe(location);
		expect(c.headers.get('location')).toBe(location);
		expect(seatsTaken(eventId)).toEqual({ taken: 3, bookings: 1, people: 3 });
	});
});

test('a confirmed booking survives the server being killed; a locked database gives a clean 503 @once', async () => {
	test.setTimeout(60_000);
	const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-crash-'));
	const path = join(dir, 'portal.db');
	const port = SERVER_PORT + 12;
	const base = `http://127.0.0.1:${port}`;
	let server = await startServer(port, path);
	try {
		// The demo content has bookable events: take the first date of the first one.
		const html = await (await fetch(`${base}/en/events`)).text();
		const ids = [...html.matchAll(/href="\/en\/events\/(\d+)"/g)].map((m) => m[1]);
		let link: RegExpExecArray | null = null;
		for (const id of new Set(ids)) {
			const page = await (await fetch(`${base}/en/events/${id}`)).text();
			link = /\/en\/events\/(\d+)\/book\/(\d{4}-\d{2}-\d{2})/.exec(page);
			if (link) break;
		}
		expect(link, 'a bookable demo event').not.toBeNull();
		const res = await postBooking(base, Number(link![1]), link![2], {
			ip: '192.0.2.7',
			fields: { name: 'Khách sau sự cố', party: '2' }
		});
		expect(res.status).toBe(303);
		const manage = res.headers.get('location')!.replace('?new', '');
		// No goodbye: the process dies the moment the confirmation has been received.
		await stopServer(server, 'SIGKILL');

		server = await startServer(port, path);
		const page = await (await fetch(`${base}${manage}`)).text();
		expect(page).toContain('Khách sau sự cố');
		expect(page).toMatch(/data-testid="booking-code">[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}</);
		expect(seatsTaken(Number(link![1]), path)).toMatchObject({ bookings: 1, people: 2 });

		// Another process holds the write lock past the busy timeout: a translated 503, nothing
		// written, and the form can simply be sent again.
		const blocker = new Database(path);
		blocker.exec('BEGIN IMMEDIATE');
		const key = formKey();
		const settled: string[] = [];
		const waiting = postBooking(base, Number(link![1]), link![2], { key, ip: '192.0.2.8' }).then(
			(res) => (settled.push('booking'), res)
		);
		// While the booking waits for the lock, the site goes on answering: the wait does not stop
		// the process (SQLite's own wait would, and this page would come after the booking's 503).
		await new Promise((resolve) => setTimeout(resolve, 300));
		const meanwhile = await fetch(`${base}/en/events`);
		settled.push('page');
		expect(meanwhile.status).toBe(200);
		const busy = await waiting;
		expect(settled).toEqual(['page', 'booking']);
		blocker.exec('ROLLBACK');
		blocker.close();
		expect(busy.status).toBe(503);
		expect(await busy.text()).toContain('The portal is busy. Please try again in a moment.');
		expect(seatsTaken(Number(link![1]), path)).toMatchObject({ bookings: 1, people: 2 });
		const again = await postBooking(base, Number(link![1]), link![2], { key, ip: '192.0.2.8' });
		expect(again.status).toBe(303);
		expect(seatsTaken(Number(link![1]), path)).toMatchObject({ bookings: 2, people: 3 });
	} finally {
		await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	}
});

const seatsLine = (page: Page) => page.getByRole('region', { name: 'Book a place' }).locator('li');

test('a tourist books and cancels; the business sees a guest, checks them in and exports CSV', async ({
	page,
	browser
}, info) => {
	const tag = info.project.name;
	// In two hours: the business checks guests in on the day.
	const inTwoHours = Math.floor(Date.now() / 1000 / 300) * 300 + 2 * 3600;
	const { eventId, date, email, business } = await bookableEvent(`book-${tag}`, {
		capacity: 5,
		maxParty: 3,
		startsAt: inTwoHours
	});
	await business.dispose();
	await page.setExtraHTTPHeaders({ 'x-forwarded-for': ipFor(`book-guest-${tag}`) });

	await page.goto(`/en/events/${eventId}`);
	await expect(seatsLine(page)).toContainText('5 seats left');
	await page.getByRole('link', { name: 'Book' }).first().click();
	await expect(page.getByTestId('privacy-notice')).toContainText('erased 30 days after');
	await expect(page.getByLabel(/news of their other events/)).not.toBeChecked();

	const first = await bookThroughPage(page, eventId, {
		name: 'Trần Văn An',
		phone: '0912 345 678',
		party: '2'
	});
	expect(first.code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
	await expect(page.getByTestId('booking-status')).toHaveText('Confirmed');
	const ics = await page.request.get(`${first.manageUrl}/booking.ics`);
	expect(ics.headers()['content-type']).toContain('text/calendar');
	const calendar = (await ics.text()).replace(/\r\n /g, '');
	expect(calendar).toContain(`Booking ${first.code} for 2 people`);
	const { hour, minute } = vietnamParts(inTwoHours);
	const start = `${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}00`;
	expect(calendar).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${date.replace(/-/g, '')}T${start}`);
	await page.goto(`/en/events/${eventId}`);
	await expect(seatsLine(page)).toContainText('3 seats left');

	// The manage link: cancel, and the seats come back.
	await page.goto(first.manageUrl);
	await page.getByText('Cancel this booking').click();
	await page.getByRole('button', { name: 'Yes, cancel my booking' }).click();
	await expect(page.getByText('Your booking is cancelled')).toBeVisible();
	await expect(page.getByTestId('booking-status')).toHaveText('Cancelled');
	await page.goto(`/en/events/${eventId}`);
	await expect(seatsLine(page)).toContainText('5 seats left');

	const second = await bookThroughPage(page, eventId, {
		name: 'Lê Thị Hoa',
		email: 'hoa@example.vn',
		party: '1'
	});

	// The organiser's side, in a browser of its own.
	const context = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': ipFor(`book-biz-${tag}`) }
	});
	const biz = await context.newPage();
	await biz.goto('/en/login');
	await biz.getByLabel('E-mail').fill(email);
	await biz.getByLabel('Password').fill(PASSWORD);
	await biz.getByRole('button', { name: 'Log in' }).click();
	await expect(biz).toHaveURL(/\/en\/business$/);
	await biz.goto(`/en/business/events/${eventId}`);
	await biz.getByRole('link', { name: 'Bookings' }).click();
	const row = biz.getByRole('row').filter({ has: biz.getByRole('rowheader') });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('1 / 5');
	await row.getByRole('link').click();
	await expect(biz.getByTestId('seat-totals')).toHaveText(
		'1 of 5 seats taken, 4 left; 0 people checked in.'
	);
	const guests = biz.getByTestId('guest-row');
	await expect(guests.filter({ hasText: 'Lê Thị Hoa' })).toContainText('hoa@example.vn');
	await expect(guests.filter({ hasText: 'Trần Văn An' })).toContainText('Cancelled');

	// The code as a guest might read it out: lower case, no dash.
	await biz.getByLabel('Guest’s booking code').fill(second.code.replace('-', '').toLowerCase());
	await biz.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(biz.getByText(`${second.code} checked in.`)).toBeVisible();
	await expect(guests.filter({ hasText: 'Lê Thị Hoa' })).toContainText('Arrived');
	await expect(biz.getByTestId('seat-totals')).toContainText('1 people checked in');

	const csvLink = biz.getByRole('link', { name: 'Download the list (CSV)' });
	const csvResponse = await biz.request.get((await csvLink.getAttribute('href'))!);
	expect(csvResponse.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const bytes = await csvResponse.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
	expect(lines[0]).toBe(
		'Booking code,Your name,Phone,E-mail,Number of people,Status,Checked in,Agreed to news,Booked at'
	);
	const hoa = lines.find((l) => l.includes('Lê Thị Hoa'))!;
	expect(hoa).toMatch(
		new RegExp(
			`^${second.code},Lê Thị Hoa,,hoa@example.vn,1,Confirmed,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d,,`
		)
	);
	expect(lines.find((l) => l.includes('Trần Văn An'))).toContain('Cancelled');
	await context.close();

	// The guest's page now says they are checked in, and they can no longer cancel.
	await page.goto(second.manageUrl);
	await expect(page.getByTestId('booking-status')).toHaveText('Checked in — enjoy!');
	await expect(page.getByText('Cancel this booking')).toHaveCount(0);
});

test('one address books at most 20 times an hour; the 21st is told to wait @once', async () => {
	const { eventId, date, business } = await bookableEvent('per-ip', { capacity: 40, maxParty: 1 });
	await business.dispose();
	const ip = ipFor('per-ip-guest');
	const statuses: number[] = [];
	for (let i = 0; i < 21; i++)
		statuses.push((await postBooking(BASE_URL, eventId, date, { ip })).status);
	expect(statuses.slice(0, 20)).toEqual(Array(20).fill(303));
	const refused = await postBooking(BASE_URL, eventId, date, { ip });
	expect(refused.status).toBe(429);
	expect(await refused.text()).toContain('Too many attempts. Please wait');
	// Another address is not affected.
	expect((await postBooking(BASE_URL, eventId, date, { ip: ipFor('per-ip-other') })).status).toBe(
		303
	);
	expect(seatsTaken(eventId)).toEqual({ taken: 21, bookings: 21, people: 21 });
});

test.describe('bad input on the booking form', () => {
	test('refused with a translated message, nothing written @once', async () => {
		const { eventId, date, business } = await bookableEvent('bad-booking', {
			capacity: 20,
			maxParty: 4
		});
		await business.dispose();
		const ip = ipFor('bad-booking-guest');
		const cases: [Record<string, string>, number, string][] = [
			[{ party: '0' }, 400, 'This number is out of range.'],
			[{ party: '-2' }, 400, 'This number is out of range.'],
			[{ party: '5' }, 400, 'At most 4 people per booking.'],
			[{ party: '101' }, 400, 'This number is out of range.'],
			[{ party: 'abc' }, 400, 'Enter a whole number.'],
			[{ party: '2.5' }, 400, 'Enter a whole number.'],
			[{ party: '' }, 400, 'This field is required.'],
			[{ phone: '', email: '' }, 400, 'Give a phone number or an e-mail address.'],
			[{ phone: 'call me' }, 400, 'Enter a phone number with 6 to 15 digits'],
			[{ email: 'not-an-address', phone: '' }, 400, 'Enter an e-mail address such as'],
			[{ name: 'A'.repeat(10_000) }, 400, 'This is too long.'],
			[{ name: '' }, 400, 'This field is required.'],
			[{ name: 'An\u0000\u202e' }, 400, 'Remove the invisible control characters'],
			[{ key: 'short' }, 400, 'This form has expired.'],
			[{ key: '' }, 400, 'This form has expired.'],
			// A robot fills the field people never see.
			[{ website: 'http://spam.example' }, 400, 'Please correct the fields marked below.']
		];
		for (const [fields, status, text] of cases) {
			const { key, ...rest } = fields;
			const res = await postBooking(BASE_URL, eventId, date, {
				ip,
				...(key !== undefined ? { key } : {}),
				fields: rest
			});
			expect(res.status, JSON.stringify(fields).slice(0, 80)).toBe(status);
			expect(await res.text(), JSON.stringify(fields).slice(0, 80)).toContain(text);
		}
		expect(seatsTaken(eventId)).toEqual({ taken: 0, bookings: 0, people: 0 });

		// Dates the event does not have, and events that take no bookings.
		for (const path of [
			`/en/events/${eventId}/book/2020-01-01`,
			`/en/events/${eventId}/book/2026-02-30`,
			`/en/events/${eventId}/book/tomorrow`,
			`/en/events/999999/book/${date}`
		]) {
			const res = await fetch(`${BASE_URL}${path}`);
			expect(res.status, path).toBe(404);
		}
		const post = await postBooking(BASE_URL, eventId, '2020-01-01', { ip });
		expect(post.status).toBe(404);
	});

	test('a wrong or guessed manage link is a 404 and never shows another guest @once', async () => {
		test.slow();
		const { eventId, date, business } = await bookableEvent('guess', { capacity: 5, maxParty: 2 });
		await business.dispose();
		const res = await postBooking(BASE_URL, eventId, date, {
			ip: ipFor('guess-guest'),
			fields: { name: 'Khách bí mật' }
		});
		const token = res.headers.get('location')!.split('/').pop()!.replace('?new', '');
		const [id, secret] = token.split('.');
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		const code = readDb((db) =>
			db.prepare('SELECT code FROM booking WHERE manage_id = ?').pluck().get(id)
		) as string;
		for (const guess of [
			`${id}.${flipped}`,
			`${id}.${formKey()}`,
			`${formKey()}.${secret}`,
			id,
			code,
			`${code}.${secret}`,
			`${token}x`,
			'a.b',
			'%00'
		]) {
			for (const path of [`/en/bookings/${guess}`, `/en/bookings/${guess}/booking.ics`]) {
				const page = await fetch(`${BASE_URL}${path}`, { headers: { accept: 'text/html' } });
				expect(page.status, path).toBe(404);
				expect(await page.text()).not.toContain('Khách bí mật');
			}
			const cancel = await fetch(`${BASE_URL}/en/bookings/${guess}?/cancel`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: BASE_URL,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: ''
			});
			expect(cancel.status, guess).toBe(404);
		}
		expect(seatsTaken(eventId)).toEqual({ taken: 1, bookings: 1, people: 1 });

		// Another business sees none of this event's bookings, by page, export or action.
		const other = await client('guess-other-business');
		await registerVia(other, emailFor('guess-other'), 'Quán bên cạnh');
		for (const path of [
			`/en/business/events/${eventId}/bookings`,
			`/en/business/events/${eventId}/bookings/${date}`,
			`/en/business/events/${eventId}/bookings/${date}/guests.csv`
		]) {
			const res = await other.get(path);
			expect(res.status(), path).toBe(404);
			expect(await res.text()).not.toContain('Khách bí mật');
		}
		const checkIn = await other.post(`/en/business/events/${eventId}/bookings/${date}?/checkIn`, {
			form: { code }
		});
		expect(checkIn.status()).toBe(404);
		expect(
			readDb((db) =>
				db.prepare('SELECT checked_in_at FROM booking WHERE code = ?').pluck().get(code)
			)
		).toBeNull();
		// Nor can it write to the guests.
		const message = await other.post(`/en/business/events/${eventId}/bookings/${date}?/message`, {
			form: { message_vi: 'Khuyến mãi!' }
		});
		expect(message.status()).toBe(404);
		expect(
			readDb((db) =>
				db.prepare('SELECT count(*) FROM guest_message WHERE event_id = ?').pluck().get(eventId)
			)
		).toBe(0);
		await other.dispose();

		// The confirmation waits in the outbox, which the department can read.
		const adminEmail = emailFor('guess-admin');
		createAdmin(adminEmail);
		const admin = await client('guess-admin');
		await loginVia(admin, adminEmail);
		const outbox = await (await admin.get('/en/admin/outbox')).text();
		expect(outbox).toContain(`${code.slice(0, 5)}-${code.slice(5)}`);
		expect(outbox).toContain('Booking confirmed: Night food tour guess');
		await admin.dispose();

		const real = await fetch(`${BASE_URL}/en/bookings/${token}`);
		expect(real.status).toBe(200);
		// The guest's phone may keep it for offline use; no shared cache may.
		expect(real.headers.get('cache-control')).toBe('private, no-cache');
		expect(await real.text()).toContain('Khách bí mật');
	});
});
