import type { PageServerLoad } from './$types';
import { WALKING_STREET_HOURS } from '$lib/opening-hours';
import { seasonAt } from '$lib/season';
import { getDb } from '$lib/server/db';
import { getPlace, listPlaces } from '$lib/server/places';

const FEATURED = 6;

export const load = (({ locals }) => {
	const now = Math.floor(Date.now() / 1000);
	const db = getDb();
	const places = listPlaces(db, locals.locale);
	return {
		now,
		season: seasonAt(now),
		walkingStreetHours: getPlace(db, 'ky-lua-walking-street', locals.locale)?.hours ?? {
			rules: WALKING_STREET_HOURS
		},
		featured: places.slice(0, FEATURED),
		placeCount: places.length
	};
}) satisfies PageServerLoad;
