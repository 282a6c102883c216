import type { PageServerLoad } from './$types';
import { listBusinesses } from '$lib/server/accounts';
import { requireRole } from '$lib/server/auth';
import { getDb } from '$lib/server/db';

export const load = ((event) => {
	requireRole(event, 'admin');
	const businesses = listBusinesses(getDb());
	return {
		pending: businesses.filter((b) => b.status === 'pending').length,
		total: businesses.length
	};
}) satisfies PageServerLoad;
