// content/: festivals by lunar date (every year) or by solar dates (one edition, or every year).
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { lunarToSolar } from '$lib/lunar';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';

export interface FestivalDay {
	slug: string;
	name: string;
	summary: string;
	placeSlug: string | null;
	/** Local dates, YYYY-MM-DD. */
	startDate: string;
	endDate: string;
	/** The lunar date it follows, e.g. "18/1"; null for a dated edition. */
	lunar: string | null;
}

interface Row {
	slug: string;
	calendar: 'lunar' | 'solar';
	lunar_month: number | null;
	lunar_day_start: number | null;
	lunar_day_end: number | null;
	start_date: string | null;
	end_date: string | null;
	yearly: number;
	place_slug: string | null;
	name: string;
	summary: string;
	name_vi: string;
	name_en: string;
	name_zh: string;
	summary_vi: string;
	summary_en: string;
	summary_zh: string;
}

const iso = ([d, m, y]: [number, number, number]) =>
	`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Festivals falling (at least partly) between two local dates, lunar ones at their solar dates. */
export function listFestivals(
	db: Db,
	locale: Locale,
	fromDate: string,
	toDate: string
): FestivalDay[] {
	const rows = prepared<[], Omit<Row, 'name' | 'summary'>>(
		db,
		`SELECT f.slug, f.calendar, f.lunar_month, f.lunar_day_start, f.lunar_day_end, f.start_date,
			f.end_date, f.yearly, p.slug AS place_slug, f.name_vi, f.name_en, f.name_zh, f.summary_vi,
			f.summary_en, f.summary_zh
		FROM festival f LEFT JOIN place p ON p.slug = f.place_slug AND p.published = 1`
	)
		.all()
		.map((r) => {
			// Untranslated festivals are shown in Vietnamese.
			const own = r[`name_${locale}`] !== '';
			return {
				...r,
				name: own ? r[`name_${locale}`] : r.name_vi,
				summary: own ? r[`summary_${locale}`] : r.summary_vi
			};
		});
	const fromYear = Number(fromDate.slice(0, 4));
	const toYear = Number(toDate.slice(0, 4));
	const days: FestivalDay[] = [];
	for (const row of rows) {
		const base = {
			slug: row.slug,
			name: row.name,
			summary: row.summary,
			placeSlug: row.place_slug
		};
		if (row.calendar === 'solar' && !row.yearly) {
			if (row.start_date! <= toDate && row.end_date! >= fromDate) {
				days.push({ ...base, startDate: row.start_date!, endDate: row.end_date!, lunar: null });
			}
			continue;
		}
		if (row.calendar === 'solar') {
			// Every year on the same month and day (a range may run into the next year).
			const [start, end] = [row.start_date!.slice(5), row.end_date!.slice(5)];
			for (let year = fromYear - 1; year <= toYear; year++) {
				const startDate = `${year}-${start}`;
				const endDate = `${end < start ? year + 1 : year}-${end}`;
				if (startDate <= toDate && endDate >= fromDate) {
					days.push({ ...base, startDate, endDate, lunar: null });
				}
			}
			continue;
		}
		// A lunar year starts in January or February, so the previous one can reach into the range.
		for (let year = fromYear - 1; year <= toYear; year++) {
			const start = lunarToSolar(row.lunar_day_start!, row.lunar_month!, year);
			const end = lunarToSolar(row.lunar_day_end!, row.lunar_month!, year);
			if (!start || !end) continue;
			const [startDate, endDate] = [iso(start), iso(end)];
			if (startDate <= toDate && endDate >= fromDate) {
				const lunar =
					row.lunar_day_start === row.lunar_day_end
						? `${row.lunar_day_start}/${row.lunar_month}`
						: `${row.lunar_day_start}–${row.lunar_day_end}/${row.lunar_month}`;
				days.push({ ...base, startDate, endDate, lunar });
			}
		}
	}
	return days.sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** A festival as the department edits it. */
export interface FestivalInput {
	slug: string;
	calendar: 'lunar' | 'solar';
	lunarMonth: number | null;
	lunarDayStart: number | null;
	lunarDayEnd: number | null;
	startDate: string | null;
	endDate: string | null;
	yearly: boolean;
	placeSlug: string | null;
	name: Record<Locale, string>;
	summary: Record<Locale, string>;
}

/** Every festival, for the department's list and editor. */
export function listFestivalsForEdit(db: Db): (FestivalInput & { id: number })[] {
	return prepared<[], Omit<Row, 'name' | 'summary'> & { id: number }>(
		db,
		`SELECT id, slug, calendar, lunar_month, lunar_day_start, lunar_day_end, start_date, end_date,
			yearly, place_slug, name_vi, name_en, name_zh, summary_vi, summary_en, summary_zh
		FROM festival ORDER BY calendar, coalesce(lunar_month * 100 + lunar_day_start, start_date), id`
	)
		.all()
		.map((r) => ({
			id: r.id,
			slug: r.slug,
			calendar: r.calendar,
			lunarMonth: r.lunar_month,
			lunarDayStart: r.lunar_day_start,
			lunarDayEnd: r.lunar_day_end,
			startDate: r.start_date,
			endDate: r.end_date,
			yearly: r.yearly === 1,
			placeSlug: r.place_slug,
			name: { vi: r.name_vi, en: r.name_en, zh: r.name_zh },
			summary: { vi: r.summary_vi, en: r.summary_en, zh: r.summary_zh }
		}));
}

/** Adds (`id` null) or changes a festival; false when the slug belongs to another one. */
export function saveFestival(db: Db, id: number | null, f: FestivalInput, actor: Actor): boolean {
	return db
		.transaction(() => {
			const taken = prepared<[string], number>(db, 'SELECT id FROM festival WHERE slug = ?')
				.pluck()
				.get(f.slug);
			if (taken !== undefined && taken !== id) return false;
			const lunar = f.calendar === 'lunar';
			const values = [
				f.slug,
				f.calendar,
				lunar ? f.lunarMonth : null,
				lunar ? f.lunarDayStart : null,
				lunar ? f.lunarDayEnd : null,
				lunar ? null : f.startDate,
				lunar ? null : f.endDate,
				!lunar && f.yearly ? 1 : 0,
				f.placeSlug,
				...LOCALES.map((l) => f.name[l]),
				...LOCALES.map((l) => f.summary[l])
			];
			if (id === null) {
				prepared(
					db,
					`INSERT INTO festival (slug, calendar, lunar_month, lunar_day_start, lunar_day_end,
						start_date, end_date, yearly, place_slug, name_vi, name_en, name_zh, summary_vi,
						summary_en, summary_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
				).run(...values);
			} else {
				prepared(
					db,
					`UPDATE festival SET slug = ?, calendar = ?, lunar_month = ?, lunar_day_start = ?,
						lunar_day_end = ?, start_date = ?, end_date = ?, yearly = ?, place_slug = ?, name_vi = ?,
						name_en = ?, name_zh = ?, summary_vi = ?, summary_en = ?, summary_zh = ? WHERE id = ?`
				).run(...values, id);
			}
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'festival_saved',
				subject: `festival:${f.slug}`
			});
			return true;
		})
		.immediate();
}

export function deleteFestival(db: Db, id: number, actor: Actor): boolean {
	return db
		.transaction(() => {
			const slug = prepared<[number], string>(db, 'SELECT slug FROM festival WHERE id = ?')
				.pluck()
				.get(id);
			if (slug === undefined) return false;
			prepared(db, 'DELETE FROM festival WHERE id = ?').run(id);
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'festival_deleted',
				subject: `festival:${slug}`
			});
			return true;
		})
		.immediate();
}
