import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, localDate, midnightOf, tonightWindow, weekdayOf } from '../../src/lib/recurrence';
import {
	bookableEvent,
	client,
	createAdmin,
	emailFor,
	loginVia,
	ownServer,
	readDb,
	stopServer
} from './helpers';

const longDate = (date: string, tag: string) =>
	new Intl.DateTimeFormat(tag, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'Asia/Ho_Chi_Minh'
	}).format((midnightOf(date) + 12 * 3600) * 1000);

test('a walking-street notice shows, with its date, wherever that night appears @once', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// A server of its own: a notice changes what every page says about that night.
	const { dir, base, server } = await ownServer('notices', 24);
	const db = join(dir, 'portal.db');
	try {
		const adminEmail = emailFor('notices-admin');
		createAdmin(adminEmail, undefined, db);
		const admin = await client('notices-admin', base);
		await loginVia(admin, adminEmail);
		const now = Math.floor(Date.now() / 1000);
		const tonight = localDate(tonightWindow(now).from);
		// A Friday or Saturday at least two days on: a night the demo street event is held.
		let night = addDays(tonight, 2);
		while (![5, 6].includes(weekdayOf(night))) night = addDays(night, 1);
		const post = async (form: Record<string, string>) => {
			const res = await admin.post('/en/admin/notices?/post', { form });
			expect(res.status()).toBe(200);
		};
		// Posted days ahead, in Vietnamese and English only.
		await post({
			date: night,
			kind: 'cancelled',
			message_vi: 'Mưa lớn: phố đi bộ tạm dừng',
			message_en: 'Heavy rain: the walking street is off'
		});
		await post({
			date: tonight,
			kind: 'changed',
			opens: '19:00',
			closes: '23:00',
			message_vi: 'Tối nay mở muộn hơn',
			message_en: 'Tonight starts later'
		});
		const street = readDb(
			(d) =>
				d
					.prepare("SELECT id FROM event WHERE title_en = 'Kỳ Lừa walking street night'")
					.pluck()
					.get() as number,
			db
		);
		const page = await browser.newPage({ baseURL: base });
		const notices = page.getByTestId('street-notices');

		await page.goto('/en');
		await expect(notices).toContainText(
			`${longDate(tonight, 'en-GB')}: the walking street opens 19:00–23:00`
		);
		await expect(notices).toContainText('Tonight starts later');

		for (const path of ['/en/night', '/en/places/ky-lua-walking-street', `/en/events/${street}`]) {
			await page.goto(path);
			await expect(notices, path).toContainText(
				`${longDate(night, 'en-GB')}: the walking street is cancelled`
			);
			await expect(notices, path).toContainText('Heavy rain: the walking street is off');
		}
		// The night page no longer promises that night as the next opening.
		await page.goto('/en/night');
		await expect(page.getByTestId('opening-status')).not.toContainText(
			new RegExp(`opens ${longDate(night, 'en-GB').split(' ')[0]} at 18:00`)
		);
		// Not written in Chinese: the Vietnamese text, said to be untranslated.
		await page.goto('/zh/night');
		await expect(notices).toContainText('Mưa lớn: phố đi bộ tạm dừng');
		await expect(notices).toContainText('尚未翻译');

		// The list and the calendar show that night's event as cancelled.
		await page.goto(`/en/events?when=range&from=${night}&to=${night}`);
		const listed = page
			.getByTestId('occurrence')
			.filter({ hasText: 'Kỳ Lừa walking street night' });
		await expect(listed).toContainText('Cancelled');
		await page.goto(`/en/events/calendar?month=${night.slice(0, 7)}`);
		await expect(
			page.locator(`li[data-date="${night}"] .event`).filter({ hasText: 'walking street' })
		).toContainText('Cancelled');
		// The calendar feed: that date's occurrence cancelled, tonight's moved if the event is on tonight.
		const ics = await (await fetch(`${base}/en/events/${street}.ics`)).text();
		const stamp = night.replaceAll('-', '');
		expect(ics).toMatch(
			new RegExp(
				`RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:${stamp}T180000\\r\\nDTSTART;TZID=Asia/Ho_Chi_Minh:${stamp}T180000\\r\\nDTEND[^\\r]*\\r\\nSUMMARY:[^\\r]*\\r\\nSTATUS:CANCELLED`
			)
		);
		if ([5, 6].includes(weekdayOf(tonight))) {
			const today = tonight.replaceAll('-', '');
			expect(ics).toContain(
				`RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:${today}T180000\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:${today}T190000`
			);
		}
		await page.close();
		await admin.dispose();
	} finally {
		await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	}
});

test.describe('on a phone, 390 px wide', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('every section is in the menu, which opens and closes', async ({ page }, info) => {
		await page.goto('/en');
		const menu = page.locator('header summary');
		await expect(menu).toBeVisible();
		await expect(menu).toHaveText('Menu');
		const sections = page.locator('header details a');
		await expect(sections.first()).toBeHidden();
		await menu.click();
		await expect(sections).toHaveText([
			'Home',
			'Places',
			'Events',
			'By night',
			'Food',
			'Mẫu Sơn',
			'Map',
			'Getting here'
		]);
		for (const link of await sections.all()) await expect(link).toBeVisible();
		if (info.project.name === 'js') await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await page.locator('header details').getByRole('link', { name: 'Getting here' }).click();
		await expect(page).toHaveURL(/\/en\/getting-there$/);
		await expect(page.locator('h1')).toBeInViewport();
		await expect(sections.first()).toBeHidden();
	});

	test('no public or business page is wider than the phone @once', async ({ browser }) => {
		test.setTimeout(120_000);
		const { business, eventId, date } = await bookableEvent('phone-width', {
			capacity: 10,
			maxParty: 2
		});
		const anonymous = await client('phone-width-guest');
		const form = await anonymous.get(`/en/events/${eventId}/book/${date}`);
		const key = /name="key" value="([^"]+)"/.exec(await form.text())![1];
		await anonymous.post(`/en/events/${eventId}/book/${date}`, {
			form: { key, name: 'Nguyễn Thị Hoa Đào Xứ Lạng', phone: '0912 345 678', party: '2' },
			maxRedirects: 0
		});
		const { cookies } = await business.storageState();
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		await context.addCookies(cookies);
		const signedIn = await context.newPage();
		const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
		const wide: string[] = [];
		const check = async (page: typeof visitor, path: string) => {
			await page.goto(path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 390) wide.push(`${path}: ${width} px`);
		};
		for (const lang of ['vi', 'en', 'zh']) {
			for (const path of [
				'',
				'/places',
				'/places/ky-lua-walking-street',
				'/places/huu-nghi-border-gate',
				'/events',
				'/events/calendar',
				`/events/${eventId}`,
				`/events/${eventId}/book/${date}`,
				'/night',
				'/food',
				'/mau-son',
				'/map',
				'/getting-there',
				'/privacy',
				'/progress',
				'/login',
				'/register'
			]) {
				await check(visitor, `/${lang}${path}`);
			}
			for (const path of [
				'',
				'/events',
				'/events/new',
				`/events/${eventId}`,
				`/events/${eventId}/bookings`,
				`/events/${eventId}/bookings/${date}`,
				'/account'
			]) {
				await check(signedIn, `/${lang}/business${path}`);
			}
		}
		expect(wide).toEqual([]);
		await Promise.all([context.close(), visitor.close(), business.dispose(), anonymous.dispose()]);
	});
});

test('a guest cannot be checked in two days early, and the business is told why @once', async () => {
	const { business, eventId, date } = await bookableEvent('early-door', {
		capacity: 5,
		maxParty: 2,
		daysAhead: 2
	});
	const guest = await client('early-door-guest');
	const form = await guest.get(`/en/events/${eventId}/book/${date}`);
	const key = /name="key" value="([^"]+)"/.exec(await form.text())![1];
	const booked = await guest.post(`/en/events/${eventId}/book/${date}`, {
		form: { key, name: 'Khách sớm', phone: '0912 345 678', party: '1' },
		maxRedirects: 0
	});
	const page = await (await guest.get(booked.headers()['location'])).text();
	const code = /[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}/.exec(page)![0];
	const res = await business.post(`/en/business/events/${eventId}/bookings/${date}?/checkIn`, {
		form: { code }
	});
	expect(res.status()).toBe(409);
	expect(await res.text()).toContain(
		'Too early to check in: guests are checked in on the day, from 14:00'
	);
	const arrived = readDb((db) =>
		db
			.prepare('SELECT checked_in_at FROM booking WHERE code = ?')
			.pluck()
			.get(code.replace('-', ''))
	);
	expect(arrived).toBeNull();
	await Promise.all([business.dispose(), guest.dispose()]);
});
