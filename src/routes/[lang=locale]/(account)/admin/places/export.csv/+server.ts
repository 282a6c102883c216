import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { csvResponse } from '$lib/server/platform/csv';
import { placesCsv } from '$lib/server/places/open-data';

/** Every place, published or not, as the import reads it. */
export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	return csvResponse(placesCsv(getDb()), 'places.csv');
};
