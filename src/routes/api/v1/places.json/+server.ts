import type { RequestHandler } from './$types';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { getDb } from '$lib/server/platform/db';
import { listPlacesOpenData } from '$lib/server/places/places';

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'access-control-allow-origin': '*'
};

/** Open data: every place with its facts, in all three languages or the one `lang` names. */
export const GET: RequestHandler = ({ url }) => {
	const langs = url.searchParams.getAll('lang');
	if (langs.length > 1 || (langs.length === 1 && !isLocale(langs[0]))) {
		return new Response(
			JSON.stringify({
				error: {
					code: 'invalid_lang',
					message: `lang must be one of: ${LOCALES.join(', ')}`,
					allowed: LOCALES
				}
			}),
			{ status: 400, headers: { ...HEADERS, 'cache-control': 'no-store' } }
		);
	}
	const lang = langs[0] as (typeof LOCALES)[number] | undefined;
	const places = listPlacesOpenData(getDb(), lang ? [lang] : LOCALES);
	return new Response(
		JSON.stringify({
			license: 'CC BY 4.0',
			timeZone: 'Asia/Ho_Chi_Minh',
			languages: lang ? [lang] : LOCALES,
			count: places.length,
			places
		}),
		{ headers: { ...HEADERS, 'cache-control': 'public, max-age=300' } }
	);
};
