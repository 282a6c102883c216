import type { PageServerLoad } from './$types';
import { publicProgress } from '$lib/server/counting/dashboard';
import { getDb } from '$lib/server/platform/db';

/**
 * The progress figures for other sites' pages (an iframe): the only page that may be framed
 * (handles/headers.ts). The same for everyone, so nginx may keep it a few minutes.
 */
export const load = (({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'public, max-age=300' });
	return publicProgress(getDb(), locals.locale);
}) satisfies PageServerLoad;
