import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/platform/db';
import { eventsCalendar, icsResponse } from '$lib/server/events/event-feeds';

export const GET: RequestHandler = ({ locals, url }) =>
	icsResponse(
		eventsCalendar(getDb(), locals.locale, url.origin, locals.t('events.feedName'))!,
		'visit-lang-son.ics'
	);
