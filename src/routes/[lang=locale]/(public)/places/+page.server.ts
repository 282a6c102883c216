import type { PageServerLoad } from './$types';
import { CITY_CENTRE, distanceKm } from '$lib/geo';
import { isPlaceCategory } from '$lib/place-categories';
import { getDb } from '$lib/server/platform/db';
import { listPlaces, placeCards } from '$lib/server/places/places';

export const load = (({ locals, url }) => {
	const asked = url.searchParams.get('category');
	// An unknown category (an old or mistyped link) shows every place rather than an empty page.
	const category = isPlaceCategory(asked) ? asked : null;
	const places = placeCards(
		listPlaces(getDb(), locals.locale, category).map((place) => ({
			...place,
			distanceKm: distanceKm(CITY_CENTRE, place)
		}))
	);
	return { category, places };
}) satisfies PageServerLoad;
