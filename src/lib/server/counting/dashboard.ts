import { addDays, localDate } from '$lib/recurrence';
import { figuresByYear, listArrivals, type Area, type Arrival } from './arrivals';
import { bookingsByEvent, bookingsMade, bookingTotals } from '../bookings/bookings';
import { prepared, type Db } from '../platform/db';
import { listStreetNights } from './nights';
import { yearProgress, yearTarget, yearTotal, type Milestone, type YearProgress } from './progress';
import { targetsFor } from './targets';
import { nowSeconds } from '../platform/clock';
import { identity } from '../content/settings';
import type { Locale } from '$lib/i18n/locales';
import { botViews, visitsBy, visitsByDay, visitTotals } from './visits';
import {
	change,
	lastYearAligned,
	previousPeriod,
	shiftMonth,
	wholeMonths,
	type Change,
	type Period
} from './compare';
import { roadTo, type Road } from './road';

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
	/** The years since the resolution began, the target path and each target's outlook. */
	road: Road;
}

export function arrivalProgress(db: Db, year: number, area: Area = 'city'): ArrivalProgress {
	const arrivals = listArrivals(db, { area });
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
	const upToYear = new Map([...byYear].filter(([y]) => y <= year));
	return {
		area,
		year,
		progress: yearProgress(upToYear, year, milestones),
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
		demo: shown.some((a) => a.demo),
		road: roadTo(upToYear, milestones, year)
	};
}

/** The most viewed event pages with their (Vietnamese) titles; removed events are left out. */
export function topEvents(db: Db, range: DateRange, limit = 10) {
	const views = new Map<number, number>();
	for (const row of visitsBy(db, 'page', range.from, range.to, 500)) {
		const id = /^\/events\/(\d+)$/.exec(row.value)?.[1];
		if (id) views.set(Number(id), row.views);
	}
	const titles = prepared<[string], { id: number; title: string }>(
		db,
		'SELECT id, title_vi AS title FROM event WHERE id IN (SELECT value FROM json_each(?))'
	).all(JSON.stringify([...views.keys()]));
	return titles
		.map((e) => ({ id: e.id, title: e.title, views: views.get(e.id)! }))
		.sort((a, b) => b.views - a.views || a.title.localeCompare(b.title))
		.slice(0, limit);
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
		browsers: visitsBy(db, 'browser', range.from, range.to, 10),
		devices: visitsBy(db, 'device', range.from, range.to, 3),
		bots: botViews(db, range.from, range.to),
		events: topEvents(db, range),
		nights: listStreetNights(db, range.from, range.to)
	};
}

export const COMPARED = [
	'uniques',
	'views',
	'bookingsMade',
	'bookingsHeld',
	'checkIns',
	'arrivals'
] as const;

export interface ComparedFigure {
	key: (typeof COMPARED)[number];
	current: number | null;
	previous: number | null;
	lastYear: number | null;
	vsPrevious: Change | null;
	vsLastYear: Change | null;
}

export interface Comparison {
	current: Period;
	previous: Period;
	lastYear: Period;
	/** The whole months the arrivals figure covers (none for a period shorter than a month). */
	months: string[];
	figures: ComparedFigure[];
}

/** Arrivals of an area over whole months; null when a month has no figure yet. */
function arrivalsOver(db: Db, area: Area, months: string[]): number | null {
	if (months.length === 0) return null;
	const rows = listArrivals(db, { area, from: months[0], to: months.at(-1) });
	return rows.length === months.length ? rows.reduce((sum, a) => sum + a.total, 0) : null;
}

/**
 * A period against the one just before and against the same days a year earlier, aligned by
 * weekday (compare.ts); arrivals, which are monthly, over the period's whole months and the
 * months before and a year before.
 */
export function comparePeriods(db: Db, range: DateRange, area: Area = 'city'): Comparison {
	const previous = previousPeriod(range);
	const lastYear = lastYearAligned(range);
	const months = wholeMonths(range);
	const figuresOf = (p: Period, arrivalMonths: string[]) => {
		const visits = visitTotals(db, p.from, p.to);
		const held = bookingTotals(db, p.from, p.to);
		return {
			uniques: visits.uniques,
			views: visits.views,
			bookingsMade: bookingsMade(db, p.from, p.to).people,
			bookingsHeld: held.people,
			checkIns: held.checkedIn,
			arrivals: arrivalsOver(db, area, arrivalMonths)
		};
	};
	const now = figuresOf(range, months);
	const before = figuresOf(
		previous,
		months.map((m) => shiftMonth(m, -months.length))
	);
	const yearAgo = figuresOf(
		lastYear,
		months.map((m) => shiftMonth(m, -12))
	);
	return {
		current: range,
		previous,
		lastYear,
		months,
		figures: COMPARED.map((key) => ({
			key,
			current: now[key],
			previous: before[key],
			lastYear: yearAgo[key],
			vsPrevious: change(now[key], before[key]),
			vsLastYear: change(now[key], yearAgo[key])
		}))
	};
}

/** The public figures (progress page, widget, API): this year in the city, and the resolution. */
export function publicProgress(db: Db, locale: Locale, now = nowSeconds()) {
	const year = Number(localDate(now).slice(0, 4));
	return { arrivals: arrivalProgress(db, year, 'city'), resolution: resolutionOf(db, locale) };
}

/** The resolution the targets come from: its name in the language, its number and date if entered. */
export function resolutionOf(db: Db, locale: Locale) {
	const { resolution_name, resolution_number, resolution_date } = identity(db, locale);
	return { name: resolution_name, number: resolution_number, date: resolution_date };
}
