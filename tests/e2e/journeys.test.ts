import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, localDate, midnightOf, tonightWindow, weekdayOf } from '../../src/lib/recurrence';
import { client, createAdmin, emailFor, loginVia, ownServer, readDb, stopServer } from './helpers';

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
