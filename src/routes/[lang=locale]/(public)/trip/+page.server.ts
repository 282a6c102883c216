import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { nowSeconds } from '$lib/server/platform/clock';
import { tileConfig } from '$lib/server/platform/tiles';
import { parseTripItems, tripItems } from '$lib/server/trip';

/** The list in the address (?items=): the visitor's own, put there by the page, or a shared one. */
export const load = (({ locals, url }) => {
	const keys = parseTripItems(url.searchParams.get('items'));
	const now = nowSeconds();
	return {
		keys,
		trip: tripItems(getDb(), keys, locals.locale, now),
		now,
		tiles: tileConfig()
	};
}) satisfies PageServerLoad;
