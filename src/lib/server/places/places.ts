// places/: the places tourists visit (texts in three languages, hours, fees, pins) and uploaded pictures.
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { parseOpeningHours, type OpeningHours } from '$lib/opening-hours';
import type { PlaceCategory } from '$lib/place-categories';
import { prepared, type Db } from '../platform/db';
import { coverPhotos, placePhotos, type PlacePhoto } from './place-photos';

export type { PlaceCategory };

export interface PlaceSummary {
	slug: string;
	category: PlaceCategory;
	lat: number;
	lon: number;
	/** How far the pin may be off, in metres. */
	precisionM: number;
	name: string;
	summary: string;
	/** The language the text is in: the one asked for, or Vietnamese when not translated. */
	textLocale: Locale;
	/** The first of its photos, for cards. */
	cover: PlacePhoto | null;
}

/** Places as their cards show them (lists without a map: no coordinates written into the page). */
export function placeCards<T extends PlaceSummary>(
	places: readonly T[]
): Omit<T, 'lat' | 'lon' | 'precisionM'>[] {
	return places.map(({ lat, lon, precisionM, ...card }) => card);
}

export interface Place extends PlaceSummary {
	ward: string | null;
	commune: string;
	phone: string;
	website: string;
	/** The day the department last checked the facts (YYYY-MM-DD). */
	checkedOn: string | null;
	accessibility: string;
	photos: PlacePhoto[];
	formerWard: string | null;
	hours: OpeningHours | null;
	/** Adult entry fee in VND: 0 free, null not known. */
	feeVnd: number | null;
	feeYear: number | null;
	description: string;
	address: string;
	gettingThere: string;
	hoursNote: string;
}

// Texts fall back to Vietnamese, the language businesses and the department write in. `t` is the
// asked language's row if there is one; `v` is always the Vietnamese row.
const TEXT = (column: string, alias = column) => `coalesce(t.${column}, v.${column}) AS ${alias}`;
const FROM = `
	FROM place p
	JOIN place_text v ON v.place_id = p.id AND v.locale = 'vi'
	LEFT JOIN place_text t ON t.place_id = p.id AND t.locale = ?`;

const SUMMARY_COLUMNS = `p.slug, p.category, p.lat, p.lon, p.precision_m AS precisionM,
	${TEXT('name')}, ${TEXT('summary')}, ${TEXT('locale', 'textLocale')}`;

const LIST_SQL = `SELECT ${SUMMARY_COLUMNS} ${FROM}
	WHERE p.published = 1 AND (? IS NULL OR p.category = ?)
	ORDER BY p.sort_order, p.id`;

const GET_SQL = `SELECT ${SUMMARY_COLUMNS},
	p.ward, p.former_ward AS formerWard, p.opening_hours AS openingHours, p.fee_vnd AS feeVnd,
	p.fee_year AS feeYear, ${TEXT('description')}, ${TEXT('address')},
	${TEXT('getting_there', 'gettingThere')}, ${TEXT('hours_note', 'hoursNote')},
	${TEXT('accessibility')}, p.commune, p.phone, p.website, p.checked_on AS checkedOn, p.id
	${FROM}
	WHERE p.slug = ? AND p.published = 1`;

export function listPlaces(
	db: Db,
	locale: Locale,
	category: PlaceCategory | null = null
): PlaceSummary[] {
	const rows = prepared<unknown[], Omit<PlaceSummary, 'cover'>>(db, LIST_SQL).all(
		locale,
		category,
		category
	);
	const covers = coverPhotos(db, locale);
	return rows.map((row) => ({ ...row, cover: covers.get(row.slug) ?? null }));
}

export function getPlace(db: Db, slug: string, locale: Locale): Place | null {
	const row = prepared<
		unknown[],
		Omit<Place, 'hours' | 'photos' | 'cover'> & { openingHours: string | null; id: number }
	>(db, GET_SQL).get(locale, slug);
	if (!row) return null;
	const { openingHours, id, ...rest } = row;
	const photos = placePhotos(db, id, locale);
	return { ...rest, hours: parseOpeningHours(openingHours), photos, cover: photos[0] ?? null };
}

export type PlaceTexts = Pick<
	Place,
	'name' | 'summary' | 'description' | 'address' | 'gettingThere' | 'hoursNote'
>;

export interface OpenDataPlace {
	slug: string;
	category: PlaceCategory;
	lat: number;
	lon: number;
	precisionM: number;
	ward: string | null;
	formerWard: string | null;
	openingHours: OpeningHours | null;
	feeVnd: number | null;
	feeYear: number | null;
	/** Only the languages the place is written in; readers fall back to `vi`. */
	texts: Partial<Record<Locale, PlaceTexts>>;
}

/** Every place with its texts in the given languages, for the open-data API. */
export function listPlacesOpenData(db: Db, locales: readonly Locale[] = LOCALES): OpenDataPlace[] {
	const places = prepared<
		[],
		Omit<OpenDataPlace, 'texts' | 'openingHours'> & { id: number; openingHours: string | null }
	>(
		db,
		`SELECT id, slug, category, lat, lon, precision_m AS precisionM, ward,
			former_ward AS formerWard, opening_hours AS openingHours, fee_vnd AS feeVnd,
			fee_year AS feeYear
		FROM place WHERE published = 1 ORDER BY sort_order, id`
	).all();
	const texts = prepared<[], PlaceTexts & { placeId: number; locale: Locale }>(
		db,
		`SELECT place_id AS placeId, locale, name, summary, description, address,
			getting_there AS gettingThere, hours_note AS hoursNote
		FROM place_text`
	).all();
	const byPlace = new Map<number, Partial<Record<Locale, PlaceTexts>>>();
	for (const { placeId, locale, ...text } of texts) {
		if (!locales.includes(locale)) continue;
		const entry = byPlace.get(placeId) ?? {};
		entry[locale] = text;
		byPlace.set(placeId, entry);
	}
	return places.map(({ id, openingHours, ...place }) => ({
		...place,
		openingHours: parseOpeningHours(openingHours),
		texts: byPlace.get(id) ?? {}
	}));
}

/** Place ids by slug, for forms that pick a place. */
export function placeIdsBySlug(db: Db): Map<string, number> {
	return new Map(
		prepared<[], { slug: string; id: number }>(db, 'SELECT slug, id FROM place')
			.all()
			.map((r) => [r.slug, r.id])
	);
}

export function placeSlugById(db: Db, id: number | null): string | null {
	if (id === null) return null;
	return (
		prepared<[number], string>(db, 'SELECT slug FROM place WHERE id = ?').pluck().get(id) ?? null
	);
}

export function getPlaceSummaryById(db: Db, id: number, locale: Locale): PlaceSummary | null {
	const row = prepared<unknown[], Omit<PlaceSummary, 'cover'>>(
		db,
		`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE p.id = ?`
	).get(locale, id);
	return row ? { ...row, cover: null } : null;
}
