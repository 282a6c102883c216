import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { listPlaces } from '$lib/server/places/places';
import { tileConfig } from '$lib/server/platform/tiles';
import { publicOccurrenceViews } from '$lib/server/events/event-views';
import { nowSeconds } from '$lib/server/platform/clock';

/** Events of the coming week that have a pin, once each. */
function eventsThisWeek(locale: Parameters<typeof publicOccurrenceViews>[3]) {
	const db = getDb();
	const now = nowSeconds();
	const seen = new Set<number>();
	return publicOccurrenceViews(db, now, now + 7 * 86400, locale).flatMap((o) => {
		if (seen.has(o.id) || o.lat === null || o.lon === null || o.cancelled) return [];
		seen.add(o.id);
		return [{ id: o.id, title: o.title, lat: o.lat, lon: o.lon, startsAt: o.startsAt }];
	});
}

export const load = (({ locals }) => ({
	places: listPlaces(getDb(), locals.locale),
	events: eventsThisWeek(locals.locale),
	tiles: tileConfig()
})) satisfies PageServerLoad;
