import { expect, test, type APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { addDays, localDate, tonightWindow, weekdayOf } from '../../src/lib/recurrence';
import {
	client,
	createAdmin,
	emailFor,
	fillEvent,
	ipFor,
	loginVia,
	PASSWORD,
	readDb,
	registerVia
} from './helpers';

const HOSTILE = `<script>alert("xss")</script> Đêm nhạc "Kỳ Lừa", phố; đi bộ \\ <img src=x onerror=alert(1)>`;

test.describe('events from a business to the public', () => {
	test('create weekly → hidden → approved → in list, tonight, calendar, map and feed', async ({
		browser
	}, info) => {
		test.slow();
		const tag = info.project.name;
		const email = emailFor(`events-${tag}`);
		const adminEmail = emailFor(`events-admin-${tag}`);
		const dialogs: string[] = [];

		const business = await browser.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(`events-${tag}`) }
		});
		const page = await business.newPage();
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const api = await client(`events-api-${tag}`);
		await registerVia(api, email, `Nhà hát phố ${tag}`);
		createAdmin(adminEmail);
		const admin = await client(`events-admin-${tag}`);
		await loginVia(admin, adminEmail);
		const businessId = readDb((db) =>
			db.prepare('SELECT business_id FROM user WHERE email = ?').pluck().get(email)
		);
		expect(
			(
				await admin.post('/en/admin/businesses?/verify', {
					form: { id: String(businessId), reason: '' }
				})
			).status()
		).toBe(200);

		// Tonight's date, whatever the hour the test runs, so "tonight" finds it.
		const tonight = tonightWindow(Math.floor(Date.now() / 1000));
		const date = localDate(tonight.from);
		const title = `${HOSTILE} ${tag}`;
		await page.goto('/en/login');
		await page.getByLabel('E-mail').fill(email);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Log in' }).click();
		await expect(page).toHaveURL(/\/en\/business$/);
		await page.goto('/en/business/events/new');
		await fillEvent(page, {
			title,
			date,
			start: '19:00',
			end: '21:00',
			description: `${HOSTILE}\nDòng thứ hai, có dấu phẩy; chấm phẩy.`,
			days: [weekdayOf(date), weekdayOf(addDays(date, 1))],
			until: addDays(date, 27)
		});
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page).toHaveURL(/\/en\/business\/events\/\d+\?saved$/);
		const id = Number(/events\/(\d+)/.exec(page.url())![1]);
		await expect(page.getByTestId('event-status')).toHaveText('Draft');

		// Not public yet, in any form.
		expect((await api.get(`/en/events/${id}`)).status()).toBe(404);
		expect((await api.get(`/en/events/${id}.ics`)).status()).toBe(404);
		expect(await (await api.get('/en/events.ics')).text()).not.toContain(`event-${id}@`);

		await page.getByRole('button', { name: 'Send for review' }).click();
		await expect(page.getByTestId('event-status')).toHaveText('Waiting for review');
		expect((await api.get(`/en/events/${id}`)).status()).toBe(404);

		const adminPage = await browser.newPage({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor(`events-admin-ui-${tag}`) }
		});
		await adminPage.goto('/en/login');
		await adminPage.getByLabel('E-mail').fill(adminEmail);
		await adminPage.getByLabel('Password').fill(PASSWORD);
		await adminPage.getByRole('button', { name: 'Log in' }).click();
		await expect(adminPage).toHaveURL(/\/en\/admin$/);
		await adminPage.goto('/en/admin/events');
		await adminPage
			.getByTestId(`queue-${id}`)
			.getByRole('button', { name: 'Approve', exact: true })
			.click();
		await expect(adminPage.getByText('Approved: the event is on the site.')).toBeVisible();
		await adminPage.close();

		// The event page shows the hostile text as text: no script ran, no element was injected.
		const visitor = await browser.newPage();
		visitor.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await visitor.goto(`/vi/events/${id}`);
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(visitor.locator('main img[src="x"]')).toHaveCount(0);
		await expect(visitor.getByText('Chưa được dịch: hiển thị bằng tiếng Việt.')).toHaveCount(0);
		const jsonLd = JSON.parse(
			(await visitor.locator('script[type="application/ld+json"]').textContent())!
		);
		expect(jsonLd).toMatchObject({
			'@type': 'Event',
			name: title,
			eventStatus: 'https://schema.org/EventScheduled',
			offers: { price: 30000, priceCurrency: 'VND' },
			location: { geo: { '@type': 'GeoCoordinates' } },
			organizer: { name: `Nhà hát phố ${tag}` }
		});
		expect(jsonLd.description).toContain(HOSTILE);

		// Listed tonight, in the list, on the calendar and on the map.
		await visitor.goto('/en/events?when=tonight');
		await expect(visitor.getByRole('link', { name: title })).toBeVisible();
		await visitor.goto('/en/events');
		await expect(visitor.getByRole('link', { name: title }).first()).toBeVisible();
		await visitor.goto(`/en/events/calendar?month=${date.slice(0, 7)}`);
		await expect(
			visitor.locator(`[data-date="${date}"]`).getByRole('link', { name: title })
		).toBeVisible();
		await visitor.goto('/en/map');
		await expect(
			visitor.getByRole('region', { name: 'Events this week' }).getByRole('link', { name: title })
		).toBeVisible();
		if (tag === 'js') {
			await visitor.route('https://tile.openstreetmap.org/**', (r) => r.abort());
			// Several events share the walking street's pin; the test opens this one's popup directly.
			await visitor.locator(`[data-event="${id}"]`).dispatchEvent('click');
			await expect(
				visitor.locator('.leaflet-popup').getByRole('link', { name: title })
			).toBeVisible();
		}

		// The feed parses back to the same event and text.
		const ics = await (await api.get(`/en/events/${id}.ics`)).text();
		const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('summary')).toBe(title);
		expect(vevent.getFirstPropertyValue('description')).toContain(HOSTILE);
		expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
		expect(String(vevent.getFirstPropertyValue('rrule'))).toContain('FREQ=WEEKLY');
		expect(await (await api.get('/en/events/category/music.ics')).text()).toContain(
			`UID:event-${id}@`
		);
		const open = await (
			await api.get(`/api/v1/events.json?from=${date}&to=${addDays(date, 7)}&category=music`)
		).json();
		expect(open.events.some((e: { id: number }) => e.id === id)).toBe(true);

		expect(dialogs).toEqual([]);
		await Promise.all([business.close(), visitor.close(), api.dispose(), admin.dispose()]);
	});

	test('a rejection reason reaches the business; a pending business cannot publish', async ({}, info) => {
		const tag = info.project.name;
		const verified = await client(`rej-${tag}`);
		const pending = await client(`pend-${tag}`);
		const email = emailFor(`rej-${tag}`);
		await registerVia(verified, email, 'Tour xe đạp');
		await registerVia(pending, emailFor(`pend-${tag}`), 'Quán chưa xác minh');
		const adminEmail = emailFor(`rej-admin-${tag}`);
		createAdmin(adminEmail);
		const admin = await client(`rej-admin-${tag}`);
		await loginVia(admin, adminEmail);
		const businessId = readDb((db) =>
			db.prepare('SELECT business_id FROM user WHERE email = ?').pluck().get(email)
		);
		await admin.post('/en/admin/businesses?/verify', { form: { id: String(businessId) } });

		const date = addDays(localDate(Math.floor(Date.now() / 1000)), 3);
		const form = {
			category: 'tour',
			title_vi: 'Đạp xe quanh thành phố',
			description_vi: 'Hai giờ đạp xe.',
			startDate: date,
			startTime: '08:00',
			endDate: date,
			endTime: '10:00',
			repeat: 'once',
			place: '',
			venueAddress: 'Công viên Chi Lăng',
			free: 'on'
		};
		const create = async (ctx: APIRequestContext) => {
			const res = await ctx.post('/en/business/events/new?/save', {
				multipart: form,
				maxRedirects: 0
			});
			expect(res.status()).toBe(303);
			return Number(/events\/(\d+)/.exec(res.headers()['location'])![1]);
		};
		const a = await create(verified);
		expect((await verified.post(`/en/business/events/${a}?/submit`, { form: {} })).status()).toBe(
			200
		);
		const rejected = await admin.post('/en/admin/events?/reject', {
			form: { id: String(a), reason: 'Ghi rõ điểm hẹn' }
		});
		expect(rejected.status()).toBe(200);
		const own = await (await verified.get('/en/business/events')).text();
		expect(own).toContain('Not approved: Ghi rõ điểm hẹn');
		expect(await (await verified.get(`/en/business/events/${a}`)).text()).toContain(
			'Ghi rõ điểm hẹn'
		);

		const p = await create(pending);
		const refused = await pending.post(`/en/business/events/${p}?/submit`, { form: {} });
		expect(refused.status()).toBe(403);
		expect(await refused.text()).toContain('Your business is not verified yet');
		expect(
			(await admin.post('/en/admin/events?/approve', { form: { id: String(p) } })).status()
		).toBe(409);
		expect((await verified.get(`/en/events/${p}`)).status()).toBe(404);

		// Business B (the pending one) cannot see or touch A's event, on the page or by action.
		expect((await pending.get(`/en/business/events/${a}`)).status()).toBe(404);
		for (const action of ['save', 'submit', 'cancel', 'cancelDate']) {
			const res = await pending.post(`/en/business/events/${a}?/${action}`, {
				multipart: { ...form, date }
			});
			expect(res.status(), action).toBe(404);
		}
		expect(
			readDb((db) => db.prepare('SELECT status, title_vi FROM event WHERE id = ?').get(a))
		).toEqual({
			status: 'rejected',
			title_vi: 'Đạp xe quanh thành phố'
		});
		await Promise.all([verified.dispose(), pending.dispose(), admin.dispose()]);
	});

	test('bad input in the editor: translated errors, nothing saved', async ({}, info) => {
		const tag = info.project.name;
		const ctx = await client(`badev-${tag}`);
		const email = emailFor(`badev-${tag}`);
		await registerVia(ctx, email, 'Quán thử ảnh');
		// Other tests add events at the same time: count only this business's.
		const ownEvents = () =>
			readDb((db) =>
				db
					.prepare(
						'SELECT count(*) FROM event WHERE business_id = (SELECT business_id FROM user WHERE email = ?)'
					)
					.pluck()
					.get(email)
			);
		const date = addDays(localDate(Math.floor(Date.now() / 1000)), 3);
		const base = {
			category: 'food',
			title_vi: 'Thử',
			description_vi: 'Thử',
			startDate: date,
			startTime: '18:00',
			endDate: date,
			endTime: '20:00',
			repeat: 'once',
			venueAddress: 'Chợ Kỳ Lừa',
			free: 'on'
		};
		const file = (name: string, buffer: Buffer, mimeType = 'image/jpeg') => ({
			name,
			mimeType,
			buffer
		});
		const before = ownEvents();
		const cases: [Record<string, unknown>, string][] = [
			[{ ...base, endTime: '17:00' }, 'The end must come after the start.'],
			[
				{ ...base, startDate: '2099-01-01', endDate: '2099-01-01' },
				'Choose a date between yesterday and two years from now.'
			],
			[{ ...base, startDate: '2026-13-45' }, 'Enter a real date, like 2026-12-24.'],
			[
				{ ...base, image: file('photo.jpg', Buffer.from('<script>alert(1)</script>')) },
				'This file is not a JPEG, PNG, WebP or AVIF picture.'
			],
			[
				// 16 MB: within what the server takes as a form, over what a photo may be.
				{ ...base, image: file('huge.png', Buffer.alloc(16_000_000), 'image/png') },
				'The picture is larger than 15 MB.'
			],
			[{ ...base, title_vi: 'x'.repeat(10_000) }, 'This is too long.'],
			[
				{ ...base, title_vi: 'bad\u0000' },
				'Remove the invisible control characters from this text.'
			]
		];
		for (const [multipart, message] of cases) {
			const res = await ctx.post('/en/business/events/new?/save', {
				multipart: multipart as never,
				maxRedirects: 0
			});
			expect(res.status(), message).toBe(400);
			expect(await res.text(), message).toContain(message);
		}
		expect(ownEvents()).toBe(before);
		await ctx.dispose();
	});
});

test.describe('walking-street notices, reports and festivals', () => {
	test('visitors can report a problem; robots filling the hidden field are ignored', async ({}, info) => {
		const tag = info.project.name;
		const ctx = await client(`report-${tag}`);
		const eventId = readDb((db) =>
			db
				.prepare("SELECT id FROM event WHERE status = 'published' ORDER BY id LIMIT 1")
				.pluck()
				.get()
		) as number;
		// Both projects report at the same time: count only this test's messages.
		const reports = (message: string) =>
			readDb((db) =>
				db.prepare('SELECT count(*) FROM event_report WHERE message = ?').pluck().get(message)
			);
		const ok = await ctx.post(`/en/events/${eventId}?/report`, {
			form: { message: `Sai giờ <b>${tag}</b>` }
		});
		expect(ok.status()).toBe(200);
		expect(await ok.text()).toContain(
			'Thank you. The Department of Culture, Sports and Tourism will look at it.'
		);
		const robot = await ctx.post(`/en/events/${eventId}?/report`, {
			form: { message: 'spam', website: 'http://spam.example' }
		});
		expect(await robot.text()).toContain('Thank you.');
		expect(reports(`Sai giờ <b>${tag}</b>`)).toBe(1);
		expect(reports('spam')).toBe(0);
		for (let i = 0; i < 3; i++)
			await ctx.post(`/en/events/${eventId}?/report`, { form: { message: `again ${i}` } });
		const limited = await ctx.post(`/en/events/${eventId}?/report`, {
			form: { message: 'too many' }
		});
		expect(limited.status()).toBe(429);
		expect(await limited.text()).toContain('Too many attempts');
		expect(
			(await ctx.post(`/en/events/${eventId}?/report`, { form: { message: '' } })).status()
		).toBe(400);
		await ctx.dispose();
	});

	test('the calendar shows festivals at their solar dates', async ({ page }) => {
		const festivals = (date: string) =>
			page.locator(`[data-date="${date}"]`).getByTestId('festival');
		await page.goto('/en/events/calendar?month=2026-03');
		await expect(festivals('2026-03-06').filter({ hasText: 'Tiên pagoda festival' })).toHaveCount(
			1
		);
		await expect(festivals('2026-03-12').filter({ hasText: 'Kỳ Cùng – Tả Phủ' })).toHaveCount(1);
		// The 2026 peach festival ran until 16 March.
		await expect(festivals('2026-03-16').filter({ hasText: 'Peach Blossom Festival' })).toHaveCount(
			1
		);
		await expect(festivals('2026-03-17').filter({ hasText: 'Peach Blossom Festival' })).toHaveCount(
			0
		);
		await page.goto('/zh/events/calendar?month=2027-02');
		await expect(festivals('2027-02-23').filter({ hasText: '仙寺庙会' })).toHaveCount(1);
		const res = await page.goto('/en/events/calendar?month=2026-13');
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('alert')).toContainText('Enter a real date');
	});
});
