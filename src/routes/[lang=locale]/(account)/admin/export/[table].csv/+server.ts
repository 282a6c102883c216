import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listArrivals } from '$lib/server/counting/arrivals';
import { requireRole } from '$lib/server/accounts/auth';
import { csvResponse, toCsv } from '$lib/server/platform/csv';
import { bookingsByEvent } from '$lib/server/bookings/bookings';
import { readRange } from '$lib/server/counting/dashboard';
import { listStreetNights } from '$lib/server/counting/nights';
import { getDb } from '$lib/server/platform/db';
import { visitsBy, visitsByDay } from '$lib/server/counting/visits';

/**
 * Every dashboard table as a spreadsheet for the date range in the URL, headings translated; each
 * export runs only its own query, and page and referrer lists are complete, not the top 15.
 */
export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const t = event.locals.t;
	const range = readRange(event.url.searchParams);
	const name = `${event.params.table}-${range.from}-${range.to}.csv`;
	switch (event.params.table) {
		case 'arrivals': {
			// Every month of every year the range touches, both areas, as entered.
			const rows = listArrivals(db, {
				from: range.from.slice(0, 4) + '-01',
				to: range.to.slice(0, 4) + '-12'
			});
			return csvResponse(
				toCsv(
					['month', 'area', 'total', 'international', 'overnight', 'method', 'source', 'demo'],
					rows.map((a) => [
						a.month,
						a.area,
						a.total,
						a.international,
						a.overnight,
						a.method,
						a.source,
						a.demo ? 1 : 0
					])
				),
				name
			);
		}
		case 'bookings':
			return csvResponse(
				toCsv(
					[
						t('dashboard.eventDay'),
						t('events.titleField'),
						t('dashboard.bookings'),
						t('dashboard.peopleBooked'),
						t('dashboard.peopleCheckedIn')
					],
					bookingsByEvent(db, range.from, range.to).map((b) => [
						b.date,
						b.title,
						b.bookings,
						b.people,
						b.checkedIn
					])
				),
				name
			);
		case 'visits':
			return csvResponse(
				toCsv(
					[t('dashboard.day'), t('dashboard.uniques'), t('dashboard.views')],
					visitsByDay(db, range.from, range.to).map((d) => [d.date, d.uniques, d.views])
				),
				name
			);
		case 'languages':
		case 'pages':
		case 'referrers': {
			const table = event.params.table;
			const dimension = ({ languages: 'locale', pages: 'page', referrers: 'referrer' } as const)[
				table
			];
			return csvResponse(
				toCsv(
					[t(`dashboard.column_${table}`), t('dashboard.views')],
					visitsBy(db, dimension, range.from, range.to, 100_000).map((r) => [r.value, r.views])
				),
				name
			);
		}
		case 'nights':
			return csvResponse(
				toCsv(
					[t('dashboard.night'), t('dashboard.headcount'), t('dashboard.note')],
					listStreetNights(db, range.from, range.to).map((n) => [n.date, n.headcount, n.note])
				),
				name
			);
		default:
			error(404, 'errors.notFoundText');
	}
};
