import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { PAGES, pageTexts } from '$lib/server/content/pages';

export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	return {
		pages: PAGES.map((key) => {
			const texts = pageTexts(db, key);
			return {
				key,
				written: (Object.keys(texts) as (keyof typeof texts)[]).filter((l) => texts[l])
			};
		})
	};
}) satisfies PageServerLoad;
