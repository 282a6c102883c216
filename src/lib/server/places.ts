import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_LOCALE } from '$lib/i18n/locales';
import { prepared, type Db } from './db';

export type PlaceCategory =
	'night' | 'market' | 'heritage' | 'nature' | 'mountain' | 'border' | 'park';

export interface PlaceSummary {
	slug: string;
	category: PlaceCategory;
	lat: number;
	lon: number;
	name: string;
	summary: string;
	/** The language the text is in: the one asked for, or Vietnamese when not translated. */
	textLocale: Locale;
}

// Texts fall back to Vietnamese, the language businesses and the department write in.
const LIST_SQL = `
	SELECT p.slug, p.category, p.lat, p.lon,
		coalesce(t.name, v.name) AS name,
		coalesce(t.summary, v.summary) AS summary,
		coalesce(t.locale, v.locale) AS textLocale
	FROM place p
	JOIN place_text v ON v.place_id = p.id AND v.locale = ?
	LEFT JOIN place_text t ON t.place_id = p.id AND t.locale = ?
	ORDER BY p.sort_order, p.id`;

export function listPlaces(db: Db, locale: Locale): PlaceSummary[] {
	return prepared<[Locale, Locale], PlaceSummary>(db, LIST_SQL).all(DEFAULT_LOCALE, locale);
}
