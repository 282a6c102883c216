import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { CITY_CENTRE, distanceKm, nearest } from '$lib/geo';
import { getDb } from '$lib/server/platform/db';
import { nowSeconds } from '$lib/server/platform/clock';
import { getPlace, listPlaces } from '$lib/server/places/places';
import { tileConfig } from '$lib/server/platform/tiles';
import { WALKING_STREET } from '$lib/server/events/events';
import { upcomingNotices } from '$lib/server/events/notices';

const NEARBY = 4;

export const load = (({ locals, params }) => {
	const db = getDb();
	const place = getPlace(db, params.slug, locals.locale);
	if (!place) error(404, 'errors.notFoundText');
	const others = listPlaces(db, locals.locale).filter((p) => p.slug !== place.slug);
	const now = nowSeconds();
	return {
		place,
		now,
		// The department's notices are about the walking street's nights.
		notices: place.slug === WALKING_STREET ? upcomingNotices(db, locals.locale, now) : [],
		fromCentreKm: distanceKm(CITY_CENTRE, place),
		nearby: nearest(place, others, NEARBY),
		tiles: tileConfig()
	};
}) satisfies PageServerLoad;
