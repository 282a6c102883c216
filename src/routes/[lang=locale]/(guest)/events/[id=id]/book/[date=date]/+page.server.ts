import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
	createBooking,
	getSeatStatus,
	isFormKey,
	newFormKey,
	retentionDays
} from '$lib/server/bookings/bookings';
import { getDb, groupWrite, isBusy, type Db } from '$lib/server/platform/db';
import { venueOf } from '$lib/server/events/event-views';
import { eventText } from '$lib/server/events/events';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { Throttle } from '$lib/server/platform/throttle';
import { getTranslators } from '$lib/i18n/translator';
import { joinWaitlist } from '$lib/server/bookings/waitlist';

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

/** The guest's fields, shared by booking and joining the waiting list; a failure to return, or them. */
function readGuest(data: FormData) {
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
	if (form.errors.party === 'errors.invalidNumber' || (party !== null && !Number.isInteger(party)))
		form.errors.party = 'errors.wholeNumber';
	const marketing = data.get('marketing') === 'on';
	const key = data.get('key');
	const values: Record<string, string> = { ...form.values, marketing: marketing ? 'on' : '' };
	if (typeof key !== 'string' || !isFormKey(key)) {
		return { failure: formFailure(400, { values, message: 'errors.formExpired' }) } as const;
	}
	values.key = key;
	if (!form.ok || name === null || party === null || trap) {
		return { failure: formFailure(400, { values, errors: form.errors }) } as const;
	}
	return { guest: { name, phone, email, party, marketing, key }, values } as const;
}

/** One throttle for booking and waiting: a failure to return when this address is over it. */
function throttled(ip: string, values: Record<string, string>) {
	const wait = bookingsByIp.retryAfter(ip);
	if (wait > 0) {
		return formFailure(429, {
			values,
			message: 'errors.throttled',
			params: { count: Math.ceil(wait / 60) }
		});
	}
	bookingsByIp.hit(ip);
	return null;
}

/**
 * What both forms do first: read the guest's fields, count the address, and make the request for
 * this date. A failure to return when the form cannot go on.
 */
async function guestRequest(
	{ params, locals, url, getClientAddress }: RequestEvent,
	data: FormData
) {
	const read = readGuest(data);
	if ('failure' in read) return { failure: read.failure } as const;
	const { guest, values } = read;
	const refused = throttled(getClientAddress(), values);
	if (refused) return { failure: refused } as const;
	const request = {
		eventId: Number(params.id),
		date: params.date,
		party: guest.party,
		name: guest.name,
		phone: guest.phone,
		email: guest.email,
		marketing: guest.marketing,
		locale: locals.locale,
		formKey: guest.key,
		origin: url.origin
	};
	return { request, values, translators: await getTranslators() } as const;
}

/** Runs a write with the others waiting (groupWrite); null when another process held the lock. */
async function written<T>(write: (db: Db) => T): Promise<T | null> {
	try {
		const db = getDb();
		return await groupWrite(db, () => write(db));
	} catch (err) {
		// Another process held the write lock past the busy timeout: nothing was written.
		if (isBusy(err)) return null;
		throw err;
	}
}

const tooLarge = (values: Record<string, string>, max: number) =>
	formFailure(400, {
		values,
		errors: { party: 'errors.outOfRange' },
		message: 'booking.partyTooLarge',
		params: { count: max }
	});

export const actions = {
	book: formAction(async (event, data) => {
		const asked = await guestRequest(event, data);
		if ('failure' in asked) return asked.failure;
		const { request, values, translators } = asked;
		const outcome = await written((db) => createBooking(db, request, translators));
		if (!outcome) return formFailure(503, { values, message: 'errors.busy' });
		switch (outcome.kind) {
			case 'booked':
			case 'repeated':
				// A repeated POST of the same form lands on the same booking, never a second one.
				return redirect(303, `/${request.locale}/bookings/${outcome.token}?new`);
			case 'full':
				return formFailure(409, {
					values,
					message: outcome.left > 0 ? 'booking.notEnoughSeats' : 'booking.full',
					params: { count: outcome.left }
				});
			case 'tooMany':
				return tooLarge(values, outcome.max);
			case 'closed':
				return formFailure(409, {
					values,
					message: outcome.state === 'cancelled' ? 'booking.cancelledDate' : 'booking.started'
				});
			case 'notFound':
				error(404, 'errors.notFoundText');
		}
	}),

	/** A date with no room: the party joins its waiting list and gets a page of its own. */
	wait: formAction(async (event, data) => {
		const asked = await guestRequest(event, data);
		if ('failure' in asked) return asked.failure;
		const { request, values, translators } = asked;
		const outcome = await written((db) => joinWaitlist(db, request, translators));
		if (!outcome) return formFailure(503, { values, message: 'errors.busy' });
		switch (outcome.kind) {
			case 'waiting':
				return redirect(303, `/${request.locale}/waitlist/${outcome.token}`);
			case 'open':
				return formFailure(409, {
					values,
					message: 'waitlist.roomNow',
					params: { count: outcome.left }
				});
			case 'tooMany':
				return tooLarge(values, outcome.max);
			case 'closed':
				return formFailure(409, { values, message: 'booking.started' });
			case 'notFound':
				error(404, 'errors.notFoundText');
		}
	})
} satisfies Actions;
