import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { listArrivals } from '$lib/server/counting/arrivals';
import {
	arrivalProgress,
	comparePeriods,
	indicators,
	resolutionOf
} from '$lib/server/counting/dashboard';
import { RARE_BELOW } from '$lib/server/counting/visits';
import { shiftMonth } from '$lib/server/counting/compare';
import { identity } from '$lib/server/content/settings';
import { localDate, addDays } from '$lib/recurrence';
import { nowSeconds } from '$lib/server/platform/clock';
import { getDb } from '$lib/server/platform/db';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The month's figures for the province, on paper: `?month=YYYY-MM` (this month by default). A
 * month that is not one, or has not begun, says so and shows the last whole month instead.
 */
export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const today = localDate(nowSeconds());
	const asked = event.url.searchParams.get('month');
	const valid =
		asked !== null && MONTH.test(asked) && asked >= '2000-01' && asked <= today.slice(0, 7);
	const lastWhole = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
	const month = valid ? asked : lastWhole;
	const y = Number(month.slice(0, 4));
	const range = { from: `${month}-01`, to: addDays(`${shiftMonth(month, 1)}-01`, -1) };
	return {
		month,
		range,
		problem: asked !== null && !valid ? 'errors.invalidMonth' : null,
		department: identity(db, event.locals.locale).department_name,
		resolution: resolutionOf(db, event.locals.locale),
		arrivalsOfMonth: listArrivals(db, { from: month, to: month }),
		arrivals: arrivalProgress(db, y, 'city'),
		comparison: comparePeriods(db, range, 'city'),
		rare: RARE_BELOW,
		...indicators(db, range)
	};
}) satisfies PageServerLoad;
