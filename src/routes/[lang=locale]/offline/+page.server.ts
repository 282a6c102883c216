import type { PageServerLoad } from './$types';

/** The same for everyone signed out, so the service worker may keep it. Not counted as a visit. */
export const load = (({ locals, setHeaders }) => {
	if (!locals.user) setHeaders({ 'cache-control': 'public, max-age=0, s-maxage=3600' });
}) satisfies PageServerLoad;
