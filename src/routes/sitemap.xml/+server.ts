import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/platform/db';
import { publicPaths, renderSitemap } from '$lib/server/content/sitemap';

export const GET: RequestHandler = ({ url }) =>
	new Response(renderSitemap(url.origin, publicPaths(getDb())), {
		headers: {
			'content-type': 'application/xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
