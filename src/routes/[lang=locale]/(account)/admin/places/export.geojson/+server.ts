import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { placesGeoJson } from '$lib/server/places/open-data';

/** Every place, published or not, in every language: what the import reads. */
export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	const collection = placesGeoJson(getDb(), { origin: event.url.origin, all: true });
	return new Response(JSON.stringify(collection, null, 1), {
		headers: {
			'content-type': 'application/geo+json; charset=utf-8',
			'content-disposition': 'attachment; filename="places.geojson"',
			'cache-control': 'private, no-store'
		}
	});
};
