import type { RequestHandler } from './$types';
import { LOCALES } from '$lib/i18n/locales';

export const GET: RequestHandler = ({ url }) => {
	const privateAreas = LOCALES.flatMap((code) => [
		`Disallow: /${code}/business`,
		`Disallow: /${code}/admin`
	]);
	const body = [
		'User-agent: *',
		'Allow: /',
		...privateAreas,
		'Disallow: /lang/',
		'',
		`Sitemap: ${url.origin}/sitemap.xml`,
		''
	].join('\n');
	return new Response(body, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'public, max-age=86400'
		}
	});
};
