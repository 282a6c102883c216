import type { PageServerLoad } from './$types';
import { addDays, localDate, midnightOf, weekdayOf } from '$lib/recurrence';
import { getDb } from '$lib/server/platform/db';
import { publicOccurrenceViews } from '$lib/server/events/event-views';
import { listFestivals } from '$lib/server/content/festivals';
import { nowSeconds } from '$lib/server/platform/clock';

export const load = (({ url, locals }) => {
	const today = localDate(nowSeconds());
	const asked = url.searchParams.get('month') ?? '';
	const valid = /^(19[7-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/.test(asked);
	const month = valid ? asked : today.slice(0, 7);
	const first = `${month}-01`;
	const next = addDays(first, 32).slice(0, 7);
	const last = addDays(`${next}-01`, -1);
	const db = getDb();
	const occurrences = publicOccurrenceViews(
		db,
		midnightOf(first),
		midnightOf(`${next}-01`),
		locals.locale
	);
	const festivals = listFestivals(db, locals.locale, first, last);
	const days: {
		date: string;
		weekday: number;
		events: typeof occurrences;
		festivals: typeof festivals;
	}[] = [];
	for (let date = first; date <= last; date = addDays(date, 1)) {
		days.push({
			date,
			weekday: weekdayOf(date),
			events: occurrences.filter((o) => o.date === date),
			festivals: festivals.filter((f) => f.startDate <= date && f.endDate >= date)
		});
	}
	return {
		month,
		invalid: asked !== '' && !valid,
		monthStart: midnightOf(first) + 12 * 3600,
		previous: addDays(first, -1).slice(0, 7),
		next,
		today,
		days
	};
}) satisfies PageServerLoad;
