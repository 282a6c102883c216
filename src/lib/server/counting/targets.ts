// counting/: the resolution's targets, kept by the department (the migration enters the known ones).
import { prepared, type Db } from '../platform/db';
import { recordAudit, type Actor } from '../platform/audit';
import type { Milestone } from './progress';
import type { Area } from './arrivals';

export interface Target extends Milestone {
	area: Area;
}

export function listTargets(db: Db): Target[] {
	return prepared<[], Target>(
		db,
		"SELECT area, year, value FROM target WHERE metric = 'arrivals' ORDER BY area, year"
	).all();
}

/**
 * The targets for an area. The resolution's targets are read as the city's, so an area without its
 * own falls back to none rather than borrowing another's.
 */
export function targetsFor(db: Db, area: Area): Milestone[] {
	return listTargets(db)
		.filter((t) => t.area === area)
		.map(({ year, value }) => ({ year, value }));
}

/** Replaces every arrivals target with the given list, in one step. */
export function saveTargets(db: Db, targets: Target[], actor: Actor): void {
	db.transaction(() => {
		prepared(db, "DELETE FROM target WHERE metric = 'arrivals'").run();
		const insert = prepared(
			db,
			"INSERT INTO target (metric, area, year, value) VALUES ('arrivals', ?, ?, ?)"
		);
		for (const t of targets) insert.run(t.area, t.year, t.value);
		recordAudit(db, {
			actorId: actor.id,
			ip: actor.ip,
			action: 'targets_saved',
			detail: targets.map((t) => `${t.area} ${t.year}: ${t.value}`).join('; ')
		});
	}).immediate();
}
