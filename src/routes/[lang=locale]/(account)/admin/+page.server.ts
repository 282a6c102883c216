import type { PageServerLoad } from './$types';
import { listBusinesses } from '$lib/server/accounts/accounts';
import { AREAS, type Area } from '$lib/server/counting/arrivals';
import { requireRole } from '$lib/server/accounts/auth';
import {
	arrivalProgress,
	comparePeriods,
	indicators,
	readRange,
	resolutionOf
} from '$lib/server/counting/dashboard';
import { getDb } from '$lib/server/platform/db';
import { RARE_BELOW } from '$lib/server/counting/visits';

/** The department's dashboard: arrivals toward the targets, and the leading indicators beside them. */
export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const businesses = listBusinesses(db);
	const range = readRange(event.url.searchParams);
	const areaParam = event.url.searchParams.get('area');
	const area: Area = (AREAS as readonly string[]).includes(areaParam ?? '')
		? (areaParam as Area)
		: 'city';
	return {
		pending: businesses.filter((b) => b.status === 'pending').length,
		range,
		area,
		arrivals: arrivalProgress(db, Number(range.to.slice(0, 4)), area),
		comparison: comparePeriods(db, range, area),
		rare: RARE_BELOW,
		resolution: resolutionOf(db, event.locals.locale),
		...indicators(db, range)
	};
}) satisfies PageServerLoad;
