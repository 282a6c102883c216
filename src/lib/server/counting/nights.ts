import { recordAudit, type Actor } from '../platform/audit';
import { prepared, type Db } from '../platform/db';
import { nowSeconds } from '../platform/clock';

/** Walking-street nights (DESIGN.md, series 4): optional headcounts the department enters. */

export interface StreetNight {
	date: string;
	headcount: number;
	note: string;
}

export function saveStreetNight(
	db: Db,
	night: StreetNight,
	admin: Actor,
	now = nowSeconds()
): void {
	db.transaction(() => {
		prepared(
			db,
			`INSERT INTO street_night (date, headcount, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (date) DO UPDATE SET headcount = excluded.headcount, note = excluded.note,
				updated_by = excluded.updated_by, updated_at = excluded.updated_at`
		).run(night.date, night.headcount, night.note, admin.id, now);
		recordAudit(
			db,
			{
				actorId: admin.id,
				action: 'street_night_saved',
				subject: `night:${night.date}`,
				detail: String(night.headcount),
				ip: admin.ip
			},
			now
		);
	}).immediate();
}

export function listStreetNights(db: Db, from: string, to: string): StreetNight[] {
	return prepared<[string, string], StreetNight>(
		db,
		'SELECT date, headcount, note FROM street_night WHERE date BETWEEN ? AND ? ORDER BY date'
	).all(from, to);
}
