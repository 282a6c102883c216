import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isEventCategory } from '$lib/event-categories';
import { getDb } from '$lib/server/platform/db';
import { eventsCalendar, icsResponse } from '$lib/server/events/event-feeds';

export const GET: RequestHandler = ({ locals, url, params }) => {
	if (!isEventCategory(params.category)) error(404, 'errors.notFoundText');
	const name = `${locals.t('events.feedName')} · ${locals.t(`eventCategory.${params.category}`)}`;
	return icsResponse(
		eventsCalendar(getDb(), locals.locale, url.origin, name, { category: params.category })!,
		`visit-lang-son-${params.category}.ics`
	);
};
