import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listPlaces } from '$lib/server/places';
import { tileConfig } from '$lib/server/tiles';

export const load = (({ locals }) => ({
	places: listPlaces(getDb(), locals.locale),
	tiles: tileConfig()
})) satisfies PageServerLoad;
