// demo/: sample content for a new database; imported only at start-up (hooks.server.ts init).
import {
	addDays,
	clockMinutes,
	localDate,
	midnightOf,
	weekdayMask,
	weekdayOf
} from '$lib/recurrence';
import { loadDemoArrivals } from '../counting/arrivals';
import type { Db } from '../platform/db';
import { DEMO_PLACES } from './demo-places';
import {
	STARTER_DISHES,
	STARTER_PAGES,
	STARTER_SEASONS,
	STARTER_SETTINGS
} from './starter-content';
import { nowSeconds } from '../platform/clock';

export { DEMO_PLACES };

/** Demo content for a brand-new database; `initialiseContent` decides when it runs. */
export function loadDemoData(db: Db, now = nowSeconds()): void {
	loadDemoPlaces(db);
	loadDemoEvents(db, now);
	loadDemoArrivals(db, now);
}

interface DemoEvent {
	category: string;
	title: [string, string, string];
	description: [string, string, string];
	place: string;
	/** Days after the first start on which the first occurrence falls (moved to a chosen weekday). */
	weekdays: number[];
	start: string;
	end: string;
	weeks: number;
	priceVnd: number;
	capacity: number | null;
	/** Bookable through the portal, with at most this many people a booking. */
	maxParty: number | null;
}

const DEMO_EVENTS: DemoEvent[] = [
	{
		category: 'night_market',
		title: ['Đêm phố đi bộ Kỳ Lừa', 'Kỳ Lừa walking street night', '祈驴步行街之夜'],
		description: [
			'Quầy ăn, hàng thủ công và biểu diễn dân ca trên phố đi bộ. Nội dung mẫu để trình diễn cổng thông tin.',
			'Food stalls, crafts and folk singing on the walking street. Sample content for the demonstration.',
			'步行街上的小吃摊、手工艺品和民歌表演。演示用示例内容。'
		],
		place: 'ky-lua-walking-street',
		weekdays: [5, 6],
		start: '18:00',
		end: '00:00',
		weeks: 8,
		priceVnd: 0,
		capacity: null,
		maxParty: null
	},
	{
		category: 'music',
		title: ['Hát then bên chợ Kỳ Lừa', 'Then singing by Kỳ Lừa market', '祈驴市场旁的天曲演唱'],
		description: [
			'Hát then và đàn tính của người Tày, Nùng. Nội dung mẫu.',
			'Then songs with the tính lute of the Tày and Nùng people. Sample content.',
			'岱依族、侬族的天曲与天琴演奏。示例内容。'
		],
		place: 'ky-lua-market',
		weekdays: [6],
		start: '20:00',
		end: '21:30',
		weeks: 6,
		priceVnd: 0,
		capacity: 80,
		maxParty: 6
	},
	{
		category: 'tour',
		title: ['Tour ẩm thực đêm Lạng Sơn', 'Lạng Sơn night food tour', '谅山夜间美食之旅'],
		description: [
			'Ba giờ đi bộ thử vịt quay, phở chua và khâu nhục cùng hướng dẫn viên. Nội dung mẫu.',
			'Three hours on foot tasting roast duck, sour phở and khâu nhục with a guide. Sample content.',
			'由导游带领步行三小时，品尝烤鸭、酸粉和扣肉。示例内容。'
		],
		place: 'ky-lua-market',
		weekdays: [0, 3],
		start: '17:30',
		end: '20:30',
		weeks: 8,
		priceVnd: 250000,
		capacity: 12,
		maxParty: 4
	}
];

/** A demo organiser (who cannot log in) and a few weekly events starting from the first start. */
function loadDemoEvents(db: Db, now: number): void {
	const businessId = Number(
		db
			.prepare(
				`INSERT INTO business (name, kind, phone, address, ward, status, status_reason, created_at, updated_at)
				VALUES ('Ban quản lý phố đi bộ (mẫu)', 'venue', '0205 0000 000', 'Phố Lê Lai', 'Kỳ Lừa', 'verified', '', ?, ?)`
			)
			.run(now, now).lastInsertRowid
	);
	// '!' is no argon2 hash: nobody can log in as the demo organiser.
	db.prepare(
		`INSERT INTO user (email, password_hash, role, business_id, created_at, password_changed_at)
		VALUES ('demo-organiser@invalid', '!', 'business', ?, ?, ?)`
	).run(businessId, now, now);
	const placeId = db.prepare('SELECT id FROM place WHERE slug = ?').pluck();
	const insert = db.prepare(
		`INSERT INTO event (business_id, status, category, title_vi, title_en, title_zh, description_vi,
			description_en, description_zh, starts_at, ends_at, weekdays, until_date, place_id, price_vnd,
			capacity, bookable, max_party, created_at, updated_at, published_at)
		VALUES (?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const today = localDate(now);
	for (const e of DEMO_EVENTS) {
		let first = today;
		while (!e.weekdays.includes(weekdayOf(first))) first = addDays(first, 1);
		const start = clockMinutes(e.start)!;
		const end = clockMinutes(e.end)!;
		const startsAt = midnightOf(first) + start * 60;
		// An end at or before the start is after midnight: 18:00–00:00.
		const endsAt = midnightOf(first) + (end <= start ? end + 1440 : end) * 60;
		insert.run(
			businessId,
			e.category,
			...e.title,
			...e.description,
			startsAt,
			endsAt,
			weekdayMask(e.weekdays),
			addDays(first, e.weeks * 7),
			placeId.get(e.place) ?? null,
			e.priceVnd,
			e.capacity,
			e.maxParty === null ? 0 : 1,
			e.maxParty ?? 10,
			now,
			now,
			now
		);
	}
}

function loadDemoPlaces(db: Db): void {
	const insertPlace = db.prepare(`
		INSERT INTO place (slug, category, lat, lon, precision_m, sort_order, ward, former_ward,
			opening_hours, fee_vnd, fee_year)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (slug) DO NOTHING`);
	const insertText = db.prepare(`
		INSERT INTO place_text (place_id, locale, name, summary, description, address, getting_there,
			hours_note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`);
	DEMO_PLACES.forEach((p, i) => {
		const { changes, lastInsertRowid } = insertPlace.run(
			p.slug,
			p.category,
			p.lat,
			p.lon,
			p.precisionM,
			i,
			p.ward,
			p.formerWard ?? null,
			p.hours ? JSON.stringify(p.hours) : null,
			p.feeVnd,
			p.feeYear ?? null
		);
		if (changes === 0) return;
		for (const [locale, t] of Object.entries(p.texts)) {
			insertText.run(
				lastInsertRowid,
				locale,
				t.name,
				t.summary,
				t.description,
				t.address,
				t.gettingThere,
				t.hoursNote ?? ''
			);
		}
	});
}

/**
 * The guide pages, dishes and seasons every deployment starts with (facts about Lạng Sơn, not
 * demonstration data); the department edits them from then on. Loaded once, also into a database
 * made before these were editable.
 */
function loadStarterContent(db: Db, now: number): void {
	const page = db.prepare(
		`INSERT OR IGNORE INTO page_text (page, locale, body, updated_at) VALUES (?, ?, ?, ?)`
	);
	for (const [key, texts] of Object.entries(STARTER_PAGES)) {
		for (const [locale, body] of Object.entries(texts)) page.run(key, locale, body, now);
	}
	const dish = db.prepare(
		`INSERT OR IGNORE INTO dish (slug, local_name, places, position, name_vi, name_en, name_zh,
			what_vi, what_en, what_zh, where_vi, where_en, where_zh, season_vi, season_en, season_zh)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	STARTER_DISHES.forEach((d, i) => {
		const { vi, en, zh } = d.texts;
		dish.run(
			d.slug,
			d.localName,
			d.places.join(' '),
			i,
			vi.name,
			en.name,
			zh.name,
			vi.what,
			en.what,
			zh.what,
			vi.where,
			en.where,
			zh.where,
			vi.season ?? '',
			en.season ?? '',
			zh.season ?? ''
		);
	});
	const setting = db.prepare(
		'INSERT OR IGNORE INTO setting (key, value, updated_at) VALUES (?, ?, ?)'
	);
	for (const [key, value] of Object.entries(STARTER_SETTINGS)) setting.run(key, value, now);
	const season = db.prepare(
		`INSERT INTO season (starts, ends, title_vi, title_en, title_zh, text_vi, text_en, text_zh)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	);
	for (const s of STARTER_SEASONS) {
		const { vi, en, zh } = s.texts;
		season.run(s.starts, s.ends, vi[0], en[0], zh[0], vi[1], en[1], zh[1]);
	}
}

const STARTER_KEY = 'starter_content';

/**
 * The first start of an empty database decides once whether it gets demo content; later starts
 * never load it again, so a real deployment started with DEMO_DATA=0 stays empty (but for the
 * starter guide texts, which every deployment gets once).
 */
export function initialiseContent(db: Db, withDemo: boolean): boolean {
	// Read first: every later start ends here without the write lock, so a process starts even
	// while another one holds it (a backup, an import).
	const done = db
		.prepare(`SELECT count(*) FROM meta WHERE key IN ('content_initialised', '${STARTER_KEY}')`)
		.pluck()
		.get() as number;
	if (done === 2) return false;
	return db
		.transaction(() => {
			if (!db.prepare(`SELECT 1 FROM meta WHERE key = '${STARTER_KEY}'`).get()) {
				loadStarterContent(db, nowSeconds());
				db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
					STARTER_KEY,
					new Date().toISOString()
				);
			}
			const seen = db.prepare("SELECT 1 FROM meta WHERE key = 'content_initialised'").get();
			if (seen) return false;
			if (withDemo) loadDemoData(db);
			db.prepare(
				"INSERT INTO meta (key, value) VALUES ('content_initialised', ?), ('demo_data', ?)"
			).run(new Date().toISOString(), withDemo ? '1' : '0');
			return withDemo;
		})
		.immediate();
}
