import type { PageServerLoad } from './$types';
import { arrivalProgress } from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';
import { localDate } from '$lib/recurrence';
import { nowSeconds } from '$lib/server/tokens';

/** Official arrivals against the resolution's targets, for everyone (the city's four wards). */
export const load = (() => {
	const year = Number(localDate(nowSeconds()).slice(0, 4));
	return { arrivals: arrivalProgress(getDb(), year, 'city') };
}) satisfies PageServerLoad;
