import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	createBooking,
	getSeatStatus,
	isFormKey,
	newFormKey,
	retentionDays,
	type BookingOutcome
} from '$lib/server/bookings/bookings';
import { getDb, groupWrite, isBusy } from '$lib/server/platform/db';
import { venueOf } from '$lib/server/events/event-views';
import { eventText } from '$lib/server/events/events';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { Throttle } from '$lib/server/platform/throttle';
import { getTranslators } from '$lib/i18n/translator';

/** Bookings from one address: 20 an hour is more than a family or a hotel desk needs. */
const bookingsByIp = new Throttle({ max: 20, windowSeconds: 3600 });

export const load = (({ params, locals }) => {
	const db = getDb();
	const status = getSeatStatus(db, Number(params.id), params.date);
	if (!status) error(404, 'errors.notFoundText');
	const text = eventText(status.event, locals.locale);
	return {
		event: {
			id: status.event.id,
			title: text.title,
			textLocale: text.locale,
			priceVnd: status.event.priceVnd,
			maxParty: status.event.maxParty
		},
		venue: venueOf(db, status.event, locals.locale).name,
		occurrence: status.occurrence,
		left: status.left,
		state: status.state,
		// This page is never cached (see hooks), so every visitor gets a key of their own.
		formKey: newFormKey(),
		retentionDays: retentionDays()
	};
}) satisfies PageServerLoad;

export const actions = {
	default: formAction(async ({ params, locals, url, getClientAddress }, data) => {
		const form = new FormReader(data);
		// Off-screen, unlabelled for people: only form-filling robots put something in it.
		const trap = form.text('website', { required: false, max: 200, keep: false });
		const name = form.text('name', { max: 100 });
		const phone = form.phone('phone', { required: false });
		const email = form.email('email', { required: false });
		if (!phone && !email && !form.errors.phone && !form.errors.email) {
			form.errors.phone = 'errors.contactRequired';
		}
		const party = form.number('party', { min: 1, max: 100, required: true });
		if (
			form.errors.party === 'errors.invalidNumber' ||
			(party !== null && !Number.isInteger(party))
		)
			form.errors.party = 'errors.wholeNumber';
		const marketing = data.get('marketing') === 'on';
		const key = data.get('key');
		const values: Record<string, string> = { ...form.values, marketing: marketing ? 'on' : '' };
		if (!isFormKey(typeof key === 'string' ? key : null)) {
			return formFailure(400, { values, message: 'errors.formExpired' });
		}
		values.key = key as string;
		if (!form.ok || name === null || party === null || trap) {
			return formFailure(400, { values, errors: form.errors });
		}

		const ip = getClientAddress();
		const wait = bookingsByIp.retryAfter(ip);
		if (wait > 0) {
			return formFailure(429, {
				values,
				message: 'errors.throttled',
				params: { count: Math.ceil(wait / 60) }
			});
		}
		bookingsByIp.hit(ip);

		let outcome: BookingOutcome;
		const translators = await getTranslators();
		try {
			const db = getDb();
			outcome = await groupWrite(db, () =>
				createBooking(
					db,
					{
						eventId: Number(params.id),
						date: params.date,
						party,
						name,
						phone,
						email,
						marketing,
						locale: locals.locale,
						formKey: key as string,
						origin: url.origin
					},
					translators
				)
			);
		} catch (err) {
			// Another process held the write lock past the busy timeout: nothing was written.
			if (isBusy(err)) return formFailure(503, { values, message: 'errors.busy' });
			throw err;
		}
		switch (outcome.kind) {
			case 'booked':
			case 'repeated':
				// A repeated POST of the same form lands on the same booking, never a second one.
				return redirect(303, `/${locals.locale}/bookings/${outcome.token}?new`);
			case 'full':
				return formFailure(409, {
					values,
					message: outcome.left > 0 ? 'booking.notEnoughSeats' : 'booking.full',
					params: { count: outcome.left }
				});
			case 'tooMany':
				return formFailure(400, {
					values,
					errors: { party: 'errors.outOfRange' },
					message: 'booking.partyTooLarge',
					params: { count: outcome.max }
				});
			case 'closed':
				return formFailure(409, {
					values,
					message: outcome.state === 'cancelled' ? 'booking.cancelledDate' : 'booking.started'
				});
			case 'notFound':
				error(404, 'errors.notFoundText');
		}
	})
} satisfies Actions;
