import type { PageServerLoad } from './$types';
import { requireBusiness } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { eventText, listOwnEvents } from '$lib/server/events/events';

export const load = ((event) => {
	const user = requireBusiness(event);
	return {
		businessStatus: user.businessStatus,
		events: listOwnEvents(getDb(), user.businessId).map((e) => ({
			id: e.id,
			title: eventText(e, event.locals.locale).title,
			status: e.status,
			startsAt: e.startsAt,
			weekdays: e.weekdays,
			hasPendingChanges: e.pendingChanges !== null,
			bookable: e.bookable && e.capacity !== null,
			rejectReason: e.rejectReason
		}))
	};
}) satisfies PageServerLoad;
