import type { RequestHandler } from './$types';
import { LOCALES } from '$lib/i18n/locales';
import { publicProgress, resolutionOf } from '$lib/server/counting/dashboard';
import { API_HEADERS } from '$lib/server/platform/api';
import { getDb } from '$lib/server/platform/db';

/** Open data: the figures behind the progress page and its widget. */
export const GET: RequestHandler = () => {
	const db = getDb();
	const { arrivals, resolution } = publicProgress(db, 'vi');
	const p = arrivals.progress;
	return new Response(
		JSON.stringify({
			license: 'CC BY 4.0',
			area: arrivals.area,
			resolution: {
				name: Object.fromEntries(LOCALES.map((l) => [l, resolutionOf(db, l).name || null])),
				number: resolution.number || null,
				date: resolution.date || null
			},
			demo: arrivals.demo,
			year: arrivals.year,
			thisYear: {
				throughMonth: p.throughMonth,
				toDate: p.toDate,
				expectedToDate: p.expectedToDate,
				target: p.target,
				projection: p.projection,
				months: arrivals.months
			},
			road: arrivals.road,
			methods: arrivals.methods,
			sources: arrivals.sources
		}),
		{ headers: { ...API_HEADERS, 'cache-control': 'public, max-age=300' } }
	);
};
