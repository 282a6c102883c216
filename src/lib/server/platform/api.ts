import { isLocale, LOCALES, type Locale } from '$lib/i18n/locales';

/** The open-data APIs' answers: JSON, readable from any site. */
export const API_HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'access-control-allow-origin': '*'
};

/**
 * The optional `lang` parameter: one of our languages, or absent (null). Anything else (an unknown
 * code, an empty value, the parameter twice) gets a 400 that says what is allowed.
 */
export function langParam(url: URL): Locale | null | Response {
	const langs = url.searchParams.getAll('lang');
	if (langs.length === 0) return null;
	if (langs.length === 1 && isLocale(langs[0])) return langs[0];
	return new Response(
		JSON.stringify({
			error: {
				code: 'invalid_lang',
				message: `lang must be one of: ${LOCALES.join(', ')}`,
				allowed: LOCALES
			}
		}),
		{ status: 400, headers: { ...API_HEADERS, 'cache-control': 'no-store' } }
	);
}
