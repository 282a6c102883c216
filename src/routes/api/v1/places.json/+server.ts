import type { RequestHandler } from './$types';
import { LOCALES } from '$lib/i18n/locales';
import { getDb } from '$lib/server/platform/db';
import { API_HEADERS, langParam } from '$lib/server/platform/api';
import { listPlacesOpenData } from '$lib/server/places/places';

/** Open data: every place with its facts, in all three languages or the one `lang` names. */
export const GET: RequestHandler = ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const places = listPlacesOpenData(getDb(), lang ? [lang] : LOCALES);
	return new Response(
		JSON.stringify({
			license: 'CC BY 4.0',
			timeZone: 'Asia/Ho_Chi_Minh',
			languages: lang ? [lang] : LOCALES,
			count: places.length,
			places
		}),
		{ headers: { ...API_HEADERS, 'cache-control': 'public, max-age=300' } }
	);
};
