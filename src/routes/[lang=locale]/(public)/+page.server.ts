import type { PageServerLoad } from './$types';
import { openingStatus, WALKING_STREET_HOURS } from '$lib/opening-hours';
import { seasonAt } from '$lib/season';
import { getDb } from '$lib/server/db';
import { listPlaces } from '$lib/server/places';

export const load = (({ locals }) => {
	const now = Math.floor(Date.now() / 1000);
	return {
		now,
		season: seasonAt(now),
		walkingStreet: openingStatus(WALKING_STREET_HOURS, now),
		places: listPlaces(getDb(), locals.locale)
	};
}) satisfies PageServerLoad;
