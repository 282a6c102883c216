// The department's side of places: the full record as the editor and the open-data files hold it,
// saved in one transaction with its texts and an audit entry naming what changed.
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { parseOpeningHours, type OpeningHours } from '$lib/opening-hours';
import type { PlaceCategory } from '$lib/place-categories';
import type { Ward } from '$lib/business';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';
import { nowSeconds } from '../platform/clock';

export interface PlaceText {
	name: string;
	summary: string;
	description: string;
	address: string;
	gettingThere: string;
	hoursNote: string;
	accessibility: string;
}

/** Everything the department sets on a place. A language without a name is not written. */
export interface PlaceInput {
	slug: string;
	category: PlaceCategory;
	ward: Ward | null;
	commune: string;
	lat: number;
	lon: number;
	precisionM: number;
	hours: OpeningHours | null;
	feeVnd: number | null;
	feeYear: number | null;
	phone: string;
	website: string;
	checkedOn: string | null;
	published: boolean;
	texts: Partial<Record<Locale, PlaceText>>;
}

export const EMPTY_TEXT: PlaceText = {
	name: '',
	summary: '',
	description: '',
	address: '',
	gettingThere: '',
	hoursNote: '',
	accessibility: ''
};

interface PlaceRow extends Omit<PlaceInput, 'hours' | 'published' | 'texts'> {
	id: number;
	hours: string | null;
	published: number;
}

const PLACE_COLUMNS = `id, slug, category, ward, commune, lat, lon, precision_m AS precisionM,
	opening_hours AS hours, fee_vnd AS feeVnd, fee_year AS feeYear, phone, website,
	checked_on AS checkedOn, published`;

function textsOf(db: Db, placeId: number): Partial<Record<Locale, PlaceText>> {
	const rows = prepared<[number], PlaceText & { locale: Locale }>(
		db,
		`SELECT locale, name, summary, description, address, getting_there AS gettingThere,
			hours_note AS hoursNote, accessibility
		FROM place_text WHERE place_id = ?`
	).all(placeId);
	return Object.fromEntries(rows.map(({ locale, ...text }) => [locale, text]));
}

function toInput(db: Db, row: PlaceRow): PlaceInput & { id: number } {
	return {
		...row,
		hours: parseOpeningHours(row.hours),
		published: row.published === 1,
		texts: textsOf(db, row.id)
	};
}

/** One place as the editor shows it, published or not. */
export function placeForEdit(db: Db, slug: string): (PlaceInput & { id: number }) | null {
	const row = prepared<[string], PlaceRow>(
		db,
		`SELECT ${PLACE_COLUMNS} FROM place WHERE slug = ?`
	).get(slug);
	return row ? toInput(db, row) : null;
}

/** Every place, published or not, in the order the site lists them (for export and import). */
export function allPlacesForEdit(db: Db): (PlaceInput & { id: number })[] {
	return prepared<[], PlaceRow>(db, `SELECT ${PLACE_COLUMNS} FROM place ORDER BY sort_order, id`)
		.all()
		.map((row) => toInput(db, row));
}

export interface AdminPlaceRow {
	slug: string;
	name: string;
	category: PlaceCategory;
	published: boolean;
	photos: number;
	checkedOn: string | null;
	/** Languages with a text, Vietnamese always among them. */
	locales: Locale[];
}

export function listPlacesForAdmin(db: Db): AdminPlaceRow[] {
	return prepared<
		[],
		Omit<AdminPlaceRow, 'published' | 'locales'> & { published: number; locales: string }
	>(
		db,
		`SELECT p.slug, v.name, p.category, p.published, p.checked_on AS checkedOn,
			(SELECT count(*) FROM photo WHERE place_id = p.id) AS photos,
			(SELECT group_concat(locale) FROM place_text WHERE place_id = p.id) AS locales
		FROM place p JOIN place_text v ON v.place_id = p.id AND v.locale = 'vi'
		ORDER BY p.sort_order, p.id`
	)
		.all()
		.map((r) => ({
			...r,
			published: r.published === 1,
			locales: LOCALES.filter((l) => r.locales.split(',').includes(l))
		}));
}

/** The names of the fields that differ, for the audit log ("texts.en.name, hours"). */
export function changedFields(before: PlaceInput | null, after: PlaceInput): string[] {
	if (!before) return ['created'];
	const changed: string[] = [];
	for (const key of Object.keys(after) as (keyof PlaceInput)[]) {
		if (key === 'texts') continue;
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.push(key);
	}
	for (const locale of LOCALES) {
		const [a, b] = [before.texts[locale] ?? EMPTY_TEXT, after.texts[locale] ?? EMPTY_TEXT];
		for (const key of Object.keys(EMPTY_TEXT) as (keyof PlaceText)[]) {
			if (a[key] !== b[key]) changed.push(`${key}.${locale}`);
		}
	}
	return changed;
}

export type SaveResult =
	{ slug: string; changed: string[] } | { problem: 'accountErrors.slugTaken' };

/**
 * Creates a place (`id` null) or replaces one's fields and texts. Nothing is written when nothing
 * changed; otherwise the audit log names the fields.
 */
export function savePlace(
	db: Db,
	id: number | null,
	input: PlaceInput,
	actor: Actor | null,
	now = nowSeconds()
): SaveResult {
	return db
		.transaction((): SaveResult => {
			const taken = prepared<[string], number>(db, 'SELECT id FROM place WHERE slug = ?')
				.pluck()
				.get(input.slug);
			if (taken !== undefined && taken !== id) return { problem: 'accountErrors.slugTaken' };
			const before = id === null ? null : (allPlacesForEdit(db).find((p) => p.id === id) ?? null);
			const changed = changedFields(before, input);
			if (changed.length === 0) return { slug: input.slug, changed };
			const values = [
				input.slug,
				input.category,
				input.ward,
				input.commune,
				input.lat,
				input.lon,
				input.precisionM,
				input.hours ? JSON.stringify(input.hours) : null,
				input.feeVnd,
				input.feeYear,
				input.phone,
				input.website,
				input.checkedOn,
				input.published ? 1 : 0,
				now
			];
			let placeId = id;
			if (placeId === null) {
				placeId = Number(
					prepared(
						db,
						`INSERT INTO place (slug, category, ward, commune, lat, lon, precision_m, opening_hours,
							fee_vnd, fee_year, phone, website, checked_on, published, updated_at, sort_order)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
							(SELECT coalesce(max(sort_order), -1) + 1 FROM place))`
					).run(...values).lastInsertRowid
				);
			} else {
				prepared(
					db,
					`UPDATE place SET slug = ?, category = ?, ward = ?, commune = ?, lat = ?, lon = ?,
						precision_m = ?, opening_hours = ?, fee_vnd = ?, fee_year = ?, phone = ?, website = ?,
						checked_on = ?, published = ?, updated_at = ?
					WHERE id = ?`
				).run(...values, placeId);
			}
			prepared(db, 'DELETE FROM place_text WHERE place_id = ?').run(placeId);
			const insertText = prepared(
				db,
				`INSERT INTO place_text (place_id, locale, name, summary, description, address,
					getting_there, hours_note, accessibility)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
			);
			for (const locale of LOCALES) {
				const t = input.texts[locale];
				if (!t?.name) continue;
				insertText.run(
					placeId,
					locale,
					t.name,
					t.summary,
					t.description,
					t.address,
					t.gettingThere,
					t.hoursNote,
					t.accessibility
				);
			}
			recordAudit(
				db,
				{
					actorId: actor?.id,
					ip: actor?.ip,
					action: before ? 'place_updated' : 'place_created',
					subject: `place:${input.slug}`,
					detail: changed.join(', ')
				},
				now
			);
			return { slug: input.slug, changed };
		})
		.immediate();
}

/** Deletes a place and its photos; refused while an event takes place there. */
export function deletePlace(
	db: Db,
	slug: string,
	actor: Actor
): 'deleted' | 'accountErrors.placeInUse' | 'errors.statusConflict' {
	return db
		.transaction(() => {
			const id = prepared<[string], number>(db, 'SELECT id FROM place WHERE slug = ?')
				.pluck()
				.get(slug);
			if (id === undefined) return 'errors.statusConflict';
			const used = prepared<[number], number>(db, 'SELECT count(*) FROM event WHERE place_id = ?')
				.pluck()
				.get(id)!;
			if (used > 0) return 'accountErrors.placeInUse';
			// Photo rows go with the place; their files are swept by the housekeeping.
			prepared(db, 'DELETE FROM place WHERE id = ?').run(id);
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'place_deleted',
				subject: `place:${slug}`
			});
			return 'deleted';
		})
		.immediate();
}
