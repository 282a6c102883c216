import type { PageServerLoad } from './$types';
import { WALKING_STREET_HOURS } from '$lib/opening-hours';
import { forList, tonightViews } from '$lib/server/events/event-views';
import { WALKING_STREET } from '$lib/server/events/events';
import { upcomingNotices } from '$lib/server/events/notices';
import { getDb } from '$lib/server/platform/db';
import { seasonAt } from '$lib/server/content/seasons';
import { nowSeconds } from '$lib/server/platform/clock';
import { getPlace, listPlaces, placeCards } from '$lib/server/places/places';

const FEATURED = 6;

export const load = (({ locals }) => {
	const now = nowSeconds();
	const db = getDb();
	const places = listPlaces(db, locals.locale);
	return {
		now,
		season: seasonAt(db, now, locals.locale),
		walkingStreetHours: getPlace(db, WALKING_STREET, locals.locale)?.hours ?? {
			rules: WALKING_STREET_HOURS
		},
		notices: upcomingNotices(db, locals.locale, now),
		featured: placeCards(places.slice(0, FEATURED)),
		tonight: forList(tonightViews(db, now, locals.locale).slice(0, 8)),
		placeCount: places.length
	};
}) satisfies PageServerLoad;
