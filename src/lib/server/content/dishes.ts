// content/: the dishes of the food guide and where to eat them, written by the department.
import type { Dish } from '$lib/guide';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';

interface Row {
	slug: string;
	localName: string;
	places: string;
	name: string;
	what: string;
	where: string;
	season: string;
	textLocale: Locale;
}

/** The dishes in the guide's order, texts in `locale` or Vietnamese where not translated. */
export function listDishes(db: Db, locale: Locale): (Dish & { textLocale: Locale })[] {
	const pick = (column: string) =>
		`CASE WHEN name_${locale} <> '' THEN ${column}_${locale} ELSE ${column}_vi END AS "${column}"`;
	return prepared<[], Row>(
		db,
		`SELECT slug, local_name AS localName, places, ${pick('name')}, ${pick('what')},
			${pick('where')}, ${pick('season')},
			CASE WHEN name_${locale} <> '' THEN '${locale}' ELSE 'vi' END AS textLocale
		FROM dish ORDER BY position, id`
	)
		.all()
		.map(({ slug, places, season, ...dish }) => ({
			...dish,
			id: slug,
			places: places.split(' ').filter(Boolean),
			...(season ? { season } : {})
		}));
}

/** A dish as the department edits it. */
export interface DishInput {
	slug: string;
	localName: string;
	places: string[];
	texts: Record<Locale, { name: string; what: string; where: string; season: string }>;
}

const FIELDS = ['name', 'what', 'where', 'season'] as const;

export function listDishesForEdit(db: Db): (DishInput & { id: number })[] {
	return prepared<[], Record<string, string | number>>(
		db,
		'SELECT * FROM dish ORDER BY position, id'
	)
		.all()
		.map((r) => ({
			id: Number(r.id),
			slug: String(r.slug),
			localName: String(r.local_name),
			places: String(r.places).split(' ').filter(Boolean),
			texts: Object.fromEntries(
				LOCALES.map((l) => [l, Object.fromEntries(FIELDS.map((f) => [f, String(r[`${f}_${l}`])]))])
			) as DishInput['texts']
		}));
}

/** Adds (`id` null, at the end of the guide) or changes a dish; false when the slug is taken. */
export function saveDish(db: Db, id: number | null, dish: DishInput, actor: Actor): boolean {
	return db
		.transaction(() => {
			const taken = prepared<[string], number>(db, 'SELECT id FROM dish WHERE slug = ?')
				.pluck()
				.get(dish.slug);
			if (taken !== undefined && taken !== id) return false;
			const columns = LOCALES.flatMap((l) => FIELDS.map((f) => `${f}_${l}`));
			const values = LOCALES.flatMap((l) => FIELDS.map((f) => dish.texts[l][f]));
			if (id === null) {
				prepared(
					db,
					`INSERT INTO dish (slug, local_name, places, position, ${columns.join(', ')})
					VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM dish),
						${columns.map(() => '?').join(', ')})`
				).run(dish.slug, dish.localName, dish.places.join(' '), ...values);
			} else {
				prepared(
					db,
					`UPDATE dish SET slug = ?, local_name = ?, places = ?,
						${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`
				).run(dish.slug, dish.localName, dish.places.join(' '), ...values, id);
			}
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'dish_saved',
				subject: `dish:${dish.slug}`
			});
			return true;
		})
		.immediate();
}

export function deleteDish(db: Db, id: number, actor: Actor): boolean {
	return db
		.transaction(() => {
			const slug = prepared<[number], string>(db, 'SELECT slug FROM dish WHERE id = ?')
				.pluck()
				.get(id);
			if (slug === undefined) return false;
			prepared(db, 'DELETE FROM dish WHERE id = ?').run(id);
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'dish_deleted',
				subject: `dish:${slug}`
			});
			return true;
		})
		.immediate();
}
