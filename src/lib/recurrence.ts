import { vietnamParts } from './i18n/format';

/** Local dates are 'YYYY-MM-DD' in Lạng Sơn (UTC+7, no daylight saving). */
const OFFSET = 7 * 3600;
const DAY = 86400;

export function localDate(unix: number): string {
	const { year, month, day } = vietnamParts(unix);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Unix time of local midnight at the start of a local date, or NaN for a malformed date. */
export function midnightOf(date: string): number {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return NaN;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = Date.UTC(y, mo - 1, d);
	const check = new Date(t);
	// 2026-02-30 is not a date, rather than 2 March.
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
		return NaN;
	}
	return t / 1000 - OFFSET;
}

/** Minutes after midnight of a clock time "HH:MM" (00:00 to 23:59), or null for anything else. */
export function clockMinutes(hhmm: string | null): number | null {
	const m = hhmm ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm) : null;
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function addDays(date: string, days: number): string {
	return localDate(midnightOf(date) + days * DAY + 3600);
}

export function weekdayOf(date: string): number {
	return new Date((midnightOf(date) + OFFSET) * 1000).getUTCDay();
}

export interface Schedule {
	startsAt: number;
	endsAt: number;
	/** Bit 0 Sunday … bit 6 Saturday; 0 for a one-off. */
	weekdays: number;
	untilDate: string | null;
	/** Local dates with no event. */
	skipped?: Iterable<string>;
	/** Local dates on which the event is called off (still listed, as cancelled). */
	cancelled?: Iterable<string>;
}

export interface Occurrence {
	/** The local date the occurrence starts on. */
	date: string;
	startsAt: number;
	endsAt: number;
	cancelled: boolean;
}

/** The occurrences that overlap [from, to), in order. */
export function expandSchedule(schedule: Schedule, from: number, to: number): Occurrence[] {
	const skipped = new Set(schedule.skipped ?? []);
	const cancelled = new Set(schedule.cancelled ?? []);
	const duration = schedule.endsAt - schedule.startsAt;
	const one = (date: string, startsAt: number): Occurrence => ({
		date,
		startsAt,
		endsAt: startsAt + duration,
		cancelled: cancelled.has(date)
	});
	if (schedule.weekdays === 0) {
		const date = localDate(schedule.startsAt);
		return schedule.startsAt < to && schedule.endsAt > from && !skipped.has(date)
			? [one(date, schedule.startsAt)]
			: [];
	}
	const firstDate = localDate(schedule.startsAt);
	const timeOfDay = schedule.startsAt - midnightOf(firstDate);
	const lastDate = schedule.untilDate ?? firstDate;
	// Start early enough to catch an occurrence that began before `from` and is still running.
	let date = localDate(Math.max(schedule.startsAt, from - duration));
	const result: Occurrence[] = [];
	for (let guard = 0; guard < 800 && date <= lastDate; guard++, date = addDays(date, 1)) {
		const startsAt = midnightOf(date) + timeOfDay;
		if (startsAt >= to) break;
		if (date < firstDate || !(schedule.weekdays & (1 << weekdayOf(date))) || skipped.has(date)) {
			continue;
		}
		if (startsAt + duration > from) result.push(one(date, startsAt));
	}
	return result;
}

/**
 * "Tonight" in Lạng Sơn: 18:00 to 06:00. Before 06:00 it is the night that began yesterday;
 * during the day, the coming one.
 */
export function tonightWindow(now: number): { from: number; to: number } {
	const today = localDate(now);
	const hour = vietnamParts(now).hour;
	const evening = midnightOf(hour < 6 ? addDays(today, -1) : today) + 18 * 3600;
	return { from: evening, to: evening + 12 * 3600 };
}

/** This weekend: Friday 18:00 to Monday 00:00, the current one if it has begun. */
export function weekendWindow(now: number): { from: number; to: number } {
	const today = localDate(now);
	const weekday = weekdayOf(today);
	// Days back to this week's Friday (Fri=5, Sat=6, Sun=0), or forward to the coming one.
	const toFriday = weekday === 5 ? 0 : weekday === 6 ? -1 : weekday === 0 ? -2 : 5 - weekday;
	const friday = addDays(today, toFriday);
	return { from: midnightOf(friday) + 18 * 3600, to: midnightOf(addDays(friday, 3)) };
}

export function weekdayMask(days: number[]): number {
	return days.reduce((mask, d) => mask | (1 << d), 0);
}

export function weekdaysOf(mask: number): number[] {
	return [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d));
}
