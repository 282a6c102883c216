import { addDays, localDate } from '$lib/recurrence';
import { figuresByYear, listArrivals, type Area, type Arrival } from './arrivals';
import { bookingsByEvent, bookingsMade, bookingTotals } from '../bookings/bookings';
import type { Db } from '../platform/db';
import { listStreetNights } from './nights';
import { yearProgress, yearTarget, yearTotal, type Milestone, type YearProgress } from './progress';
import { targetsFor } from './targets';
import { nowSeconds } from '../platform/clock';
import { visitsBy, visitsByDay, visitTotals } from './visits';

/** What the department's dashboard and the public progress page show, computed in one place. */

export interface DateRange {
	from: string;
	to: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export const isLocalDate = (value: string | null): value is string =>
	value !== null &&
	DATE.test(value) &&
	!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
	new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The range in the URL (`from`, `to`, local dates), or this year so far. A bad or reversed range
 * falls back to the default and says so (an i18n key), never an error page.
 */
export function readRange(
	params: URLSearchParams,
	now = nowSeconds()
): DateRange & { problem: string | null } {
	const today = localDate(now);
	// This year so far and the coming four weeks, so bookings for coming events show too.
	const fallback = { from: `${today.slice(0, 4)}-01-01`, to: addDays(today, 28) };
	const from = params.get('from');
	const to = params.get('to');
	if (from === null && to === null) return { ...fallback, problem: null };
	if (!isLocalDate(from) || !isLocalDate(to)) return { ...fallback, problem: 'errors.invalidDate' };
	if (from > to) return { ...fallback, problem: 'errors.endBeforeStart' };
	return { from, to, problem: null };
}

export interface ArrivalProgress {
	area: Area;
	year: number;
	progress: YearProgress;
	lastYear: { year: number; total: number | null; target: number | null };
	/** The targets the department entered for the area, by year. */
	milestones: Milestone[];
	/** This year's and last year's monthly totals, January to December. */
	months: { month: number; thisYear: number | null; lastYear: number | null }[];
	/** International arrivals as a share of the total, over this year's months that give both. */
	internationalShare: number | null;
	methods: string[];
	sources: string[];
	demo: boolean;
}

export function arrivalProgress(db: Db, year: number, area: Area = 'city'): ArrivalProgress {
	const arrivals = listArrivals(db, { area, to: `${year}-12` });
	const byYear = figuresByYear(arrivals, area);
	const thisYear = byYear.get(year) ?? [];
	const last = byYear.get(year - 1) ?? [];
	const ofYear = arrivals.filter((a) => a.month.startsWith(`${year}-`));
	const withIntl = ofYear.filter(
		(a): a is Arrival & { international: number } => a.international !== null
	);
	const intlTotal = withIntl.reduce((s, a) => s + a.total, 0);
	const shown = [...ofYear, ...arrivals.filter((a) => a.month.startsWith(`${year - 1}-`))];
	const milestones = targetsFor(db, area);
	return {
		area,
		year,
		progress: yearProgress(byYear, year, milestones),
		lastYear: {
			year: year - 1,
			total: yearTotal(byYear.get(year - 1)),
			target: yearTarget(year - 1, milestones)
		},
		milestones,
		months: Array.from({ length: 12 }, (_, m) => ({
			month: m + 1,
			thisYear: thisYear[m] ?? null,
			lastYear: last[m] ?? null
		})),
		internationalShare:
			intlTotal > 0 ? withIntl.reduce((s, a) => s + a.international, 0) / intlTotal : null,
		methods: [...new Set(shown.map((a) => a.method))],
		sources: [...new Set(shown.map((a) => a.source))],
		demo: shown.some((a) => a.demo)
	};
}

/** The leading indicators for a date range: bookings, portal visits, walking-street nights. */
export function indicators(db: Db, range: DateRange) {
	return {
		bookings: bookingTotals(db, range.from, range.to),
		bookingsMade: bookingsMade(db, range.from, range.to),
		bookingsByEvent: bookingsByEvent(db, range.from, range.to),
		visits: visitTotals(db, range.from, range.to),
		visitsByDay: visitsByDay(db, range.from, range.to),
		languages: visitsBy(db, 'locale', range.from, range.to, 10),
		pages: visitsBy(db, 'page', range.from, range.to, 15),
		referrers: visitsBy(db, 'referrer', range.from, range.to, 15),
		nights: listStreetNights(db, range.from, range.to)
	};
}
