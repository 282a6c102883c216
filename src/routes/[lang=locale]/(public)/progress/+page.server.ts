import type { PageServerLoad } from './$types';
import { arrivalProgress } from '$lib/server/counting/dashboard';
import { identity } from '$lib/server/content/settings';
import { getDb } from '$lib/server/platform/db';
import { localDate } from '$lib/recurrence';
import { nowSeconds } from '$lib/server/platform/clock';

/** Official arrivals against the resolution's targets, for everyone (the city's four wards). */
export const load = (({ locals }) => {
	const db = getDb();
	const year = Number(localDate(nowSeconds()).slice(0, 4));
	const { resolution_name, resolution_number, resolution_date } = identity(db, locals.locale);
	return {
		arrivals: arrivalProgress(db, year, 'city'),
		resolution: { name: resolution_name, number: resolution_number, date: resolution_date }
	};
}) satisfies PageServerLoad;
