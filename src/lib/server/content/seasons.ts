// content/: what the city is known for at each time of year ("in season now" on the home page).
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { vietnamParts } from '$lib/i18n/format';
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';

export interface SeasonRow {
	id: number;
	starts: string;
	ends: string;
	title: Record<Locale, string>;
	text: Record<Locale, string>;
}

export interface ShownSeason {
	id: number;
	title: string;
	text: string;
	textLocale: Locale;
}

type Flat = { id: number; starts: string; ends: string } & Record<string, string | number>;

function unflatten(row: Flat): SeasonRow {
	const per = (prefix: string) =>
		Object.fromEntries(LOCALES.map((l) => [l, String(row[`${prefix}_${l}`])])) as Record<
			Locale,
			string
		>;
	return { id: row.id, starts: row.starts, ends: row.ends, title: per('title'), text: per('text') };
}

export function listSeasons(db: Db): SeasonRow[] {
	return prepared<[], Flat>(db, 'SELECT * FROM season ORDER BY starts, id').all().map(unflatten);
}

/** Whether a month-day (MM-DD) falls in a season, which may run over the new year. */
export function inSeason(monthDay: string, starts: string, ends: string): boolean {
	return starts <= ends
		? starts <= monthDay && monthDay <= ends
		: monthDay >= starts || monthDay <= ends;
}

/** The season of a moment in Lạng Sơn, in a language; null when none is set for the day. */
export function seasonAt(db: Db, unixSeconds: number, locale: Locale): ShownSeason | null {
	const { month, day } = vietnamParts(unixSeconds);
	const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const season = listSeasons(db).find((s) => inSeason(monthDay, s.starts, s.ends));
	if (!season) return null;
	const textLocale: Locale = season.title[locale] ? locale : 'vi';
	return {
		id: season.id,
		title: season.title[textLocale],
		text: season.text[textLocale],
		textLocale
	};
}

/** Adds (`id` null) or changes a season. */
export function saveSeason(
	db: Db,
	id: number | null,
	season: Omit<SeasonRow, 'id'>,
	actor: Actor
): boolean {
	return db
		.transaction(() => {
			const values = [
				season.starts,
				season.ends,
				...LOCALES.map((l) => season.title[l]),
				...LOCALES.map((l) => season.text[l])
			];
			const { changes } =
				id === null
					? prepared(
							db,
							`INSERT INTO season (starts, ends, title_vi, title_en, title_zh, text_vi, text_en,
								text_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
						).run(...values)
					: prepared(
							db,
							`UPDATE season SET starts = ?, ends = ?, title_vi = ?, title_en = ?, title_zh = ?,
								text_vi = ?, text_en = ?, text_zh = ? WHERE id = ?`
						).run(...values, id);
			if (changes > 0) {
				recordAudit(db, {
					actorId: actor.id,
					ip: actor.ip,
					action: 'season_saved',
					subject: `season:${season.title.vi}`,
					detail: `${season.starts} – ${season.ends}`
				});
			}
			return changes > 0;
		})
		.immediate();
}

export function deleteSeason(db: Db, id: number, actor: Actor): boolean {
	return db
		.transaction(() => {
			const title = prepared<[number], string>(db, 'SELECT title_vi FROM season WHERE id = ?')
				.pluck()
				.get(id);
			if (title === undefined) return false;
			prepared(db, 'DELETE FROM season WHERE id = ?').run(id);
			recordAudit(db, {
				actorId: actor.id,
				ip: actor.ip,
				action: 'season_deleted',
				subject: `season:${title}`
			});
			return true;
		})
		.immediate();
}
