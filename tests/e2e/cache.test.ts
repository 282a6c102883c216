import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { localDate } from '../../src/lib/recurrence';
import {
	BASE_URL,
	bookableEvent,
	client,
	ipFor,
	ownServer,
	PHONE_UA,
	readDb,
	stopServer,
	todaysTotals
} from './helpers';

/** An anonymous visitor's GET, as a browser would send it. */
const visit = (path: string) =>
	fetch(`${BASE_URL}${path}`, {
		headers: { accept: 'text/html', 'x-forwarded-for': ipFor('cache-visitor') }
	});

/**
 * Requests a page until it comes from the cache. Other tests run alongside and every successful
 * write of theirs empties the cache, so a hit cannot be expected on a fixed try.
 */
async function untilHit(get: () => Promise<Response>) {
	for (let tries = 1; tries <= 20; tries++) {
		const res = await get();
		if (res.headers.get('x-cache') === 'hit') return { res, tries };
		await res.body?.cancel();
	}
	throw new Error('the page never came from the cache');
}

test.describe('the anonymous page cache @once', () => {
	test('serves public pages from memory with headers for a CDN; private pages never', async () => {
		const { res: again } = await untilHit(() => visit('/en/places'));
		expect(again.status).toBe(200);
		expect(again.headers.get('cache-control')).toBe(
			'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
		);
		// The security headers and the hash-based CSP travel with the cached copy.
		expect(again.headers.get('content-security-policy')).toMatch(
			/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/
		);
		expect(again.headers.get('x-content-type-options')).toBe('nosniff');
		expect(again.headers.get('x-frame-options')).toBe('DENY');
		expect(again.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(again.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(again.headers.get('permissions-policy')).toContain('camera=()');
		// Someone with a session cookie, even one that no longer works, is served by the app.
		const withCookie = await fetch(`${BASE_URL}/en/places`, {
			headers: { accept: 'text/html', cookie: 'session=stale-or-forged' }
		});
		await withCookie.body?.cancel();
		expect(withCookie.headers.get('x-cache')).toBeNull();
		// A different query is a different page.
		const query = `/en/places?category=heritage&from=${Date.now()}`;
		expect((await visit(query)).headers.get('x-cache')).toBe('miss');
		expect((await untilHit(() => visit(query))).res.status).toBe(200);

		for (const path of ['/en/login', '/en/register', '/en/nowhere']) {
			const res = await visit(path);
			expect(res.headers.get('x-cache'), path).toBeNull();
			if (res.status === 200) expect(res.headers.get('cache-control')).toBe('private, no-store');
		}
		// Signed in, the same public page is rendered for the person and never stored.
		const { business, eventId } = await bookableEvent('cache-private', {
			capacity: 5,
			maxParty: 1
		});
		const own = await business.get('/en/places');
		expect(own.headers()['x-cache']).toBeUndefined();
		expect(own.headers()['cache-control']).toBe('private, no-store');
		expect(await own.text()).toContain('/en/business');
		// …and the anonymous copy never carries the signed-in page's links.
		expect(await (await visit('/en/places')).text()).not.toContain('/en/logout');
		await business.dispose();
		expect(eventId).toBeGreaterThan(0);
	});

	test('an approval, a booking or another process’s change shows on the next request', async () => {
		const { eventId, date, approve } = await bookableEvent('cache-fresh', {
			capacity: 5,
			maxParty: 2,
			approve: false
		});
		const title = 'Night food tour cache-fresh';
		await visit('/en/events');
		expect(await (await visit('/en/events')).text()).not.toContain(title);
		await approve();
		// Emptied by the approval: the next copy, whoever asked first, has the event.
		expect(await (await visit('/en/events')).text()).toContain(title);

		// A booking changes the seats the event page shows.
		await visit(`/en/events/${eventId}`);
		expect(await (await visit(`/en/events/${eventId}`)).text()).toContain('5 seats left');
		const guest = await client('cache-guest');
		const form = await (await guest.get(`/en/events/${eventId}/book/${date}`)).text();
		const key = /name="key" value="([a-z2-7]{24})"/.exec(form)![1];
		const booked = await guest.post(`/en/events/${eventId}/book/${date}`, {
			form: { key, name: 'Khách', phone: '0912345678', party: '2' },
			maxRedirects: 0
		});
		expect(booked.status()).toBe(303);
		expect(await (await visit(`/en/events/${eventId}`)).text()).toContain('3 seats left');
		await guest.dispose();

		// Another process writes to the same database file (here: this test's own connection).
		await visit('/en/events');
		const db = new Database(process.env.E2E_DATABASE_PATH!);
		db.prepare("UPDATE event SET title_en = 'Renamed by another process' WHERE id = ?").run(
			eventId
		);
		db.close();
		expect(await (await visit('/en/events')).text()).toContain('Renamed by another process');
	});

	test('pages served from the cache are still counted as visits', async () => {
		const path = '/places/chi-lang-pass';
		const views = () =>
			readDb(
				(db) =>
					(db
						.prepare(
							"SELECT sum(views) FROM visit_day WHERE dimension = 'page' AND value = ? AND date = ?"
						)
						.pluck()
						.get(path, localDate(Math.floor(Date.now() / 1000))) as number | null) ?? 0
			);
		const before = views();
		const phone = {
			accept: 'text/html',
			'x-forwarded-for': ipFor('cache-counted'),
			'user-agent':
				'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
		};
		// Requests until one is a cache hit: every request, hit or not, is a view.
		const { tries } = await untilHit(() => fetch(`${BASE_URL}/zh${path}`, { headers: phone }));
		const more = await fetch(`${BASE_URL}/zh${path}`, { headers: phone });
		await more.body?.cancel();
		await expect.poll(views, { timeout: 15_000 }).toBe(before + tries + 1);
	});

	test('a cached page still runs its scripts under the CSP @js-only', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
		});
		// Stored by a plain request, then served to the browser (retried: other tests' writes empty
		// the cache in between). A new address each try, or the browser would revalidate its own
		// copy (a 304) and report that copy's headers.
		let hit = false;
		for (let tries = 0; tries < 20 && !hit; tries++) {
			const path = `/en/places?try=${tries}`;
			await (await visit(path)).body?.cancel();
			const res = await page.goto(path);
			hit = res?.headers()['x-cache'] === 'hit';
		}
		expect(hit).toBe(true);
		// Hydrated: the filter changes the list without a page load (the window survives).
		await page.evaluate(() => Object.assign(window, { stillHere: true }));
		await page
			.getByRole('navigation', { name: 'Show places by category' })
			.getByRole('link', { name: 'Heritage' })
			.click();
		await expect(page).toHaveURL(/category=heritage/);
		expect(await page.evaluate(() => 'stillHere' in window)).toBe(true);
		expect(violations).toEqual([]);
	});

	test('the production entry answers hits before SvelteKit, exactly as SvelteKit would', async () => {
		// server.js (npm start) on a database of its own, so nothing else empties its cache.
		const { dir, base, server, logs } = await ownServer('cache-front', 15, { entry: 'server.js' });
		const get = (path: string, headers: Record<string, string> = {}) =>
			fetch(`${base}${path}`, {
				headers: { 'user-agent': PHONE_UA, 'x-forwarded-for': '198.51.100.7', ...headers }
			});
		const robot = { 'user-agent': 'curl/8.5.0' };
		const comparable = (res: Response) =>
			[...res.headers].filter(
				([name]) =>
					!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(
						name
					)
			);
		try {
			// Counted views: two page loads and two client-side navigations, by one phone.
			const first = await get('/en/places');
			const stored = await first.text();
			expect(first.headers.get('x-cache')).toBe('miss');
			const hit = await get('/en/places');
			expect(hit.headers.get('x-cache')).toBe('hit');
			expect(await hit.text()).toBe(stored);
			const data = await get('/en/places/__data.json');
			expect(data.headers.get('x-cache')).toBe('miss');
			const dataHit = await get('/en/places/__data.json');
			expect(dataHit.headers.get('x-cache')).toBe('hit');
			expect(await dataHit.json()).toEqual(await data.json());

			// The same headers as a hit through SvelteKit (which a stale If-None-Match gets).
			const viaKit = await get('/en/places', { ...robot, 'if-none-match': '"old"' });
			expect(viaKit.headers.get('x-cache')).toBe('hit');
			expect(comparable(hit)).toEqual(comparable(viaKit));
			expect(await viaKit.text()).toBe(stored);
			// A browser revalidating its copy gets SvelteKit's 304.
			const etag = hit.headers.get('etag')!;
			expect((await get('/en/places', { ...robot, 'if-none-match': etag })).status).toBe(304);
			// Compressed once for the phones that take it; the same page inside.
			const zipped = await fetch(`${base}/en/places`, {
				headers: { ...robot, 'accept-encoding': 'gzip' }
			});
			expect(zipped.headers.get('content-encoding')).toBe('gzip');
			expect(zipped.headers.get('x-cache')).toBe('hit');
			// (fetch undoes the gzip: what it reads is the page as stored.)
			expect(await zipped.text()).toBe(stored);
			// The stored copy's validators, one per form it is sent in, each revalidating to a 304.
			const plain = await get('/en/places', { ...robot, 'accept-encoding': 'identity' });
			await plain.body?.cancel();
			const plainEtag = plain.headers.get('etag')!;
			const zippedEtag = zipped.headers.get('etag')!;
			expect(plainEtag).toMatch(/^"[\w-]{27}"$/);
			expect(zippedEtag).toBe(plainEtag.replace(/"$/, '-gzip"'));
			for (const [encoding, validator] of [
				['identity', plainEtag],
				['gzip', zippedEtag]
			]) {
				const again = await get('/en/places', {
					...robot,
					'accept-encoding': encoding,
					'if-none-match': validator
				});
				expect(again.status, encoding).toBe(304);
				expect(again.headers.get('etag'), encoding).toBe(validator);
			}
			const wrongForm = await get('/en/places', {
				...robot,
				'accept-encoding': 'identity',
				'if-none-match': zippedEtag
			});
			expect(wrongForm.status).toBe(200);
			expect(await wrongForm.text()).toBe(stored);

			// A session cookie, even a forged one, is never answered from the cache.
			const withCookie = await get('/en/places', { ...robot, cookie: 'lang=en; session=forged' });
			expect(withCookie.headers.get('x-cache')).toBeNull();
			await withCookie.body?.cancel();
			// Prefetches and robots are answered but not counted.
			const ahead = await get('/en/places', { 'sec-purpose': 'prefetch' });
			expect(ahead.headers.get('x-cache')).toBe('hit');
			await ahead.body?.cancel();

			// Another process's change shows on the next request, not the stored copy.
			const before = await (await get('/en/events', robot)).text();
			expect((await get('/en/events', robot)).headers.get('x-cache')).toBe('hit');
			const db = new Database(join(dir, 'portal.db'));
			// …but a write no page shows (another worker's visit counts) keeps it.
			db.prepare(
				"INSERT INTO visit_day (date, dimension, value, views) VALUES ('2000-01-01', 'total', '', 1)"
			).run();
			expect((await get('/en/events', robot)).headers.get('x-cache')).toBe('hit');
			const id = db.prepare("SELECT min(id) FROM event WHERE status = 'published'").pluck().get();
			db.prepare("UPDATE event SET title_en = 'Renamed behind the cache' WHERE id = ?").run(id);
			db.close();
			expect(before).not.toContain('Renamed behind the cache');
			const fresh = await get('/en/events', robot);
			expect(fresh.headers.get('x-cache')).toBe('miss');
			expect(await fresh.text()).toContain('Renamed behind the cache');
		} finally {
			await stopServer(server);
		}
		// Written at shutdown: the phone's four views (two from the front of the cache), one visitor.
		expect(todaysTotals(dir)).toEqual({ views: 4, uniques: 1 });
		expect(logs()).not.toMatch(/error/i);
	});
});
