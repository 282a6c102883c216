import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { seatsLeftByDate } from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { venueOf } from '$lib/server/events/event-views';
import {
	createReport,
	eventText,
	getPublicEvent,
	publicSchedule,
	WALKING_STREET
} from '$lib/server/events/events';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { upcomingNotices } from '$lib/server/events/notices';
import { Throttle } from '$lib/server/platform/throttle';
import { tileConfig } from '$lib/server/platform/tiles';
import { nowSeconds } from '$lib/server/platform/clock';

/** Reports from one address: 5 an hour. */
const reportsByIp = new Throttle({ max: 5, windowSeconds: 3600 });

export const load = (({ params, locals }) => {
	const db = getDb();
	const event = getPublicEvent(db, Number(params.id));
	if (!event) error(404, 'errors.notFoundText');
	const now = nowSeconds();
	const text = eventText(event, locals.locale);
	const venue = venueOf(db, event, locals.locale);
	const upcoming = publicSchedule(event, now, now + 366 * 86400).slice(0, 8);
	const next =
		upcoming[0] ?? publicSchedule(event, event.startsAt - 1, event.endsAt + 1)[0] ?? null;
	const seats = event.bookable && event.capacity !== null ? seatsLeftByDate(db, event) : null;
	// The department's notices for the nights this event is on, each with its date.
	const dates = new Set(upcoming.map((o) => o.date));
	const notices =
		venue.placeSlug === WALKING_STREET
			? upcomingNotices(db, locals.locale, now).filter((n) => dates.has(n.date))
			: [];
	return {
		event: {
			id: event.id,
			title: text.title,
			description: text.description,
			textLocale: text.locale,
			category: event.category,
			cancelled: event.status === 'cancelled',
			priceVnd: event.priceVnd,
			capacity: event.capacity,
			contact: event.contact,
			organiser: event.businessName,
			image: event.image,
			imageAlt: event.imageAlt[locals.locale] || event.imageAlt.vi,
			imageCredit: event.imageCredit || event.businessName,
			weekly: event.weekdays !== 0,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			updatedAt: event.updatedAt
		},
		venue,
		next,
		upcoming,
		// Dates that can be booked, with the seats left on each (null: not bookable here).
		bookable:
			seats && event.status !== 'cancelled'
				? upcoming
						.filter((o) => !o.cancelled && o.startsAt > now)
						.map((o) => ({
							date: o.date,
							startsAt: o.startsAt,
							left: seats.get(o.date) ?? event.capacity!
						}))
				: null,
		notices,
		tiles: tileConfig()
	};
}) satisfies PageServerLoad;

export const actions = {
	report: formAction(async ({ params, getClientAddress }, data) => {
		const form = new FormReader(data);
		// A field people never see: only form-filling robots put something in it.
		const trap = form.text('website', { required: false, max: 200, keep: false });
		const message = form.text('message', { max: 2000, multiline: true });
		if (!form.ok || message === null)
			return formFailure(400, { values: form.values, errors: form.errors });
		const ip = getClientAddress();
		const wait = reportsByIp.retryAfter(ip);
		if (wait > 0) {
			return formFailure(429, {
				message: 'errors.throttled',
				params: { count: Math.ceil(wait / 60) }
			});
		}
		reportsByIp.hit(ip);
		if (!trap && !createReport(getDb(), Number(params.id), message)) {
			error(404, 'errors.notFoundText');
		}
		// The robot is told the same as a person, so it learns nothing.
		return { reported: true };
	})
} satisfies Actions;
