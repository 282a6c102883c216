// Places as open data (GeoJSON and CSV) and back: the export is also the import format, with the
// editor's field names as properties or columns, so an export imported elsewhere gives the same
// places (photos excepted: they are files, not data).
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { photoSources } from '$lib/photo';
import type { Db } from '../platform/db';
import { parseCsv, toCsv } from '../platform/csv';
import { FormReader } from '../platform/form';
import { recordAudit, type Actor } from '../platform/audit';
import {
	allPlacesForEdit,
	changedFields,
	EMPTY_TEXT,
	savePlace,
	type PlaceInput,
	type PlaceText
} from './place-edit';
import { placeFields, readPlace, TEXT_FIELDS } from './place-form';
import { placePhotos } from './place-photos';

type Properties = Record<string, unknown>;

/** The columns of the CSV export (and the properties of a GeoJSON feature, with lat/lon apart). */
export const PLACE_COLUMNS = [
	'slug',
	'category',
	'lat',
	'lon',
	'precision_m',
	'ward',
	'commune',
	'opening_hours',
	'fee_vnd',
	'fee_year',
	'phone',
	'website',
	'last_checked',
	'published',
	...LOCALES.flatMap((l) => Object.values(TEXT_FIELDS).map((f) => `${f.field}_${l}`))
];

function photosOf(db: Db, id: number, locale: Locale, origin: string) {
	return placePhotos(db, id, locale).map((p) => {
		const sources = photoSources(p.file);
		return {
			url: `${origin}/media/${p.file}`,
			width: p.width,
			height: p.height,
			srcset: sources
				? { avif: absolute(sources.avif, origin), webp: absolute(sources.webp, origin) }
				: null,
			alt: p.alt,
			credit: p.credit,
			licence: p.licence
		};
	});
}

const absolute = (srcset: string, origin: string) =>
	srcset.replace(/\/media\//g, `${origin}/media/`);

/**
 * Public places as a GeoJSON FeatureCollection. With `lang`, the texts in that language (or in
 * Vietnamese where not translated, said by `text_lang`); without, every language as `name_vi`…,
 * which is what the import reads. `all` adds unpublished places (the department's export).
 */
export function placesGeoJson(
	db: Db,
	{ lang = null, origin, all = false }: { lang?: Locale | null; origin: string; all?: boolean }
) {
	const places = allPlacesForEdit(db).filter((p) => all || p.published);
	return {
		type: 'FeatureCollection',
		license: 'CC BY 4.0',
		timeZone: 'Asia/Ho_Chi_Minh',
		features: places.map((place) => {
			const { lat, lon, opening_hours, published, ...fields } = placeFields(place);
			const properties: Properties = {
				...Object.fromEntries(Object.entries(fields).filter(([key]) => !/_(vi|en|zh)$/.test(key))),
				precision_m: place.precisionM,
				fee_vnd: place.feeVnd,
				fee_year: place.feeYear,
				ward: place.ward,
				last_checked: place.checkedOn,
				opening_hours: opening_hours ? JSON.parse(opening_hours) : null
			};
			if (all) properties.published = published === '1';
			if (lang) {
				const textLang: Locale = place.texts[lang] ? lang : 'vi';
				const text = place.texts[textLang] ?? EMPTY_TEXT;
				for (const [key, spec] of Object.entries(TEXT_FIELDS)) {
					properties[spec.field] = text[key as keyof PlaceText];
				}
				properties.text_lang = textLang;
			} else {
				for (const [key, value] of Object.entries(fields)) {
					if (/_(vi|en|zh)$/.test(key)) properties[key] = value;
				}
			}
			properties.photos = photosOf(db, place.id, lang ?? 'vi', origin);
			return {
				type: 'Feature',
				id: place.slug,
				geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] },
				properties
			};
		})
	};
}

/** Every place (published or not) as CSV, one column per field and language. */
export function placesCsv(db: Db): string {
	const rows = allPlacesForEdit(db).map((place) => {
		const fields = placeFields(place);
		return PLACE_COLUMNS.map((column) => fields[column] ?? '');
	});
	return toCsv(PLACE_COLUMNS, rows);
}

export interface ImportRow {
	/** The CSV line or the feature's number (from 1), for messages. */
	line: number;
	slug: string;
	name: string;
	status: 'added' | 'changed' | 'unchanged';
	/** What differs from the place now saved (field names). */
	changed: string[];
}

export interface ImportProblem {
	line: number;
	field: string;
	/** An i18n key. */
	error: string;
}

export type ImportCheck =
	{ rows: ImportRow[]; places: PlaceInput[] } | { problems: ImportProblem[] };

const MAX_IMPORT_PLACES = 1000;

/** Rows of an import file as form fields, or a problem with the whole file. */
function fileRows(text: string): { line: number; fields: Record<string, string> }[] | string {
	const trimmed = text.replace(/^\uFEFF/, '').trimStart();
	if (trimmed.startsWith('{')) {
		let json: unknown;
		try {
			json = JSON.parse(trimmed);
		} catch {
			return 'accountErrors.importUnreadable';
		}
		const features = (json as { features?: unknown })?.features;
		if ((json as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
			return 'accountErrors.importNotGeojson';
		}
		return features.map((feature, i) => {
			const { geometry, properties } = (feature ?? {}) as {
				geometry?: { type?: unknown; coordinates?: unknown };
				properties?: Properties;
			};
			const fields: Record<string, string> = {};
			for (const [key, value] of Object.entries(properties ?? {})) {
				// A place outside the four wards has none.
				if (key === 'ward' && value === null) fields.ward = 'outside';
				if (key === 'photos' || value === null || value === undefined) continue;
				fields[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
			}
			const coords = geometry?.type === 'Point' ? geometry.coordinates : null;
			if (Array.isArray(coords) && coords.length >= 2) {
				fields.lon = String(coords[0]);
				fields.lat = String(coords[1]);
			}
			return { line: i + 1, fields };
		});
	}
	const rows = parseCsv(text);
	if (!rows || rows.length === 0) return 'accountErrors.importUnreadable';
	const [header, ...body] = rows;
	const names = header.cells.map((c) => c.trim());
	if (!names.includes('name_vi') || !names.includes('lat')) return 'accountErrors.importColumns';
	return body
		.filter((row) => row.cells.some((c) => c.trim() !== ''))
		.map((row) => ({
			line: row.line,
			fields: Object.fromEntries(names.map((name, i) => [name, row.cells[i] ?? '']))
		}));
}

/**
 * Reads an import file (GeoJSON or CSV) and says what it would do, writing nothing: every row is
 * checked as the editor checks a form, and compared with the place of the same slug.
 */
export function checkPlacesImport(db: Db, text: string): ImportCheck {
	const rows = fileRows(text);
	if (typeof rows === 'string') return { problems: [{ line: 0, field: '', error: rows }] };
	if (rows.length === 0)
		return { problems: [{ line: 0, field: '', error: 'accountErrors.importEmpty' }] };
	if (rows.length > MAX_IMPORT_PLACES) {
		return { problems: [{ line: 0, field: '', error: 'accountErrors.importTooMany' }] };
	}
	const existing = new Map(allPlacesForEdit(db).map((p) => [p.slug, p]));
	const problems: ImportProblem[] = [];
	const places: PlaceInput[] = [];
	const result: ImportRow[] = [];
	const seen = new Set<string>();
	for (const { line, fields } of rows) {
		const data = new FormData();
		for (const [key, value] of Object.entries(fields)) data.set(key, value);
		const form = new FormReader(data);
		const place = readPlace(form, data, 'json');
		if (!place) {
			for (const [field, error] of Object.entries(form.errors))
				problems.push({ line, field, error });
			continue;
		}
		if (seen.has(place.slug)) {
			problems.push({ line, field: 'slug', error: 'accountErrors.importDuplicate' });
			continue;
		}
		seen.add(place.slug);
		const before = existing.get(place.slug) ?? null;
		const changed = before ? changedFields(before, place) : [];
		places.push(place);
		result.push({
			line,
			slug: place.slug,
			name: place.texts.vi?.name ?? '',
			status: !before ? 'added' : changed.length > 0 ? 'changed' : 'unchanged',
			changed
		});
	}
	return problems.length > 0 ? { problems } : { rows: result, places };
}

/** Writes a checked import: every place in one transaction, or none. */
export function importPlaces(db: Db, places: PlaceInput[], actor: Actor): number {
	return db
		.transaction(() => {
			const ids = new Map(allPlacesForEdit(db).map((p) => [p.slug, p.id]));
			let written = 0;
			for (const place of places) {
				const result = savePlace(db, ids.get(place.slug) ?? null, place, actor);
				if ('changed' in result && result.changed.length > 0) written++;
			}
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'places_imported',
				detail: `${written} of ${places.length}`
			});
			return written;
		})
		.immediate();
}
