import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { showPage } from '$lib/server/content/pages';
import { getPlace, listPlaces } from '$lib/server/places/places';
import { tileConfig } from '$lib/server/platform/tiles';

const ONWARD = ['dong-dang', 'huu-nghi-border-gate', 'chi-lang-park'];

export const load = (({ locals }) => {
	const db = getDb();
	const places = listPlaces(db, locals.locale);
	return {
		mountain: getPlace(db, 'mau-son', locals.locale),
		page: showPage(db, 'mau-son', locals.locale),
		onward: ONWARD.flatMap((slug) => places.filter((p) => p.slug === slug)),
		tiles: tileConfig()
	};
}) satisfies PageServerLoad;
