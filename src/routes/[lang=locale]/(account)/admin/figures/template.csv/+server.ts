import type { RequestHandler } from './$types';
import { arrivalsTemplate } from '$lib/server/arrivals';
import { requireRole } from '$lib/server/auth';
import { csvResponse } from '$lib/server/csv';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	return csvResponse(arrivalsTemplate(), 'arrivals-template.csv');
};
