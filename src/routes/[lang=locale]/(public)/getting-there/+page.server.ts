import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { showPage } from '$lib/server/content/pages';

export const load = (({ locals }) => ({
	page: showPage(getDb(), 'getting-there', locals.locale)
})) satisfies PageServerLoad;
