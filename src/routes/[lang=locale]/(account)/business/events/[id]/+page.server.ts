import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getTranslators } from '$lib/i18n/translator';
import { expandSchedule } from '$lib/recurrence';
import {
	cancelEventAndBookings,
	setOccurrenceCancelledWithBookings
} from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { editorData, readEditor, requireOwnEvent as ownEvent } from '../editor';
import { duplicateEvent, submitEvent, updateEvent } from '$lib/server/events/events';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { nowSeconds } from '$lib/server/platform/clock';

export const load = ((event) => {
	const { record } = ownEvent(event);
	const now = nowSeconds();
	return {
		...editorData(event.locals.locale, record),
		event: {
			id: record.id,
			status: record.status,
			rejectReason: record.rejectReason,
			hasPendingChanges: record.pendingChanges !== null,
			weekly: record.weekdays !== 0,
			businessStatus: record.businessStatus
		},
		upcoming: record.weekdays ? expandSchedule(record, now, now + 120 * 86400).slice(0, 16) : [],
		saved: event.url.searchParams.has('saved'),
		duplicated: event.url.searchParams.has('duplicated'),
		bookable: record.bookable && record.capacity !== null
	};
}) satisfies PageServerLoad;

async function dateAction(event: RequestEvent, data: FormData, cancelled: boolean) {
	const { user, record } = ownEvent(event);
	const form = new FormReader(data);
	const date = form.text('date', { max: 10 });
	// Optional: told to those who booked the date.
	const reason = form.text('reason', { required: false, max: 300 }) ?? '';
	if (form.errors.reason) return formFailure(400, { message: form.errors.reason });
	const translators = await getTranslators();
	if (
		!date ||
		!setOccurrenceCancelledWithBookings(
			getDb(),
			user.businessId,
			record.id,
			date,
			cancelled,
			translators,
			nowSeconds(),
			reason
		)
	) {
		return formFailure(400, { message: 'errors.invalidDate' });
	}
	return { done: cancelled ? 'dateCancelled' : 'dateRestored' };
}

export const actions = {
	save: formAction(async (event, data) => {
		const { user, record } = ownEvent(event);
		const read = await readEditor(data, (record.pendingChanges ?? record).image);
		if ('failure' in read) return read.failure;
		const result = updateEvent(getDb(), user.businessId, record.id, read.input);
		if (result === 'locked') return formFailure(409, { message: 'errors.eventCancelled' });
		if (result === null) error(404, 'errors.notFoundText');
		return { done: result === 'queued' ? 'queued' : 'saved' };
	}),
	submit: formAction((event) => {
		const { user, record } = ownEvent(event);
		const result = submitEvent(getDb(), user.businessId, record.id);
		if (result === 'notVerified') return formFailure(403, { message: 'accountErrors.notVerified' });
		if (result !== 'submitted') return formFailure(409, { message: 'errors.statusConflict' });
		return { done: 'submitted' };
	}),
	cancel: formAction(async (event, data) => {
		const { user, record } = ownEvent(event);
		const form = new FormReader(data);
		const reason = form.text('reason', { required: false, max: 300 }) ?? '';
		if (form.errors.reason) return formFailure(400, { message: form.errors.reason });
		const translators = await getTranslators();
		if (
			!cancelEventAndBookings(
				getDb(),
				user.businessId,
				record.id,
				translators,
				nowSeconds(),
				reason
			)
		) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		return { done: 'eventCancelled' };
	}),
	duplicate: formAction((event) => {
		const { user, record } = ownEvent(event);
		const id = duplicateEvent(getDb(), user.businessId, record.id);
		if (id === null) error(404, 'errors.notFoundText');
		redirect(303, `/${event.locals.locale}/business/events/${id}?duplicated`);
	}),
	cancelDate: formAction((event, data) => dateAction(event, data, true)),
	restoreDate: formAction((event, data) => dateAction(event, data, false))
} satisfies Actions;
