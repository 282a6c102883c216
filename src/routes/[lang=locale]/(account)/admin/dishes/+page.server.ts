import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { listDishesForEdit } from '$lib/server/content/dishes';

export const load = ((event) => {
	requireRole(event, 'admin');
	return { dishes: listDishesForEdit(getDb()) };
}) satisfies PageServerLoad;
