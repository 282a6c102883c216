import type { Locale } from '$lib/i18n/locales';
import { lunarToSolar } from '$lib/lunar';
import { prepared, type Db } from '../platform/db';

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
			f.end_date, p.slug AS place_slug, f.name_vi, f.name_en, f.name_zh, f.summary_vi, f.summary_en,
			f.summary_zh
		FROM festival f LEFT JOIN place p ON p.slug = f.place_slug`
	)
		.all()
		.map((r) => ({ ...r, name: r[`name_${locale}`], summary: r[`summary_${locale}`] }));
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
		if (row.calendar === 'solar') {
			if (row.start_date! <= toDate && row.end_date! >= fromDate) {
				days.push({ ...base, startDate: row.start_date!, endDate: row.end_date!, lunar: null });
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
