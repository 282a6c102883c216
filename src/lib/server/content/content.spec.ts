import { beforeEach, describe, expect, it } from 'vitest';
import { initialiseContent } from '../demo/demo';
import { openDatabase, type Db } from '../platform/db';
import { listDishes } from './dishes';
import { pageVersions, renderPage, restorePageVersion, savePage, showPage } from './pages';
import { inSeason, seasonAt } from './seasons';
import { identity, isDemo } from './settings';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
	initialiseContent(db, false);
});
const actor = { id: null as unknown as number, ip: null };

describe('starter content', () => {
	it('gives a real deployment the guides, dishes, seasons and the department’s name, not demo places', () => {
		expect(isDemo(db)).toBe(false);
		expect(db.prepare('SELECT count(*) FROM place').pluck().get()).toBe(0);
		expect(showPage(db, 'mau-son', 'zh')?.textLocale).toBe('zh');
		expect(listDishes(db, 'en').map((d) => d.id)).toContain('roast-duck');
		expect(listDishes(db, 'en')[0]).toMatchObject({ where: expect.stringContaining('Kỳ Lừa') });
		expect(identity(db, 'en').department_name).toBe(
			'Lạng Sơn Department of Culture, Sports and Tourism'
		);
		// Started again, nothing is loaded twice.
		initialiseContent(db, false);
		expect(db.prepare('SELECT count(*) FROM season').pluck().get()).toBe(6);
	});
});

describe('guide pages', () => {
	it('render Markdown without letting HTML or script addresses through', () => {
		const html = renderPage(
			'## Đi xe\n\n<script>alert(1)</script> [xem](javascript:alert(1)) [bản đồ](https://osm.org)'
		);
		expect(html).toContain('<h2>Đi xe</h2>');
		expect(html).toContain('&lt;script&gt;');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('href="javascript:');
		expect(html).toContain('<a href="https://osm.org">bản đồ</a>');
		expect(renderPage('Giữ {booking_days} ngày, {other}', { booking_days: 30 })).toContain(
			'Giữ 30 ngày, {other}'
		);
	});

	it('keep the text they replace, and a restore puts it back', () => {
		const before = showPage(db, 'mau-son', 'vi')!.html;
		savePage(db, 'mau-son', { vi: 'Mới', en: 'New', zh: '' }, actor);
		expect(showPage(db, 'mau-son', 'vi')!.html).toBe('<p>Mới</p>\n');
		// Chinese emptied: visitors see the Vietnamese, marked as such.
		expect(showPage(db, 'mau-son', 'zh')).toMatchObject({ textLocale: 'vi' });
		const vi = pageVersions(db, 'mau-son').find((v) => v.locale === 'vi')!;
		expect(restorePageVersion(db, 'mau-son', vi.id, actor)).toBe('vi');
		expect(showPage(db, 'mau-son', 'vi')!.html).toBe(before);
		// The text the restore replaced is kept in turn.
		expect(pageVersions(db, 'mau-son').filter((v) => v.locale === 'vi')).toHaveLength(2);
	});
});

describe('seasons', () => {
	it('may run over the new year', () => {
		expect(inSeason('12-20', '12-01', '01-14')).toBe(true);
		expect(inSeason('01-14', '12-01', '01-14')).toBe(true);
		expect(inSeason('01-15', '12-01', '01-14')).toBe(false);
		expect(inSeason('02-29', '01-15', '02-29')).toBe(true);
	});

	it('name the one in season at a moment in Lạng Sơn time', () => {
		// 31 December 2026, 23:30 in Lạng Sơn (16:30 UTC): winter on Mẫu Sơn.
		const at = Date.UTC(2026, 11, 31, 16, 30) / 1000;
		expect(seasonAt(db, at, 'en')?.title).toBe('Winter on Mẫu Sơn');
		db.prepare('DELETE FROM season').run();
		expect(seasonAt(db, at, 'en')).toBeNull();
	});
});
