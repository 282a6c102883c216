import { expect, test, type Browser } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
	adminClient,
	bookableEvent,
	counted,
	emailFor,
	ownServer,
	PHONE_UA,
	readDb,
	stopServer
} from './helpers';
import { startNginx } from '../../scripts/nginx.js';

// The built app behind real nginx with deploy/nginx.conf, as production runs it. One app and one
// nginx for the whole file, so the tests run one after another.
test.describe.configure({ mode: 'serial' });

let app: Awaited<ReturnType<typeof ownServer>>;
let nginx: Awaited<ReturnType<typeof startNginx>>;
const dbPath = () => join(app.dir, 'portal.db');

test.beforeAll(async () => {
	const nginxPort = Number(process.env.E2E_PORT ?? 4173) + 21;
	// The app's ORIGIN is the address people use: nginx's.
	app = await ownServer('nginx', 20, { env: { ORIGIN: `http://127.0.0.1:${nginxPort}` } });
	nginx = await startNginx(nginxPort, app.port);
});

test.afterAll(async () => {
	await nginx?.stop();
	if (app) {
		await stopServer(app.server);
		rmSync(app.dir, { recursive: true, force: true });
	}
});

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(`${nginx.base}${path}`, { headers: { accept: 'text/html', ...headers } });

/** A POST from a given loopback address (127.0.0.x), as a client on another machine would send it. */
function postFrom(
	localAddress: string,
	path: string,
	form: Record<string, string>,
	headers: Record<string, string> = {}
): Promise<{ status: number; body: string }> {
	const body = new URLSearchParams(form).toString();
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			`${nginx.base}${path}`,
			{
				method: 'POST',
				localAddress,
				headers: {
					origin: nginx.base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body),
					...headers
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

test('an anonymous page is a cache hit on the second request, with its headers @once', async () => {
	const first = await get('/en/places');
	await first.text();
	const second = await get('/en/places', { 'accept-encoding': 'gzip' });
	expect(second.headers.get('x-cache')).toBe('HIT');
	expect(second.headers.get('content-encoding')).toBe('gzip');
	expect(second.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
	// The CSP (this page has no inline script: 'self' only) and the security headers travel with
	// the stored copy.
	expect(second.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
	expect(second.headers.get('x-frame-options')).toBe('DENY');
	const html = await second.text();
	// Scripts and styles named by their content are kept by browsers for a year.
	const asset = /\/_app\/immutable\/[^"]+\.css/.exec(html)![0];
	const style = await get(asset, { 'accept-encoding': 'gzip' });
	expect(style.status).toBe(200);
	expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	expect(style.headers.get('content-encoding')).toBe('gzip');
	// Pages of accounts and bookings are never stored.
	for (const path of ['/en/login', '/en/register']) {
		await (await get(path)).text();
		const again = await get(path);
		expect(again.headers.get('x-cache'), path).not.toBe('HIT');
		expect(again.headers.get('cache-control'), path).toBe('private, no-store');
	}
});

test('a signed-in page and a booking POST never come from the cache @once', async () => {
	test.setTimeout(60_000);
	const { business, eventId, date } = await bookableEvent('nginx-private', {
		capacity: 10,
		maxParty: 2,
		base: nginx.base,
		databasePath: dbPath()
	});
	// Stored for anonymous visitors first; the signed-in owner still gets their own page.
	await (await get('/en/places')).text();
	for (let i = 0; i < 2; i++) {
		const own = await business.get('/en/places');
		expect(own.headers()['x-cache']).toBe('BYPASS');
		expect(own.headers()['cache-control']).toBe('private, no-store');
		expect(await own.text()).toContain('/en/business');
	}
	// …and the anonymous copy never carries the signed-in page's links.
	const anonymous = await get('/en/places');
	expect(anonymous.headers.get('x-cache')).toBe('HIT');
	expect(await anonymous.text()).not.toContain('/en/logout');
	await business.dispose();

	// Two bookings POSTed alike are two bookings, each answered by the app.
	const bookingPage = `/en/events/${eventId}/book/${date}`;
	for (let i = 0; i < 2; i++) {
		const form = await get(bookingPage);
		expect(form.headers.get('x-cache')).not.toBe('HIT');
		const key = /name="key" value="([^"]+)"/.exec(await form.text())![1];
		const res = await fetch(`${nginx.base}${bookingPage}?/book`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: nginx.base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ key, name: 'Khách qua nginx', phone: '0912 345 678', party: '1' })
		});
		expect(res.status).toBe(303);
		expect(res.headers.get('x-cache')).not.toBe('HIT');
	}
	const booked = readDb(
		(db) => db.prepare('SELECT count(*) FROM booking WHERE event_id = ?').pluck().get(eventId),
		dbPath()
	);
	expect(booked).toBe(2);
});

test('login throttling counts each client’s own address through the proxy @once', async () => {
	const attempt = (from: string, headers?: Record<string, string>) =>
		postFrom(
			from,
			'/en/login',
			{ email: emailFor('nginx-throttle'), password: 'not the password' },
			headers
		);
	for (let i = 1; i <= 10; i++) {
		expect((await attempt('127.0.0.2')).status, `attempt ${i}`).toBe(400);
	}
	const eleventh = await attempt('127.0.0.2');
	expect(eleventh.status).toBe(429);
	expect(eleventh.body).toMatch(/Too many attempts/);
	// An address the client writes itself is not the one nginx adds.
	expect((await attempt('127.0.0.2', { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429);
	// Another client has a counter of its own.
	expect((await attempt('127.0.0.3')).status).toBe(400);
});

/** Ten page views in a browser of its own, each page from nginx's cache, each counted by the page. */
async function tenViews(browser: Browser, javaScriptEnabled: boolean, userAgent: string) {
	const context = await browser.newContext({ baseURL: nginx.base, javaScriptEnabled, userAgent });
	const page = await context.newPage();
	const counts: string[] = [];
	page.on('response', (res) => {
		if (new URL(res.url()).pathname === '/count') {
			counts.push(`${res.status()} ${res.headers()['cache-control']} ${res.headers()['x-cache']}`);
		}
	});
	const paths = ['/en', '/en/places', '/vi/events', '/zh/night', '/en/mau-son'];
	for (const path of [...paths, ...paths]) {
		await counted(page, async () => {
			const res = await page.goto(path);
			expect(res?.headers()['x-cache'], path).toBe('HIT');
		});
	}
	await context.close();
	return counts;
}

test('twenty views of cached pages by two visitors count as 20 views and 2 visitors @once', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const admin = await adminClient('nginx-dashboard', nginx.base, dbPath());
	const dashboard = async () => {
		const html = await (await admin.get('/en/admin')).text();
		const figure = (id: string) =>
			Number(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)![1].replace(/\D/g, ''));
		return { views: figure('views'), uniques: figure('uniques') };
	};
	const before = await dashboard();
	for (const path of ['/en', '/en/places', '/vi/events', '/zh/night', '/en/mau-son']) {
		await (await get(path)).text();
	}
	const withScripts = await tenViews(browser, true, PHONE_UA);
	const withoutScripts = await tenViews(
		browser,
		false,
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
	);
	// The counting request itself is never stored.
	for (const seen of [...withScripts, ...withoutScripts])
		expect(seen).toBe('200 no-store undefined');
	expect(withScripts).toHaveLength(10);
	expect(withoutScripts).toHaveLength(10);
	await expect
		.poll(
			async () => {
				const now = await dashboard();
				return { views: now.views - before.views, uniques: now.uniques - before.uniques };
			},
			{ timeout: 20_000 }
		)
		.toEqual({ views: 20, uniques: 2 });
	await admin.dispose();
});

test('after the department approves an event, the list shows it within the cache’s minute @once', async () => {
	test.setTimeout(120_000);
	const { approve } = await bookableEvent('nginx-approval', {
		capacity: 10,
		maxParty: 2,
		approve: false,
		base: nginx.base,
		databasePath: dbPath()
	});
	const title = 'Night food tour nginx-approval';
	await (await get('/en/events')).text();
	const stored = await get('/en/events');
	expect(stored.headers.get('x-cache')).toBe('HIT');
	expect(await stored.text()).not.toContain(title);
	await approve();
	const approvedAt = Date.now();
	await expect
		.poll(async () => (await (await get('/en/events')).text()).includes(title), {
			timeout: 90_000,
			intervals: [2000]
		})
		.toBe(true);
	// s-maxage=60: the first request after the minute starts a fresh copy, the next one gets it.
	expect(Date.now() - approvedAt).toBeLessThan(70_000);
});
