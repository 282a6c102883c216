import type { PageServerLoad } from './$types';
import { WALKING_STREET_HOURS } from '$lib/opening-hours';
import { tonightWindow } from '$lib/recurrence';
import { seasonAt } from '$lib/season';
import { publicOccurrenceViews } from '$lib/server/event-views';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/tokens';
import { getPlace, listPlaces } from '$lib/server/places';

const FEATURED = 6;

function tonightEvents(
	db: ReturnType<typeof getDb>,
	locale: Parameters<typeof publicOccurrenceViews>[3],
	now: number
) {
	const { from, to } = tonightWindow(now);
	return publicOccurrenceViews(db, Math.max(from, now - 3 * 3600), to, locale).slice(0, 8);
}

export const load = (({ locals }) => {
	const now = nowSeconds();
	const db = getDb();
	const places = listPlaces(db, locals.locale);
	return {
		now,
		season: seasonAt(now),
		walkingStreetHours: getPlace(db, 'ky-lua-walking-street', locals.locale)?.hours ?? {
			rules: WALKING_STREET_HOURS
		},
		featured: places.slice(0, FEATURED),
		tonight: tonightEvents(db, locals.locale, now),
		placeCount: places.length
	};
}) satisfies PageServerLoad;
