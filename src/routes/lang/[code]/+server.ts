import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale, LOCALE_COOKIE, localeOfPath, localizePath } from '$lib/i18n/locales';

const ONE_YEAR = 365 * 24 * 3600;

/**
 * The language switcher: remembers the choice in a cookie (so `/` sends the visitor back to it)
 * and goes to the same page in that language. Content pages themselves never set cookies, so they
 * stay cacheable.
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!isLocale(params.code)) error(404, 'errors.notFoundText');
	let target: URL;
	try {
		target = new URL(url.searchParams.get('next') ?? '/', url);
	} catch {
		target = new URL('/', url);
	}
	// Only a page of this site: `//evil.example` and `/\evil.example` resolve to other origins.
	if (target.origin !== url.origin || !localeOfPath(target.pathname)) target = new URL('/', url);
	cookies.set(LOCALE_COOKIE, params.code, {
		path: '/',
		maxAge: ONE_YEAR,
		httpOnly: true,
		secure: url.protocol === 'https:',
		sameSite: 'lax'
	});
	return new Response(null, {
		status: 303,
		headers: {
			location: localizePath(target.pathname, params.code) + target.search,
			'cache-control': 'no-store'
		}
	});
};
