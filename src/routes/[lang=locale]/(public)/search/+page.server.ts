import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { PAGE_SIZE, search } from '$lib/server/search/search';

export const load = (({ url, locals }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const asked = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(asked) && asked >= 1 && asked <= 50 ? asked : 1;
	const { total, results } = q
		? search(getDb(), q, locals.locale, page)
		: { total: 0, results: [] };
	return { q, page, total, results, pages: Math.ceil(total / PAGE_SIZE) };
}) satisfies PageServerLoad;
