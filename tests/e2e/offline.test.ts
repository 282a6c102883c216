import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import {
	BASE_URL,
	bookableEvent,
	bookThroughPage,
	counted,
	firstEventPath,
	ipFor,
	loginPage,
	postBooking,
	readDb
} from './helpers';

/** Waits until the service worker controls the page and has kept these pages. */
async function kept(page: Page, paths: string[]) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(
			() =>
				page.evaluate(async (paths) => {
					if (!navigator.serviceWorker.controller) return false;
					const hits = await Promise.all(paths.map((path) => caches.match(path)));
					return hits.every(Boolean);
				}, paths),
			{ timeout: 30_000 }
		)
		.toBe(true);
}

/** What a phone's camera would read from the QR code as shown on screen. */
async function readQr(img: Locator): Promise<string | null> {
	const png = await img.screenshot();
	const { data, info } = await sharp(png)
		.flatten({ background: '#fff' })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

/** The page's background: the site's paper colour once its style sheet is applied. */
const paper = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const PAPER = 'rgb(255, 250, 251)';

async function offline(context: BrowserContext, page: Page) {
	await context.setOffline(true);
	// Some browsers learn of it a moment later.
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test.describe('on the road without a signal @js-only', () => {
	test('pages opened before open offline, the guides of the language are kept, others show the offline page', async ({
		page,
		context
	}) => {
		await page.goto('/en');
		await kept(page, ['/en']);
		// Still counted once, by the network: the service worker never answers the counter.
		const requests: string[] = [];
		page.on('request', (req) => {
			if (new URL(req.url()).pathname === '/count') requests.push(req.url());
		});
		const count = await counted(page, () => page.goto('/en/mau-son'));
		expect(count.fromServiceWorker()).toBe(false);
		const eventPath = await firstEventPath(page);
		await page.goto(eventPath);
		// Getting there and food were never opened: kept as the guides of the language in use.
		await kept(page, ['/en', '/en/mau-son', eventPath, '/en/getting-there', '/en/food']);
		expect(requests).toHaveLength(3);
		const names = await page.evaluate(() => caches.keys());
		const { version } = await (await page.request.get('/_app/version.json')).json();
		// A new deployment starts caches of its own and drops these.
		for (const name of names) expect(name.endsWith(`-${version}`), name).toBe(true);

		await offline(context, page);
		await page.goto('/en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Peach Blossom City');
		await page.goto('/en/mau-son');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mẫu Sơn mountain');
		await page.goto('/en/getting-there');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Getting to');
		// Kept in the background, never drawn online: its style sheets were kept with it.
		expect(await paper(page)).toBe(PAPER);

		// A form on a kept page says it needs a connection, and keeps what was typed.
		await page.goto(eventPath);
		await page.getByText('Report a problem with this listing').click();
		await page.getByLabel('What is wrong?').fill('Giờ mở cửa đã đổi.');
		await page.getByRole('button', { name: 'Send' }).click();
		await expect(page.getByRole('alert')).toContainText('This form needs a connection');
		await expect(page.getByLabel('What is wrong?')).toHaveValue('Giờ mở cửa đã đổi.');

		// Never opened: the offline page, listing what can be read.
		const response = await page.goto('/en/places/mac-citadel');
		expect(response?.fromServiceWorker()).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
		expect(await paper(page)).toBe(PAPER);
		const list = page.locator('#kept-pages');
		await expect(list.getByRole('link', { name: 'Mẫu Sơn mountain' })).toBeVisible();
		await expect(list.getByRole('link', { name: 'Food guide' })).toBeVisible();
		await list.getByRole('link', { name: 'Mẫu Sơn mountain' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mẫu Sơn mountain');

		// Back online, the page comes from the network again.
		await context.setOffline(false);
		await page.goto('/en/places/mac-citadel');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
	});

	test('the offline page speaks the language of the page asked for', async ({ page, context }) => {
		await page.goto('/zh');
		await kept(page, ['/zh', '/zh/offline']);
		await offline(context, page);
		await page.goto('/zh/places');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('您已离线');
		await expect(page.locator('#kept-pages').getByRole('link', { name: '美食指南' })).toBeVisible();
	});

	test('a booking opened once opens offline with its QR code, and the door checks it in', async ({
		page,
		context,
		browser
	}) => {
		const inTwoHours = Math.floor(Date.now() / 1000 / 300) * 300 + 2 * 3600;
		const { eventId, date, email, business } = await bookableEvent('offline-ticket', {
			capacity: 6,
			maxParty: 3,
			startsAt: inTwoHours
		});
		await business.dispose();
		await page.setExtraHTTPHeaders({ 'x-forwarded-for': ipFor('offline-ticket-guest') });
		await page.goto('/en');
		await kept(page, ['/en']);
		const { code, manageUrl } = await bookThroughPage(page, eventId, {
			name: 'Phạm Thu Trang',
			phone: '0987 654 321',
			party: '2'
		});
		const ticket = page.getByRole('img', { name: `QR code of booking code ${code}` });
		await expect(ticket).toBeVisible();
		expect(await readQr(ticket)).toBe(code);
		// The whole ticket fits a phone's width.
		const box = await ticket.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		await kept(page, [new URL(manageUrl).pathname]);

		await offline(context, page);
		await page.goto(manageUrl);
		await expect(page.getByTestId('booking-code')).toHaveText(code);
		expect(await readQr(ticket)).toBe(code);
		await context.setOffline(false);

		// At the door: the code read from the screen, typed into the business's check-in page.
		const door = await browser.newContext({
			extraHTTPHeaders: { 'x-forwarded-for': ipFor('offline-ticket-door') }
		});
		const biz = await door.newPage();
		await loginPage(biz, email);
		await expect(biz).toHaveURL(/\/en\/business$/);
		await biz.goto(`/en/business/events/${eventId}/bookings/${date}`);
		await biz.getByLabel('Guest’s booking code').fill(code);
		await biz.getByRole('button', { name: 'Check in', exact: true }).click();
		await expect(biz.getByText(`${code} checked in.`)).toBeVisible();
		await expect(biz.getByTestId('guest-row').filter({ hasText: 'Phạm Thu Trang' })).toContainText(
			'Arrived'
		);
		// Shown twice at the door: said so, with the time of the first.
		await biz.getByLabel('Guest’s booking code').fill(code);
		await biz.getByRole('button', { name: 'Check in', exact: true }).click();
		await expect(
			biz.getByText(new RegExp(`${code} was already checked in at \\d\\d:\\d\\d`))
		).toBeVisible();
		const arrived = readDb((db) =>
			db.prepare('SELECT checked_in_at FROM booking WHERE name = ?').pluck().get('Phạm Thu Trang')
		);
		expect(arrived).not.toBeNull();
		await door.close();
	});

	test('signed-in pages are never kept or served from the offline copy', async ({
		page,
		context
	}) => {
		const { business, email } = await bookableEvent('offline-signed-in', {
			capacity: 2,
			maxParty: 1
		});
		await business.dispose();
		await page.setExtraHTTPHeaders({ 'x-forwarded-for': ipFor('offline-signed-in') });
		await page.goto('/en');
		await kept(page, ['/en/offline']);
		await loginPage(page, email);
		await expect(page).toHaveURL(/\/en\/business$/);
		await page.goto('/en/business/events');
		await page.goto('/en/places');
		const stored = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
			}
			return urls;
		});
		expect(stored.filter((path) => /business|places/.test(path))).toEqual([]);

		await offline(context, page);
		await page.goto('/en/business');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
		await expect(page.getByText(email)).toHaveCount(0);
	});
});

test('at the door the phone’s camera reads the ticket and checks the guest in @js-only', async ({
	playwright,
	launchOptions
}) => {
	const inTwoHours = Math.floor(Date.now() / 1000 / 300) * 300 + 2 * 3600;
	const { eventId, date, business } = await bookableEvent('camera-door', {
		capacity: 4,
		maxParty: 2,
		startsAt: inTwoHours
	});
	const booked = await postBooking(BASE_URL, eventId, date, {
		ip: ipFor('camera-door-guest'),
		fields: { name: 'Hoàng Minh Đức', party: '2' }
	});
	expect(booked.status).toBe(303);
	// The code as the guest's booking page shows it.
	const ticketPage = await fetch(new URL(booked.headers.get('location')!, BASE_URL));
	const code = /data-testid="booking-code">([^<]+)</.exec(await ticketPage.text())![1];

	// The camera films the ticket as the guest's phone shows it: Chromium's stand-in camera plays
	// a picture of the QR code (YUV 4:2:0, grey).
	const qr = await sharp(await QRCode.toBuffer(code, { margin: 4, width: 400 }))
		.resize(400, 400)
		.extend({ top: 40, bottom: 40, left: 120, right: 120, background: '#fff' })
		.greyscale()
		.raw()
		.toBuffer({ resolveWithObject: true });
	const { width, height } = qr.info;
	const video = join(mkdtempSync(join(tmpdir(), 'visit-lang-son-camera-')), 'ticket.y4m');
	writeFileSync(
		video,
		Buffer.concat([
			Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`),
			qr.data.subarray(0, width * height),
			Buffer.alloc((width / 2) * (height / 2) * 2, 128)
		])
	);
	const browser = await playwright.chromium.launch({
		...launchOptions,
		args: [
			...(launchOptions.args ?? []),
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		const context = await browser.newContext({
			baseURL: BASE_URL,
			storageState: await business.storageState(),
			permissions: ['camera'],
			extraHTTPHeaders: { 'x-forwarded-for': ipFor('camera-door') }
		});
		const page = await context.newPage();
		await page.goto(`/en/business/events/${eventId}/bookings/${date}`);
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
		await page.getByRole('button', { name: 'Scan the QR code with the camera' }).click();
		await expect(page.getByText(`${code} checked in.`)).toBeVisible({
			timeout: 30_000
		});
		await expect(page.getByTestId('guest-row').filter({ hasText: 'Hoàng Minh Đức' })).toContainText(
			'Arrived'
		);
		// The camera is off again once the ticket is read.
		await expect(page.locator('video')).toHaveCount(0);
	} finally {
		await browser.close();
		await business.dispose();
	}
});
