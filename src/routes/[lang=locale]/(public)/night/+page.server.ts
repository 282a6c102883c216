import type { PageServerLoad } from './$types';
import { WALKING_STREET_HOURS } from '$lib/opening-hours';
import { forList, tonightViews } from '$lib/server/events/event-views';
import { upcomingNotices } from '$lib/server/events/notices';
import { WALKING_STREET } from '$lib/server/events/events';
import { getDb } from '$lib/server/platform/db';
import { nowSeconds } from '$lib/server/platform/clock';
import { listDishes } from '$lib/server/content/dishes';
import { showPage } from '$lib/server/content/pages';
import { getPlace, listPlaces, placeCards } from '$lib/server/places/places';

const NIGHT_SPOTS = new Set(['night', 'market']);
const DISHES_TONIGHT = 6;

export const load = (({ locals }) => {
	const db = getDb();
	const walkingStreet = getPlace(db, WALKING_STREET, locals.locale);
	const now = nowSeconds();
	return {
		now,
		notices: upcomingNotices(db, locals.locale, now),
		tonight: forList(tonightViews(db, now, locals.locale)),
		// The department may edit the street's hours; the published schedule is the fallback.
		hours: walkingStreet?.hours ?? { rules: WALKING_STREET_HOURS },
		page: showPage(db, 'night', locals.locale),
		dishes: listDishes(db, locals.locale)
			.filter((dish) =>
				dish.places.some((slug) => slug === 'ky-lua-market' || slug === WALKING_STREET)
			)
			.slice(0, DISHES_TONIGHT),
		places: placeCards(listPlaces(db, locals.locale).filter((p) => NIGHT_SPOTS.has(p.category)))
	};
}) satisfies PageServerLoad;
