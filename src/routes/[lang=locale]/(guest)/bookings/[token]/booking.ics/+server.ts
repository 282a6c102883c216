import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { displayCode, getBookingByToken } from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { icsResponse } from '$lib/server/events/event-feeds';
import { venueOf } from '$lib/server/events/event-views';
import { eventText, getEvent } from '$lib/server/events/events';
import { buildCalendar } from '$lib/server/events/ics';

/** The booked occurrence as a one-event calendar, with the booking code in its description. */
export const GET: RequestHandler = ({ params, locals, url }) => {
	const db = getDb();
	const booking = getBookingByToken(db, params.token);
	const event = booking && getEvent(db, booking.eventId);
	if (!booking || !event) error(404, 'errors.notFoundText');
	const text = eventText(event, locals.locale);
	const venue = venueOf(db, event, locals.locale);
	const details = locals.t('booking.icsDescription', {
		code: displayCode(booking.code),
		count: booking.party
	});
	// The page itself: the guest's private link, kept in their calendar.
	const manage = `${url.origin}${url.pathname.replace(/\/booking\.ics$/, '')}`;
	const keep = locals.t('booking.icsManage', { url: manage });
	const ics = buildCalendar(text.title, [
		{
			uid: `booking-${booking.code}@${url.host}`,
			summary: text.title,
			description: `${details}\n${keep}\n\n${text.description}`,
			location: venue.name,
			geo: venue.lat !== null && venue.lon !== null ? { lat: venue.lat, lon: venue.lon } : null,
			url: manage,
			startsAt: booking.startsAt,
			endsAt: booking.endsAt,
			weekdays: 0,
			untilDate: null,
			skipped: [],
			cancelled: [],
			eventCancelled: booking.status === 'cancelled',
			updatedAt: booking.createdAt
		}
	]);
	return icsResponse(ics, `booking-${booking.code}.ics`, 'private, no-store');
};
