import type { RequestHandler } from './$types';
import { arrivalsTemplate } from '$lib/server/counting/arrivals';
import { requireRole } from '$lib/server/accounts/auth';
import { csvResponse } from '$lib/server/platform/csv';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	return csvResponse(arrivalsTemplate(), 'arrivals-template.csv');
};
