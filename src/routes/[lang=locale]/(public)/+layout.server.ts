import type { LayoutServerLoad } from './$types';

/**
 * Public pages may be kept by nginx (and a CDN) for a minute and served stale for five more while a
 * fresh copy is fetched: they show the time ("open now", "tonight"). A signed-in user's copy is theirs.
 */
export const load = (({ locals, request, setHeaders }) => {
	if (!locals.user && request.method === 'GET') {
		setHeaders({ 'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' });
	}
}) satisfies LayoutServerLoad;
