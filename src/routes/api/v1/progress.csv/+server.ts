import type { RequestHandler } from './$types';
import { publicProgress } from '$lib/server/counting/dashboard';
import { csvResponse, toCsv } from '$lib/server/platform/csv';
import { getDb } from '$lib/server/platform/db';

/** The road to 2030 as a spreadsheet: a line per year, with each target's outlook in its year. */
export const GET: RequestHandler = () => {
	const { road } = publicProgress(getDb(), 'vi').arrivals;
	const header = [
		'year',
		'official_arrivals',
		'projection',
		'target_path',
		'target',
		'verdict',
		'difference',
		'growth_needed_per_year'
	];
	const rows = road.years.map((y) => {
		const t = road.outlooks.find((o) => o.year === y.year);
		return [
			y.year,
			y.actual,
			y.projected,
			y.path,
			t?.value ?? null,
			t?.verdict?.kind ?? null,
			t?.verdict ? (t.verdict.kind === 'behind' ? -t.verdict.by : t.verdict.by) : null,
			t?.growthNeeded === null || t === undefined ? null : Number(t.growthNeeded.toFixed(4))
		];
	});
	const response = csvResponse(toCsv(header, rows), 'lang-son-road-to-2030.csv');
	// Open data, like the JSON: any site may read it, and nginx may keep it a few minutes.
	response.headers.set('access-control-allow-origin', '*');
	response.headers.set('cache-control', 'public, max-age=300');
	return response;
};
