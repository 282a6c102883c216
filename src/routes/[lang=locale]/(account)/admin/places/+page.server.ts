import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { listPlacesForAdmin } from '$lib/server/places/place-edit';

export const load = ((event) => {
	requireRole(event, 'admin');
	return { places: listPlacesForAdmin(getDb()) };
}) satisfies PageServerLoad;
