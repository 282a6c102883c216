// trip.ts: "My trip" — places, events and dishes a visitor starred. The list lives on their phone
// (localStorage); the server only reads the keys written in the page's address (?items=), which is
// also the link they share.
import type { Locale } from '$lib/i18n/locales';
import type { OpeningHours } from '$lib/opening-hours';
import type { Db } from './platform/db';
import { listDishes } from './content/dishes';
import { publicOccurrenceViews } from './events/event-views';
import { getPlace, type PlaceCategory } from './places/places';

/** More than anyone plans for a few days, and a link that stays well under URL limits. */
export const TRIP_MAX = 60;

/** `p.<place slug>`, `e.<event id>`, `d.<dish slug>`: short enough to share in a message. */
const KEY = /^(?:[pd]\.[a-z0-9-]{1,80}|e\.[1-9]\d{0,8})$/;

/** The valid keys of `?items=`, once each, at most TRIP_MAX; anything else is left out. */
export function parseTripItems(param: string | null): string[] {
	if (!param) return [];
	const keys = param
		.slice(0, TRIP_MAX * 90)
		.split(',')
		.map((key) => key.trim())
		.filter((key) => KEY.test(key));
	return [...new Set(keys)].slice(0, TRIP_MAX);
}

export interface TripPlace {
	key: string;
	slug: string;
	name: string;
	textLocale: Locale;
	category: PlaceCategory;
	lat: number;
	lon: number;
	hours: OpeningHours | null;
	hoursNote: string;
}

export interface TripEvent {
	key: string;
	id: number;
	title: string;
	titleLocale: Locale;
	venue: string;
	lat: number | null;
	lon: number | null;
	/** The next time it is on, or null when no date is coming. */
	next: { startsAt: number; endsAt: number } | null;
}

export interface TripDish {
	key: string;
	slug: string;
	name: string;
	textLocale: Locale;
	where: string;
}

export interface Trip {
	places: TripPlace[];
	events: TripEvent[];
	dishes: TripDish[];
	/** Keys of things no longer listed (a place taken down, an event withdrawn). */
	missing: number;
}

/** How far ahead an event's next date is looked for. */
const EVENT_HORIZON = 400 * 86400;

export function tripItems(db: Db, keys: readonly string[], locale: Locale, now: number): Trip {
	const trip: Trip = { places: [], events: [], dishes: [], missing: 0 };
	const eventIds = new Set<number>();
	const dishSlugs = new Set<string>();
	for (const key of keys) {
		const [kind, id] = [key[0], key.slice(2)];
		if (kind === 'e') eventIds.add(Number(id));
		else if (kind === 'd') dishSlugs.add(id);
		else {
			const place = getPlace(db, id, locale);
			if (!place) trip.missing++;
			else trip.places.push({ key, ...pick(place) });
		}
	}
	if (eventIds.size > 0) {
		// A night that started within the last hours still counts as "on now".
		const views = publicOccurrenceViews(db, now - 3 * 3600, now + EVENT_HORIZON, locale);
		for (const id of eventIds) {
			const mine = views.filter((v) => v.id === id);
			if (mine.length === 0) {
				trip.missing++;
				continue;
			}
			const next = mine.find((v) => !v.cancelled && v.endsAt > now);
			const { title, titleLocale, venue, lat, lon } = mine[0];
			trip.events.push({
				key: `e.${id}`,
				id,
				title,
				titleLocale,
				venue,
				lat,
				lon,
				next: next ? { startsAt: next.startsAt, endsAt: next.endsAt } : null
			});
		}
		trip.events.sort((a, b) => (a.next?.startsAt ?? Infinity) - (b.next?.startsAt ?? Infinity));
	}
	if (dishSlugs.size > 0) {
		const dishes = listDishes(db, locale).filter((d) => dishSlugs.has(d.id));
		trip.missing += dishSlugs.size - dishes.length;
		trip.dishes = dishes.map((d) => ({
			key: `d.${d.id}`,
			slug: d.id,
			name: d.name,
			textLocale: d.textLocale,
			where: d.where
		}));
	}
	return trip;
}

function pick(place: NonNullable<ReturnType<typeof getPlace>>) {
	const { slug, name, textLocale, category, lat, lon, hours, hoursNote } = place;
	return { slug, name, textLocale, category, lat, lon, hours, hoursNote };
}
