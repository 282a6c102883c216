import type { RequestHandler } from './$types';
import { LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/locales';

/** `/` sends each visitor to their language: cookie, then Accept-Language, then Vietnamese. */
export const GET: RequestHandler = ({ cookies, request }) => {
	const locale = negotiateLocale(
		cookies.get(LOCALE_COOKIE),
		request.headers.get('accept-language')
	);
	return new Response(null, {
		status: 302,
		headers: {
			location: `/${locale}`,
			vary: 'Accept-Language, Cookie',
			'cache-control': 'private, no-store'
		}
	});
};
