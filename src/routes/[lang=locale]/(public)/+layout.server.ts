import type { LayoutServerLoad } from './$types';

/**
 * Public pages may be kept by nginx (and a CDN) for a minute: they show the time ("open now",
 * "tonight"). nginx serves its stale copy while it fetches a fresh one (deploy/nginx.conf); the
 * header says nothing of staleness, since browsers would follow it too and show a visitor a page
 * older than what they just did (a booking's seats). A signed-in user's copy is theirs.
 */
export const load = (({ locals, request, setHeaders }) => {
	if (!locals.user && request.method === 'GET') {
		setHeaders({ 'cache-control': 'public, max-age=0, s-maxage=60' });
	}
}) satisfies LayoutServerLoad;
