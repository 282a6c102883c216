import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { displayCode, getBookingByToken } from '$lib/server/bookings/bookings';
import { cancelAndOffer } from '$lib/server/bookings/waitlist';
import { getDb } from '$lib/server/platform/db';
import { venueOf } from '$lib/server/events/event-views';
import { eventText, getEvent } from '$lib/server/events/events';
import { formFailure, formAction } from '$lib/server/platform/form';
import { nowSeconds } from '$lib/server/platform/clock';
import { getTranslators } from '$lib/i18n/translator';
import { ticketQr } from '$lib/server/bookings/ticket';

/** A guest's own booking, opened by the private link; any other token is a plain 404. */
export const load = (async ({ params, locals, url, setHeaders }) => {
	const db = getDb();
	// The guest may keep their own booking on the phone (the service worker stores what is not
	// no-store); a signed-in officer's view of it stays private.
	if (!locals.user) setHeaders({ 'cache-control': 'private, no-cache' });
	const booking = getBookingByToken(db, params.token);
	const event = booking && getEvent(db, booking.eventId);
	if (!booking || !event) error(404, 'errors.notFoundText');
	const text = eventText(event, locals.locale);
	const now = nowSeconds();
	return {
		booking: {
			code: displayCode(booking.code),
			name: booking.name,
			phone: booking.phone,
			email: booking.email,
			party: booking.party,
			status: booking.status,
			cancelledBy: booking.cancelledBy,
			checkedIn: booking.checkedInAt !== null,
			startsAt: booking.startsAt,
			endsAt: booking.endsAt,
			erased: booking.erasedAt !== null,
			canCancel:
				booking.status === 'confirmed' && booking.startsAt > now && booking.checkedInAt === null
		},
		event: {
			id: event.id,
			title: text.title,
			textLocale: text.locale,
			organiser: event.businessName,
			contact: event.contact,
			priceVnd: event.priceVnd
		},
		venue: venueOf(db, event, locals.locale).name,
		// The ticket at the door: shown while the booking stands.
		qr: booking.status === 'confirmed' ? await ticketQr(displayCode(booking.code)) : null,
		isNew: url.searchParams.has('new'),
		manageUrl: `${url.origin}${url.pathname}`
	};
}) satisfies PageServerLoad;

export const actions = {
	cancel: formAction(async ({ params, url }) => {
		// The seats go back, and to the first waiting party they fit, in the same transaction.
		const result = cancelAndOffer(
			getDb(),
			params.token,
			await getTranslators(),
			nowSeconds(),
			url.origin
		);
		if (result === 'notFound') error(404, 'errors.notFoundText');
		if (result === 'tooLate') return formFailure(409, { message: 'booking.tooLate' });
		return { cancelled: true };
	})
} satisfies Actions;
