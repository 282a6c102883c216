import type { PageServerLoad } from './$types';
import { arrivalProgress } from '$lib/server/counting/dashboard';
import { getDb } from '$lib/server/platform/db';
import { localDate } from '$lib/recurrence';
import { nowSeconds } from '$lib/server/platform/clock';

/** Official arrivals against the resolution's targets, for everyone (the city's four wards). */
export const load = (() => {
	const year = Number(localDate(nowSeconds()).slice(0, 4));
	return { arrivals: arrivalProgress(getDb(), year, 'city') };
}) satisfies PageServerLoad;
