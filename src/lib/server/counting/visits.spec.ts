import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/db';
import {
	botViews,
	browserLanguage,
	countedPage,
	deviceClass,
	foldRareValues,
	isBot,
	isPrefetch,
	referrerDomain,
	visitsBy,
	visitTotals,
	VisitCounter,
	type PageView
} from './visits';

const vn = (y: number, m: number, d: number, h = 0, min = 0) =>
	Date.UTC(y, m - 1, d, h - 7, min) / 1000;
const PHONE =
	'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

const view = (over: Partial<PageView> = {}): PageView => ({
	path: '/events',
	locale: 'vi',
	referrer: null,
	browserLanguage: 'vi',
	device: 'phone',
	ip: '203.0.113.9',
	userAgent: PHONE,
	host: 'visit.example',
	...over
});

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
});
afterEach(() => db.close());

describe('telling visitors apart without tracking them', () => {
	it('gives the same visitor one id all day, and an unrelated one after midnight in Lạng Sơn', () => {
		const counter = new VisitCounter(vn(2026, 11, 26, 9));
		const morning = counter.visitorId(view(), vn(2026, 11, 26, 9));
		expect(counter.visitorId(view(), vn(2026, 11, 26, 23, 59))).toBe(morning);
		// 00:00 in Lạng Sơn is 17:00 UTC: a new day, a new salt.
		const nextDay = counter.visitorId(view(), vn(2026, 11, 27, 0, 0));
		expect(nextDay).not.toBe(morning);
		expect(counter.visitorId(view(), vn(2026, 11, 27, 12))).toBe(nextDay);
		// A visitor's id is not derived from the date alone: another process (or a restart) on the
		// same day has another salt, so ids cannot be recomputed from what is stored.
		expect(new VisitCounter(vn(2026, 11, 26, 9)).visitorId(view(), vn(2026, 11, 26, 9))).not.toBe(
			morning
		);
		expect(counter.visitorId(view({ ip: '203.0.113.10' }), vn(2026, 11, 27, 12))).not.toBe(nextDay);
	});

	it('counts views, daily uniques, languages and referrers, and writes them in one batch', () => {
		const counter = new VisitCounter(vn(2026, 11, 26, 9));
		counter.count(view(), vn(2026, 11, 26, 9));
		counter.count(view({ path: '/places/kiw-loa' }), vn(2026, 11, 26, 9, 5));
		counter.count(
			view({ ip: '198.51.100.1', locale: 'zh', referrer: 'baidu.com' }),
			vn(2026, 11, 26, 10)
		);
		counter.count(view(), vn(2026, 11, 27, 9)); // the next day: unique again
		expect(counter.flush(db)).toBeGreaterThan(0);
		expect(counter.flush(db)).toBe(0);
		expect(visitTotals(db, '2026-11-26', '2026-11-26')).toEqual({ views: 3, uniques: 2 });
		expect(visitTotals(db, '2026-11-26', '2026-11-27')).toEqual({ views: 4, uniques: 3 });
		expect(visitsBy(db, 'page', '2026-11-26', '2026-11-27')).toEqual([
			{ value: '/events', views: 3 },
			{ value: '/places/kiw-loa', views: 1 }
		]);
		expect(visitsBy(db, 'locale', '2026-11-26', '2026-11-27')).toEqual([
			{ value: 'vi', views: 3 },
			{ value: 'zh', views: 1 }
		]);
		// Seen once that day: kept only as "other" (a rare site could point at one person).
		expect(visitsBy(db, 'referrer', '2026-11-26', '2026-11-27')).toEqual([
			{ value: 'other', views: 1 }
		]);
		// More counts add to the stored ones.
		counter.count(view(), vn(2026, 11, 27, 10));
		counter.flush(db);
		expect(visitTotals(db, '2026-11-27', '2026-11-27')).toEqual({ views: 2, uniques: 1 });
	});

	it('never writes an address or a user agent', () => {
		const counter = new VisitCounter(vn(2026, 11, 26, 9));
		counter.count(view(), vn(2026, 11, 26, 9));
		counter.flush(db);
		const dump = JSON.stringify(db.prepare('SELECT * FROM visit_day').all());
		expect(dump).not.toContain('203.0.113.9');
		expect(dump).not.toContain('Android');
	});
});

describe('who visits', () => {
	const day = vn(2026, 11, 26, 9);
	const rows = () =>
		db
			.prepare(
				"SELECT date, dimension, value, views FROM visit_day WHERE dimension IN ('referrer', 'browser') ORDER BY dimension, date, value"
			)
			.all();

	it('tells phones, tablets and desktops apart by the user agent’s wording', () => {
		expect(deviceClass(PHONE)).toBe('phone');
		expect(
			deviceClass(
				'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
			)
		).toBe('phone');
		expect(
			deviceClass(
				'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
			)
		).toBe('tablet');
		expect(
			deviceClass(
				'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'
			)
		).toBe('tablet');
		expect(
			deviceClass(
				'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
			)
		).toBe('desktop');
	});

	it('reads the browser’s first language as its subtag only', () => {
		expect(browserLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
		expect(browserLanguage('en-US')).toBe('en');
		expect(browserLanguage('VI')).toBe('vi');
		expect(browserLanguage('*')).toBeNull();
		expect(browserLanguage(null)).toBeNull();
		expect(browserLanguage('x'.repeat(300))).toBeNull();
	});

	it('counts robots apart, as a number, never as visitors', () => {
		const counter = new VisitCounter(day);
		counter.countBot(day);
		counter.countBot(day);
		counter.count(view(), day);
		counter.flush(db);
		expect(botViews(db, '2026-11-26', '2026-11-26')).toBe(2);
		expect(visitTotals(db, '2026-11-26', '2026-11-26')).toEqual({ views: 1, uniques: 1 });
	});

	it('shows a referring site or language seen fewer than three times a day as “other”', () => {
		const counter = new VisitCounter(day);
		for (let i = 0; i < 3; i++)
			counter.count(view({ referrer: 'zalo.me', ip: `198.51.100.${i}` }), day);
		counter.count(view({ referrer: 'tiny-blog.example', browserLanguage: 'ko' }), day);
		counter.count(view({ referrer: 'google.com', browserLanguage: 'ja' }), day);
		counter.count(view({ referrer: 'google.com' }), vn(2026, 11, 27, 9));
		counter.flush(db);
		// Two views of google.com, but on two days: once a day each, so "other" both days.
		expect(visitsBy(db, 'referrer', '2026-11-26', '2026-11-27')).toEqual([
			{ value: 'zalo.me', views: 3 },
			{ value: 'other', views: 3 }
		]);
		expect(visitsBy(db, 'browser', '2026-11-26', '2026-11-26')).toEqual([
			{ value: 'vi', views: 3 },
			{ value: 'other', views: 2 }
		]);
		expect(visitsBy(db, 'device', '2026-11-26', '2026-11-26')).toEqual([
			{ value: 'phone', views: 5 }
		]);

		// The day after the 27th, the maintenance folds both days in the database itself: on the
		// 26th two sites and two languages seen once, on the 27th one site and one language.
		expect(foldRareValues(db, '2026-11-28')).toBe(6);
		expect(rows()).toEqual([
			{ date: '2026-11-26', dimension: 'browser', value: 'other', views: 2 },
			{ date: '2026-11-26', dimension: 'browser', value: 'vi', views: 3 },
			{ date: '2026-11-27', dimension: 'browser', value: 'other', views: 1 },
			{ date: '2026-11-26', dimension: 'referrer', value: 'other', views: 2 },
			{ date: '2026-11-26', dimension: 'referrer', value: 'zalo.me', views: 3 },
			{ date: '2026-11-27', dimension: 'referrer', value: 'other', views: 1 }
		]);
		expect(JSON.stringify(db.prepare('SELECT * FROM visit_day').all())).not.toMatch(
			/tiny-blog|google|"ja"|"ko"/
		);
		// Nothing left to fold; the figures read the same as before.
		expect(foldRareValues(db, '2026-11-28')).toBe(0);
		expect(visitsBy(db, 'referrer', '2026-11-26', '2026-11-27')).toEqual([
			{ value: 'zalo.me', views: 3 },
			{ value: 'other', views: 3 }
		]);
	});

	it('leaves today’s values in place until the day is over', () => {
		const counter = new VisitCounter(day);
		counter.count(view({ referrer: 'tiny-blog.example' }), day);
		counter.flush(db);
		expect(foldRareValues(db, '2026-11-26')).toBe(0);
	});
});

describe('what is not a visit', () => {
	it('leaves out robots, link previews, automated browsers and empty user agents', () => {
		for (const ua of [
			'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
			'Mozilla/5.0 (compatible; Baiduspider/2.0)',
			'facebookexternalhit/1.1',
			'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36',
			'Mozilla/5.0 (Linux; Android 11; moto g power) Chrome-Lighthouse',
			'Playwright/1.65.1 (x64; debian 12) node/20.20',
			'curl/8.5.0',
			'python-requests/2.32',
			'',
			'node'
		]) {
			expect(isBot(ua), ua).toBe(true);
		}
		expect(isBot(null)).toBe(true);
		for (const ua of [
			PHONE,
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
			'Mozilla/5.0 (Linux; Android 13; V2207) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.50'
		]) {
			expect(isBot(ua), ua).toBe(false);
		}
	});

	it('leaves out prefetches and prerenders', () => {
		expect(isPrefetch(new Headers({ 'sec-purpose': 'prefetch' }))).toBe(true);
		expect(isPrefetch(new Headers({ 'sec-purpose': 'prefetch;prerender' }))).toBe(true);
		expect(isPrefetch(new Headers({ purpose: 'prefetch' }))).toBe(true);
		expect(isPrefetch(new Headers({ 'x-moz': 'prefetch' }))).toBe(true);
		expect(isPrefetch(new Headers({ accept: 'text/html' }))).toBe(false);
	});

	it('keeps only other sites’ domains as referrers', () => {
		expect(referrerDomain('https://www.google.com/search?q=lang+son', 'visit.example')).toBe(
			'google.com'
		);
		expect(referrerDomain('https://visit.example/vi/events', 'visit.example')).toBeNull();
		expect(referrerDomain('android-app://com.zing.zalo/', 'visit.example')).toBeNull();
		expect(referrerDomain('not a url', 'visit.example')).toBeNull();
		expect(referrerDomain(null, 'visit.example')).toBeNull();
	});
});

describe('which paths are counted pages', () => {
	it('takes every public page of the site, in each language, and nothing else', () => {
		// Every +page.svelte under (public), with its parameters filled in as a visitor's path would.
		const root = 'src/routes/[lang=locale]/(public)';
		const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
			file.endsWith('+page.svelte')
		);
		const paths = pages.map((file) =>
			`/${file}`
				.replace('/+page.svelte', '')
				.replace('[slug]', 'ky-lua-walking-street')
				.replace('[id=id]', '12')
		);
		expect(paths.length).toBeGreaterThanOrEqual(12);
		for (const lang of ['vi', 'en', 'zh'] as const) {
			for (const path of paths) {
				expect(countedPage(`/${lang}${path}`), `/${lang}${path}`).toEqual({
					locale: lang,
					path: path || '/'
				});
			}
		}
		for (const other of [
			'/en/bookings/abc.def',
			'/en/events/12/book/2026-12-05',
			'/en/login',
			'/en/admin',
			'/en/business/events',
			'/en/events.ics',
			'/fr/places',
			'/en/places/<script>',
			'/api/v1/places.json',
			''
		]) {
			expect(countedPage(other), other).toBeNull();
		}
	});
});
