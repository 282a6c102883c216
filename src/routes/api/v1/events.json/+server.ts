import type { RequestHandler } from './$types';
import { isEventCategory } from '$lib/event-categories';
import { isoLocal } from '$lib/i18n/format';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { addDays, localDate, midnightOf } from '$lib/recurrence';
import { getDb } from '$lib/server/platform/db';
import { venueOf } from '$lib/server/events/event-views';
import { eventText, listPublicOccurrences } from '$lib/server/events/events';
import { nowSeconds } from '$lib/server/platform/clock';

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'access-control-allow-origin': '*'
};
const MAX_PER_PAGE = 100;

function bad(code: string, message: string): Response {
	return new Response(JSON.stringify({ error: { code, message } }), {
		status: 400,
		headers: { ...HEADERS, 'cache-control': 'no-store' }
	});
}

/** Open data: occurrences of public events between two dates, filtered and paged. */
export const GET: RequestHandler = ({ url }) => {
	const q = url.searchParams;
	const one = (name: string) => (q.getAll(name).length > 1 ? undefined : (q.get(name) ?? null));
	const today = localDate(nowSeconds());
	const from = one('from') ?? today;
	const to = one('to') ?? addDays(from ?? today, 30);
	const lang = one('lang');
	const category = one('category');
	const page = one('page') ?? '1';
	const perPage = one('per_page') ?? '50';
	if (from === undefined || Number.isNaN(midnightOf(from)))
		return bad('invalid_from', 'from must be a date YYYY-MM-DD');
	if (to === undefined || Number.isNaN(midnightOf(to)))
		return bad('invalid_to', 'to must be a date YYYY-MM-DD');
	if (to < from) return bad('invalid_range', 'to must not be before from');
	if (midnightOf(to) - midnightOf(from) > 366 * 86400)
		return bad('invalid_range', 'at most 366 days at a time');
	if (lang !== null && !isLocale(lang))
		return bad('invalid_lang', `lang must be one of: ${LOCALES.join(', ')}`);
	if (category !== null && !isEventCategory(category))
		return bad('invalid_category', 'unknown category');
	if (page === undefined || !/^[1-9]\d{0,5}$/.test(page))
		return bad('invalid_page', 'page must be 1 or more');
	if (perPage === undefined || !/^[1-9]\d{0,2}$/.test(perPage) || Number(perPage) > MAX_PER_PAGE) {
		return bad('invalid_per_page', `per_page must be 1 to ${MAX_PER_PAGE}`);
	}

	const db = getDb();
	const all = listPublicOccurrences(db, midnightOf(from), midnightOf(to) + 86400, {
		category: category as never
	});
	const size = Number(perPage);
	const start = (Number(page) - 1) * size;
	const langs = lang ? [lang] : LOCALES;
	const items = all.slice(start, start + size).map((o) => {
		const venue = venueOf(db, o.event, 'vi');
		return {
			id: o.event.id,
			url: `${url.origin}/${lang ?? 'vi'}/events/${o.event.id}`,
			date: o.date,
			start: isoLocal(o.startsAt),
			end: isoLocal(o.endsAt),
			status: o.cancelled ? 'cancelled' : 'scheduled',
			category: o.event.category,
			priceVnd: o.event.priceVnd,
			organiser: o.event.businessName,
			venue: { name: venue.name, place: venue.placeSlug, lat: venue.lat, lon: venue.lon },
			texts: Object.fromEntries(
				langs.map((l) => {
					const t = eventText(o.event, l as never);
					return [l, { title: t.title, description: t.description, language: t.locale }];
				})
			)
		};
	});
	return new Response(
		JSON.stringify({
			timeZone: 'Asia/Ho_Chi_Minh',
			from,
			to,
			page: Number(page),
			perPage: size,
			total: all.length,
			events: items
		}),
		{ headers: { ...HEADERS, 'cache-control': 'public, max-age=300' } }
	);
};
