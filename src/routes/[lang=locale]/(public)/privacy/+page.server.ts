import type { PageServerLoad } from './$types';
import { retentionDays } from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { showPage } from '$lib/server/content/pages';
import { identity } from '$lib/server/content/settings';

export const load = (({ locals }) => {
	const db = getDb();
	return {
		page: showPage(db, 'privacy', locals.locale, { booking_days: retentionDays() }),
		identity: identity(db, locals.locale)
	};
}) satisfies PageServerLoad;
