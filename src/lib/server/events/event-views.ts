import type { EventCategory, EventStatus } from '$lib/event-categories';
import type { Locale } from '$lib/i18n/locales';
import { tonightWindow } from '$lib/recurrence';
import type { Db } from '../platform/db';
import {
	eventText,
	listPublicOccurrences,
	type EventRecord,
	type OccurrenceFilter,
	type PublicOccurrence
} from './events';
import { getPlaceSummaryById } from '../places/places';

export interface OccurrenceView {
	id: number;
	date: string;
	startsAt: number;
	endsAt: number;
	cancelled: boolean;
	title: string;
	/** The language the title is in (Vietnamese when not translated). */
	titleLocale: Locale;
	category: EventCategory;
	priceVnd: number;
	venue: string;
	lat: number | null;
	lon: number | null;
}

/** What the occurrences of one event in a list have in common. */
export type ListedEvent = Pick<
	OccurrenceView,
	'id' | 'title' | 'titleLocale' | 'category' | 'priceVnd' | 'venue'
>;

/**
 * An occurrence as lists show it. Everything a page's load returns is also written into the page
 * for the browser: the coordinates only maps use are left out (they were a third of the cost of
 * writing a month's list), and an event's details are one object shared by all its occurrences,
 * which the page then writes once (a night market every weekend is one title, not nine).
 */
export interface ListedOccurrence {
	date: string;
	startsAt: number;
	endsAt: number;
	cancelled: boolean;
	event: ListedEvent;
}

export function forList(views: readonly OccurrenceView[]): ListedOccurrence[] {
	const events = new Map<number, ListedEvent>();
	return views.map(({ id, date, startsAt, endsAt, cancelled, ...view }) => {
		let event = events.get(id);
		if (!event) {
			const { title, titleLocale, category, priceVnd, venue } = view;
			event = { id, title, titleLocale, category, priceVnd, venue };
			events.set(id, event);
		}
		return { date, startsAt, endsAt, cancelled, event };
	});
}

export interface Venue {
	name: string;
	placeSlug: string | null;
	lat: number | null;
	lon: number | null;
}

/** Where an event is: its listed place (name and pin), or its own address and pin. */
export function venueOf(db: Db, event: EventRecord, locale: Locale): Venue {
	const place = event.placeId === null ? null : getPlaceSummaryById(db, event.placeId, locale);
	if (!place) return { name: event.venueAddress, placeSlug: null, lat: event.lat, lon: event.lon };
	return {
		name: event.venueAddress ? `${place.name} · ${event.venueAddress}` : place.name,
		placeSlug: place.slug,
		lat: event.lat ?? place.lat,
		lon: event.lon ?? place.lon
	};
}

export function occurrenceViews(
	db: Db,
	occurrences: PublicOccurrence[],
	locale: Locale
): OccurrenceView[] {
	const venues = new Map<number, Venue>();
	return occurrences.map((o) => {
		let venue = venues.get(o.event.id);
		if (!venue) {
			venue = venueOf(db, o.event, locale);
			venues.set(o.event.id, venue);
		}
		const text = eventText(o.event, locale);
		return {
			id: o.event.id,
			date: o.date,
			startsAt: o.startsAt,
			endsAt: o.endsAt,
			cancelled: o.cancelled,
			title: text.title,
			titleLocale: text.locale,
			category: o.event.category,
			priceVnd: o.event.priceVnd,
			venue: venue.name,
			lat: venue.lat,
			lon: venue.lon
		};
	});
}

export type { EventStatus };

/** The public occurrences that overlap [from, to), as views, in time order. */
export function publicOccurrenceViews(
	db: Db,
	from: number,
	to: number,
	locale: Locale,
	filter: OccurrenceFilter = {}
): OccurrenceView[] {
	return occurrenceViews(db, listPublicOccurrences(db, from, to, filter), locale);
}

/** Tonight's occurrences (tonightWindow), leaving out those that began more than 3 hours ago. */
export function tonightViews(db: Db, now: number, locale: Locale): OccurrenceView[] {
	const { from, to } = tonightWindow(now);
	return publicOccurrenceViews(db, Math.max(from, now - 3 * 3600), to, locale);
}
