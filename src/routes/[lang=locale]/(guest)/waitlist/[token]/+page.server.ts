import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getSeatStatus } from '$lib/server/bookings/bookings';
import { acceptOffer, getWaitByToken, leaveWaitlist } from '$lib/server/bookings/waitlist';
import { getDb } from '$lib/server/platform/db';
import { venueOf } from '$lib/server/events/event-views';
import { eventText, getEvent } from '$lib/server/events/events';
import { formFailure, formAction } from '$lib/server/platform/form';
import { nowSeconds } from '$lib/server/platform/clock';
import { getTranslators } from '$lib/i18n/translator';

/** A waiting party's own page, opened by its private link (or its offer's); anything else is 404. */
export const load = (({ params, locals }) => {
	const db = getDb();
	const entry = getWaitByToken(db, params.token);
	const event = entry && getEvent(db, entry.eventId);
	if (!entry || !event) error(404, 'errors.notFoundText');
	const text = eventText(event, locals.locale);
	const seats = getSeatStatus(db, entry.eventId, entry.date);
	return {
		entry: {
			status: entry.status,
			party: entry.party,
			name: entry.name,
			startsAt: entry.startsAt,
			endsAt: entry.endsAt,
			date: entry.date,
			offerExpiresAt: entry.offerExpiresAt,
			ahead: entry.ahead
		},
		event: { id: event.id, title: text.title, textLocale: text.locale },
		venue: venueOf(db, event, locals.locale).name,
		// The date called off or begun: nothing more can be offered.
		over: !seats || seats.state === 'cancelled' || seats.state === 'started'
	};
}) satisfies PageServerLoad;

export const actions = {
	accept: formAction(async ({ params, locals, url }) => {
		const outcome = acceptOffer(
			getDb(),
			params.token,
			await getTranslators(),
			nowSeconds(),
			url.origin
		);
		if (outcome.kind === 'notFound') error(404, 'errors.notFoundText');
		switch (outcome.kind) {
			case 'booked':
				return redirect(303, `/${locals.locale}/bookings/${outcome.token}?new`);
			case 'lapsed':
				return formFailure(409, { message: 'waitlistPage.lapsedNow' });
			case 'alreadyBooked':
				return formFailure(409, { message: 'waitlistPage.alreadyBooked' });
			default:
				return formFailure(409, { message: 'waitlistPage.notOffered' });
		}
	}),
	leave: formAction(async ({ params, url }) => {
		const result = leaveWaitlist(
			getDb(),
			params.token,
			await getTranslators(),
			nowSeconds(),
			url.origin
		);
		if (result === 'notFound') error(404, 'errors.notFoundText');
		return { left: true };
	})
} satisfies Actions;
