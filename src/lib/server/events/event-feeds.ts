import type { EventCategory } from '$lib/event-categories';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../platform/db';
import { venueOf } from './event-views';
import { eventText, getPublicEvent, listPublicEvents, type EventRecord } from './events';
import { buildCalendar, type IcsEvent } from './ics';

function toIcs(db: Db, event: EventRecord, locale: Locale, origin: string): IcsEvent {
	const text = eventText(event, locale);
	const venue = venueOf(db, event, locale);
	return {
		// Stable across edits and languages: the event's id and the site.
		uid: `event-${event.id}@${new URL(origin).host}`,
		summary: text.title,
		description: text.description,
		location: venue.name,
		geo: venue.lat !== null && venue.lon !== null ? { lat: venue.lat, lon: venue.lon } : null,
		url: `${origin}/${locale}/events/${event.id}`,
		startsAt: event.startsAt,
		endsAt: event.endsAt,
		weekdays: event.weekdays,
		untilDate: event.untilDate,
		skipped: event.skipped,
		cancelled: event.cancelled,
		changed: event.changed ?? [],
		eventCancelled: event.status === 'cancelled',
		updatedAt: event.updatedAt
	};
}

export function icsResponse(
	body: string,
	filename: string,
	cacheControl = 'public, max-age=300'
): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': cacheControl
		}
	});
}

/** All public events, or those of one category, or one event, as an iCalendar feed. */
export function eventsCalendar(
	db: Db,
	locale: Locale,
	origin: string,
	name: string,
	select: { category?: EventCategory; id?: number } = {}
): string | null {
	const events =
		select.id !== undefined
			? [getPublicEvent(db, select.id)].filter((e): e is EventRecord => e !== null)
			: listPublicEvents(db, select.category ?? null);
	if (select.id !== undefined && events.length === 0) return null;
	return buildCalendar(
		name,
		events.map((e) => toIcs(db, e, locale, origin))
	);
}
