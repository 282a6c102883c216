import type { PageServerLoad } from './$types';
import { listAudit } from '$lib/server/platform/audit';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';

const PAGE = 100;

export const load = ((event) => {
	requireRole(event, 'admin');
	const raw = event.url.searchParams.get('before');
	// A malformed paging parameter shows the newest page rather than an error.
	const before = raw && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
	const entries = listAudit(getDb(), { limit: PAGE, before });
	return { entries, older: entries.length === PAGE ? entries[entries.length - 1].id : null };
}) satisfies PageServerLoad;
