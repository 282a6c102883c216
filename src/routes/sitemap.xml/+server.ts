import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { publicPaths, renderSitemap } from '$lib/server/sitemap';

export const GET: RequestHandler = ({ url }) =>
	new Response(renderSitemap(url.origin, publicPaths(getDb())), {
		headers: {
			'content-type': 'application/xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
