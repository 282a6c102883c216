import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
	CHECK_IN_CLOSES_AFTER,
	CHECK_IN_OPENS_BEFORE,
	checkIn,
	checkedInAt,
	checkInWindow,
	displayCode,
	listGuests,
	listOccurrenceBookings,
	messageGuests,
	GUEST_MESSAGES_PER_DAY,
	normaliseCode,
	occurrenceOn
} from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { formatDate } from '$lib/i18n/format';
import { requireOwnEvent } from '../../../editor';
import { eventText } from '$lib/server/events/events';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { getTranslators } from '$lib/i18n/translator';

/** The business's event and one of its dates, or 404. */
function ownOccurrence(event: RequestEvent) {
	const { record } = requireOwnEvent(event);
	const occurrence = occurrenceOn(record, event.params.date);
	if (!occurrence) error(404, 'errors.notFoundText');
	return { record, occurrence };
}

export const load = ((event) => {
	const { record, occurrence } = ownOccurrence(event);
	const db = getDb();
	const [summary] = listOccurrenceBookings(
		db,
		record,
		occurrence.startsAt,
		occurrence.startsAt + 1
	);
	return {
		event: { id: record.id, title: eventText(record, event.locals.locale).title },
		occurrence: summary ?? {
			...occurrence,
			capacity: 0,
			taken: 0,
			left: 0,
			bookings: 0,
			checkedIn: 0
		},
		messagesPerDay: GUEST_MESSAGES_PER_DAY,
		guests: listGuests(db, record.id, occurrence.date).map((g) => ({
			code: displayCode(g.code),
			name: g.name,
			phone: g.phone,
			email: g.email,
			party: g.party,
			status: g.status,
			checkedIn: g.checkedInAt !== null,
			marketing: g.marketing === 1,
			erased: g.erasedAt !== null
		}))
	};
}) satisfies PageServerLoad;

async function mark(event: RequestEvent, data: FormData, arrived: boolean) {
	const { record, occurrence } = ownOccurrence(event);
	const form = new FormReader(data);
	const typed = form.text('code', { max: 20 });
	const code = typed === null ? null : normaliseCode(typed);
	if (code === null) {
		return formFailure(400, {
			values: form.values,
			errors: { code: form.errors.code ?? 'bookings.codeInvalid' }
		});
	}
	const door = checkInWindow(occurrence);
	if (arrived && door !== 'open') {
		const at =
			door === 'early'
				? occurrence.startsAt - CHECK_IN_OPENS_BEFORE
				: occurrence.endsAt + CHECK_IN_CLOSES_AFTER;
		return formFailure(409, {
			values: form.values,
			message: door === 'early' ? 'bookings.checkInEarly' : 'bookings.checkInOver',
			params: {
				time: formatDate(at, event.locals.locale, 'time'),
				date: formatDate(at, event.locals.locale, 'date')
			}
		});
	}
	const result = checkIn(getDb(), record.id, occurrence.date, code, arrived);
	if (result === 'notFound') {
		return formFailure(404, { values: form.values, errors: { code: 'bookings.codeUnknown' } });
	}
	if (result === 'cancelled') {
		return formFailure(409, { values: form.values, message: 'bookings.codeCancelled' });
	}
	const at = result === 'already' ? checkedInAt(getDb(), record.id, occurrence.date, code) : null;
	return {
		result,
		code: displayCode(code),
		time: at === null ? '' : formatDate(at, event.locals.locale, 'time')
	};
}

export const actions = {
	checkIn: formAction((event, data) => mark(event, data, true)),
	undo: formAction((event, data) => mark(event, data, false)),
	message: formAction(async (event, data) => {
		const { record, occurrence } = ownOccurrence(event);
		const form = new FormReader(data);
		const text = {
			vi: form.text('message_vi', { required: false, max: 1000, multiline: true }) ?? '',
			en: form.text('message_en', { required: false, max: 1000, multiline: true }) ?? '',
			zh: form.text('message_zh', { required: false, max: 1000, multiline: true }) ?? ''
		};
		if (!form.ok) return formFailure(400, { values: form.values, errors: form.errors });
		if (!text.vi && !text.en && !text.zh) {
			return formFailure(400, {
				values: form.values,
				errors: { message_vi: 'bookings.messageEmpty' },
				message: 'bookings.messageEmpty'
			});
		}
		const outcome = messageGuests(
			getDb(),
			{
				eventId: record.id,
				date: occurrence.date,
				userId: event.locals.user!.id,
				text,
				origin: event.url.origin,
				ip: event.getClientAddress()
			},
			await getTranslators()
		);
		if (outcome.kind === 'tooMany') {
			return formFailure(429, {
				values: form.values,
				message: 'bookings.messageTooMany',
				params: { count: outcome.max }
			});
		}
		if (outcome.kind === 'over') {
			return formFailure(409, { values: form.values, message: 'bookings.messageOver' });
		}
		return { messaged: outcome.recipients };
	})
} satisfies Actions;
