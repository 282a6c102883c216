import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/db';
import { initialiseContent } from '../demo/demo';
import { createEvent, cancelEvent } from '../events/events';
import { foldText, highlight, search } from './search';
import { tour } from '../../../../tests/unit/fixtures/bookings';
import { nowSeconds } from '../platform/clock';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
	initialiseContent(db, true);
});
afterEach(() => db.close());

const urls = (query: string, locale: 'vi' | 'en' | 'zh' = 'en') =>
	search(db, query, locale).results.map((r) => r.url);

describe('search', () => {
	it('folds diacritics, đ and case, and finds Chinese of any length', () => {
		expect(foldText('Kỳ Lừa Đồng Đăng')).toBe('ky lua dong dang');
		for (const query of ['ky lua', 'KY LUA', 'kỳ lừa', 'Kỳ Lừa']) {
			const found = urls(query);
			expect(found, query).toContain('/en/places/ky-lua-walking-street');
			expect(found, query).toContain('/en/places/ky-lua-market');
		}
		const zh = urls('祈驴', 'zh');
		expect(zh).toContain('/zh/places/ky-lua-walking-street');
		expect(zh).toContain('/zh/places/ky-lua-market');
		// Results are in the page's language, with the Vietnamese name matched too.
		expect(urls('ky lua', 'zh')).toContain('/zh/places/ky-lua-market');
		expect(search(db, '祈驴', 'zh').results[0].title.some((p) => p.hit)).toBe(true);
	});

	it('marks the matched words as pieces of text, whatever the marks on the letters', () => {
		expect(highlight('Phố đi bộ Kỳ Lừa', ['ky', 'lua'])).toEqual([
			{ text: 'Phố đi bộ ', hit: false },
			{ text: 'Kỳ', hit: true },
			{ text: ' ', hit: false },
			{ text: 'Lừa', hit: true }
		]);
		expect(highlight('<script>alert(1)</script>', ['script'])[1]).toEqual({
			text: 'script',
			hit: true
		});
	});

	it('finds a new public event at once, and no longer once it is cancelled', () => {
		const business = Number(
			db.prepare("SELECT id FROM business WHERE status = 'verified' LIMIT 1").pluck().get()
		);
		const now = nowSeconds();
		const start = now + 3 * 86400;
		expect(urls('Zylophone')).toEqual([]);
		const id = createEvent(
			db,
			business,
			tour({
				title: { vi: 'Đêm Zylophone', en: 'Zylophone night', zh: '' },
				startsAt: start,
				endsAt: start + 7200,
				weekdays: 0,
				untilDate: null
			}),
			now
		);
		expect(urls('Zylophone')).toEqual([]); // a draft is not public
		db.prepare("UPDATE event SET status = 'published', published_at = ? WHERE id = ?").run(now, id);
		expect(urls('zylo')).toEqual([`/en/events/${id}`]);
		expect(cancelEvent(db, business, id, now)).toBe(true);
		expect(urls('Zylophone')).toEqual([]);
	});

	it('reads nothing typed as query syntax, and pages its results', () => {
		for (const query of ['"', 'ky AND', 'NEAR(a b)', '*', '-', 'lua OR x:', '<script>']) {
			expect(() => search(db, query, 'en'), query).not.toThrow();
		}
		const all = search(db, 'a', 'en');
		expect(all.total).toBeGreaterThan(0);
		expect(all.results.length).toBeLessThanOrEqual(20);
	});
});
