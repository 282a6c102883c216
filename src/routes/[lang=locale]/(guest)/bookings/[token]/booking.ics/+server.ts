import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getBookingByToken } from '$lib/server/bookings/bookings';
import { bookingCalendar } from '$lib/server/bookings/booking-mail';
import { getDb } from '$lib/server/platform/db';
import { icsResponse } from '$lib/server/events/event-feeds';
import { getEvent } from '$lib/server/events/events';

/** The booked occurrence as a one-event calendar, with the booking code in its description. */
export const GET: RequestHandler = ({ params, locals, url }) => {
	const db = getDb();
	const booking = getBookingByToken(db, params.token);
	const event = booking && getEvent(db, booking.eventId);
	if (!booking || !event) error(404, 'errors.notFoundText');
	// The page itself: the guest's private link, kept in their calendar.
	const manage = `${url.origin}${url.pathname.replace(/\/booking\.ics$/, '')}`;
	const ics = bookingCalendar(db, locals.t, { ...booking, locale: locals.locale }, event, {
		host: url.host,
		link: manage,
		manageLink: manage,
		updatedAt: booking.createdAt
	});
	return icsResponse(ics, `booking-${booking.code}.ics`, 'private, no-store');
};
