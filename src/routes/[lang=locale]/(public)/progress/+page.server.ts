import type { PageServerLoad } from './$types';
import { publicProgress } from '$lib/server/counting/dashboard';
import { getDb } from '$lib/server/platform/db';

/** Official arrivals against the resolution's targets, for everyone (the city's four wards). */
export const load = (({ locals }) =>
	publicProgress(getDb(), locals.locale)) satisfies PageServerLoad;
