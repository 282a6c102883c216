import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { showPage } from '$lib/server/content/pages';
import { identity } from '$lib/server/content/settings';

export const load = (({ locals }) => {
	const db = getDb();
	return { page: showPage(db, 'about', locals.locale), identity: identity(db, locals.locale) };
}) satisfies PageServerLoad;
