// Photos of places and guide pages: stored by sharp (photos.ts), described and credited here.
import type { Locale } from '$lib/i18n/locales';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';
import { nowSeconds } from '../platform/clock';

export interface PlacePhoto {
	id: number;
	/** The largest JPEG variant; Photo.svelte finds the others. */
	file: string;
	width: number;
	height: number;
	/** In the asked language, or Vietnamese when not translated. */
	alt: string;
	credit: string;
	licence: string;
}

export interface PhotoTexts {
	alt: Record<Locale, string>;
	credit: string;
	licence: string;
}

const COLUMNS = (locale: Locale) =>
	`ph.id, ph.file, ph.width, ph.height, coalesce(nullif(ph.alt_${locale}, ''), ph.alt_vi) AS alt,
	ph.credit, ph.licence`;

/** Whose photos: a place's (by id) or a guide page's (by its key). */
export type PhotoOwner = { placeId: number } | { page: string };

const OWNER = (owner: PhotoOwner) =>
	'placeId' in owner
		? { where: 'place_id = ?', value: owner.placeId as number | string }
		: { where: 'page = ?', value: owner.page as number | string };

export function photosOf(db: Db, owner: PhotoOwner, locale: Locale): PlacePhoto[] {
	const { where, value } = OWNER(owner);
	return prepared<[number | string], PlacePhoto>(
		db,
		`SELECT ${COLUMNS(locale)} FROM photo ph WHERE ${where} ORDER BY position, id`
	).all(value);
}

export const placePhotos = (db: Db, placeId: number, locale: Locale) =>
	photosOf(db, { placeId }, locale);

/** Each published place's cover (its first photo), by slug. */
export function coverPhotos(db: Db, locale: Locale): Map<string, PlacePhoto> {
	const rows = prepared<[], PlacePhoto & { slug: string }>(
		db,
		`SELECT p.slug, ${COLUMNS(locale)}
		FROM photo ph JOIN place p ON p.id = ph.place_id
		WHERE ph.position = (SELECT min(position) FROM photo WHERE place_id = p.id)
		ORDER BY ph.id DESC`
	).all();
	return new Map(rows.map(({ slug, ...photo }) => [slug, photo]));
}

/** Photos with every language's alt text, for the editor. */
export function photosForEdit(db: Db, owner: PhotoOwner): (Omit<PlacePhoto, 'alt'> & PhotoTexts)[] {
	const { where, value } = OWNER(owner);
	return prepared<
		[number | string],
		PlacePhoto & { alt_vi: string; alt_en: string; alt_zh: string }
	>(
		db,
		`SELECT ${COLUMNS('vi')}, alt_vi, alt_en, alt_zh FROM photo ph WHERE ${where}
		ORDER BY position, id`
	)
		.all(value)
		.map(({ alt_vi, alt_en, alt_zh, ...photo }) => ({
			...photo,
			alt: { vi: alt_vi, en: alt_en, zh: alt_zh }
		}));
}

export function addPhoto(
	db: Db,
	owner: PhotoOwner,
	stored: { file: string; width: number; height: number },
	texts: PhotoTexts,
	actor: Actor
): void {
	const { where, value } = OWNER(owner);
	db.transaction(() => {
		prepared(
			db,
			`INSERT INTO photo (place_id, page, file, width, height, position, alt_vi, alt_en, alt_zh,
				credit, licence, created_at)
			VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM photo WHERE ${where}),
				?, ?, ?, ?, ?, ?)`
		).run(
			'placeId' in owner ? owner.placeId : null,
			'page' in owner ? owner.page : null,
			stored.file,
			stored.width,
			stored.height,
			value,
			texts.alt.vi,
			texts.alt.en,
			texts.alt.zh,
			texts.credit,
			texts.licence,
			nowSeconds()
		);
		audit(db, 'photo_added', owner, stored.file, actor);
	}).immediate();
}

function audit(
	db: Db,
	action: 'photo_added' | 'photo_updated' | 'photo_removed',
	owner: PhotoOwner,
	detail: string,
	actor: Actor
): void {
	const subject =
		'page' in owner
			? `page:${owner.page}`
			: `place:${prepared<[number], string>(db, 'SELECT slug FROM place WHERE id = ?').pluck().get(owner.placeId)}`;
	recordAudit(db, { actorId: actor.id, ip: actor.ip, action, subject, detail });
}

/** Changes a photo's texts; false when it is not one of the place's. */
export function updatePhoto(
	db: Db,
	owner: PhotoOwner,
	photoId: number,
	texts: PhotoTexts,
	actor: Actor
): boolean {
	return db
		.transaction(() => {
			const { changes } = prepared(
				db,
				`UPDATE photo SET alt_vi = ?, alt_en = ?, alt_zh = ?, credit = ?, licence = ?
				WHERE id = ? AND ${OWNER(owner).where}`
			).run(
				texts.alt.vi,
				texts.alt.en,
				texts.alt.zh,
				texts.credit,
				texts.licence,
				photoId,
				OWNER(owner).value
			);
			if (changes) audit(db, 'photo_updated', owner, `photo ${photoId}`, actor);
			return changes > 0;
		})
		.immediate();
}

/**
 * Moves a photo: 'cover' puts it first, 'up'/'down' swap it with its neighbour. Positions are
 * renumbered 0… so they stay distinct.
 */
export function movePhoto(
	db: Db,
	owner: PhotoOwner,
	photoId: number,
	move: 'cover' | 'up' | 'down',
	actor: Actor
): boolean {
	return db
		.transaction(() => {
			const { where, value } = OWNER(owner);
			const ids = prepared<[number | string], number>(
				db,
				`SELECT id FROM photo WHERE ${where} ORDER BY position, id`
			)
				.pluck()
				.all(value);
			const at = ids.indexOf(photoId);
			if (at < 0) return false;
			const to =
				move === 'cover'
					? 0
					: move === 'up'
						? Math.max(0, at - 1)
						: Math.min(ids.length - 1, at + 1);
			ids.splice(at, 1);
			ids.splice(to, 0, photoId);
			const set = prepared(db, 'UPDATE photo SET position = ? WHERE id = ?');
			ids.forEach((id, position) => set.run(position, id));
			audit(db, 'photo_updated', owner, `photo ${photoId} ${move}`, actor);
			return true;
		})
		.immediate();
}

/** Removes a photo; its files are swept by the housekeeping a day later. */
export function removePhoto(db: Db, owner: PhotoOwner, photoId: number, actor: Actor): boolean {
	return db
		.transaction(() => {
			const { where, value } = OWNER(owner);
			const { changes } = prepared(db, `DELETE FROM photo WHERE id = ? AND ${where}`).run(
				photoId,
				value
			);
			if (changes) audit(db, 'photo_removed', owner, `photo ${photoId}`, actor);
			return changes > 0;
		})
		.immediate();
}
