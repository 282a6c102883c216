import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { listOutbox } from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';

/** The newest messages the portal would have e-mailed (sending is off unless configured). */
export const load = ((event) => {
	requireRole(event, 'admin');
	return { messages: listOutbox(getDb(), 200) };
}) satisfies PageServerLoad;
