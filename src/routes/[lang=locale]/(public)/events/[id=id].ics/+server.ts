import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/platform/db';
import { eventsCalendar, icsResponse } from '$lib/server/events/event-feeds';

export const GET: RequestHandler = ({ locals, url, params }) => {
	const ics = eventsCalendar(getDb(), locals.locale, url.origin, locals.t('events.feedName'), {
		id: Number(params.id)
	});
	if (!ics) error(404, 'errors.notFoundText');
	return icsResponse(ics, `event-${params.id}.ics`);
};
