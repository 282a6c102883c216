import type { EventCategory, EventStatus } from '$lib/event-categories';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from './db';
import { eventText, type EventRecord, type PublicOccurrence } from './events';
import { getPlaceSummaryById } from './places';

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
