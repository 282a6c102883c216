import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/platform/db';
import { API_HEADERS, langParam } from '$lib/server/platform/api';
import { placesGeoJson } from '$lib/server/places/open-data';

/** Open data: public places as GeoJSON, texts in `lang` or in all three languages. */
export const GET: RequestHandler = ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	return new Response(JSON.stringify(placesGeoJson(getDb(), { lang, origin: url.origin })), {
		headers: {
			...API_HEADERS,
			'content-type': 'application/geo+json; charset=utf-8',
			'cache-control': 'public, max-age=300'
		}
	});
};
