import type { PageServerLoad } from './$types';
import { isEventCategory } from '$lib/event-categories';
import { addDays, localDate, midnightOf, tonightWindow, weekendWindow } from '$lib/recurrence';
import { getDb } from '$lib/server/platform/db';
import { forList, publicOccurrenceViews } from '$lib/server/events/event-views';
import { nowSeconds } from '$lib/server/platform/clock';

const WHEN = ['upcoming', 'tonight', 'weekend', 'range'] as const;
type When = (typeof WHEN)[number];
const LIMIT = 200;

export const load = (({ url, locals }) => {
	const q = url.searchParams;
	const now = nowSeconds();
	let when: When = (WHEN as readonly string[]).includes(q.get('when') ?? '')
		? (q.get('when') as When)
		: 'upcoming';
	const category = isEventCategory(q.get('category')) ? q.get('category') : null;
	const free = q.get('free') === 'on';
	const today = localDate(now);
	let fromDate = q.get('from') ?? today;
	let toDate = q.get('to') ?? addDays(today, 30);
	let error: string | null = null;

	let window: { from: number; to: number };
	if (when === 'tonight') window = tonightWindow(now);
	else if (when === 'weekend') window = weekendWindow(now);
	else if (when === 'range') {
		const from = midnightOf(fromDate);
		const to = midnightOf(toDate);
		if (Number.isNaN(from) || Number.isNaN(to)) error = 'errors.invalidDate';
		else if (to < from) error = 'errors.endBeforeStart';
		else if (to - from > 366 * 86400) error = 'errors.rangeTooLong';
		window = error ? { from: now, to: now + 30 * 86400 } : { from, to: to + 86400 };
		if (error) {
			when = 'upcoming';
			fromDate = today;
			toDate = addDays(today, 30);
		}
	} else window = { from: now, to: now + 30 * 86400 };

	const occurrences = publicOccurrenceViews(getDb(), window.from, window.to, locals.locale, {
		category: category as never,
		free
	});
	return {
		filter: { when, category, free, from: fromDate, to: toDate },
		error,
		occurrences: forList(occurrences.slice(0, LIMIT)),
		truncated: occurrences.length > LIMIT
	};
}) satisfies PageServerLoad;
