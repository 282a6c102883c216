import type { PageServerLoad } from './$types';
import { listOccurrenceBookings } from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { requireOwnEvent } from '../../editor';
import { eventText } from '$lib/server/events/events';
import { nowSeconds } from '$lib/server/platform/clock';

/** Seats taken and left on each date of the business's event: the last two weeks and the next 90 days. */
export const load = ((event) => {
	const { record } = requireOwnEvent(event);
	const now = nowSeconds();
	return {
		event: {
			id: record.id,
			title: eventText(record, event.locals.locale).title,
			bookable: record.bookable,
			capacity: record.capacity
		},
		occurrences: listOccurrenceBookings(getDb(), record, now - 14 * 86400, now + 90 * 86400),
		now
	};
}) satisfies PageServerLoad;
