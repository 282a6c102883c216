import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getBusiness } from '$lib/server/accounts/accounts';
import { requireBusiness } from '$lib/server/accounts/auth';
import { eventText, listOwnEvents } from '$lib/server/events/events';
import { getDb } from '$lib/server/platform/db';

export const load = ((event) => {
	const user = requireBusiness(event);
	const db = getDb();
	const business = getBusiness(db, user.businessId);
	if (!business) error(404, 'errors.notFoundText');
	const bookable = listOwnEvents(db, user.businessId)
		.filter((e) => e.bookable && e.capacity !== null)
		.map((e) => ({ id: e.id, title: eventText(e, event.locals.locale).title }));
	return { business, bookable };
}) satisfies PageServerLoad;
