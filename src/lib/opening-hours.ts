import { vietnamParts } from './i18n/format';

/**
 * Weekly opening hours in Lạng Sơn local time. `days` are 0 (Sunday) … 6 (Saturday); times are
 * minutes after local midnight, and `close` may pass 1440 for hours that run past midnight.
 */
export interface WeeklyRule {
	days: number[];
	open: number;
	close: number;
}

/** Local dates (YYYY-MM-DD, both included) on which a place is closed, e.g. over Tết. */
export interface Closure {
	from: string;
	to: string;
}

/**
 * A place's hours: open at any time (streets, open-air sites), or weekly rules; either may be
 * closed on dated days. Rules starting on a closed day do not open (a night from the day before
 * still runs past midnight).
 */
export type OpeningHours = ({ always: true } | { rules: WeeklyRule[] }) & { closed?: Closure[] };

export interface OpeningStatus {
	open: boolean;
	/** While open: when this opening ends (unix seconds). */
	closesAt: number | null;
	/** While closed: when the next opening starts, within the coming week (unix seconds). */
	opensAt: number | null;
}

const VIETNAM_OFFSET = 7 * 3600;

/** Unix time of local midnight `offsetDays` from the local day containing `unixSeconds`. */
function localMidnight(unixSeconds: number, offsetDays: number): number {
	const { year, month, day } = vietnamParts(unixSeconds);
	return Date.UTC(year, month - 1, day + offsetDays) / 1000 - VIETNAM_OFFSET;
}

const isoDay = (midnight: number) =>
	new Date((midnight + VIETNAM_OFFSET) * 1000).toISOString().slice(0, 10);

function isClosed(closed: Closure[], midnight: number): boolean {
	const day = isoDay(midnight);
	return closed.some((c) => c.from <= day && day <= c.to);
}

export function openingStatus(
	rules: WeeklyRule[],
	now: number,
	closed: Closure[] = []
): OpeningStatus {
	let opensAt: number | null = null;
	// Yesterday's late hours may still be running; a week ahead covers every weekly rule, and a
	// closure (Tết) can push the next opening further.
	const lastDay = 7 + closed.reduce((days, c) => days + daysInRange(c), 0);
	for (let offset = -1; offset <= Math.min(lastDay, 60); offset++) {
		const midnight = localMidnight(now, offset);
		if (isClosed(closed, midnight)) continue;
		const weekday = new Date((midnight + VIETNAM_OFFSET) * 1000).getUTCDay();
		for (const rule of rules) {
			if (!rule.days.includes(weekday)) continue;
			const start = midnight + rule.open * 60;
			const end = midnight + rule.close * 60;
			if (start <= now && now < end) return { open: true, closesAt: end, opensAt: null };
			if (start > now && (opensAt === null || start < opensAt)) opensAt = start;
		}
	}
	return { open: false, closesAt: null, opensAt };
}

const ALL_DAY: WeeklyRule = { days: [0, 1, 2, 3, 4, 5, 6], open: 0, close: 1440 };

function daysInRange({ from, to }: Closure): number {
	return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** Kỳ Lừa walking street: Friday and Saturday, 18:00 to midnight. */
export const WALKING_STREET_HOURS: WeeklyRule[] = [{ days: [5, 6], open: 18 * 60, close: 24 * 60 }];

const MINUTES_IN_DAY = 24 * 60;

function isRule(value: unknown): value is WeeklyRule {
	if (typeof value !== 'object' || value === null) return false;
	const { days, open, close } = value as Record<string, unknown>;
	return (
		Array.isArray(days) &&
		days.length > 0 &&
		days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6) &&
		Number.isInteger(open) &&
		Number.isInteger(close) &&
		(open as number) >= 0 &&
		(open as number) < MINUTES_IN_DAY &&
		(close as number) > (open as number) &&
		(close as number) <= (open as number) + MINUTES_IN_DAY
	);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isClosure(value: unknown): value is Closure {
	if (typeof value !== 'object' || value === null) return false;
	const { from, to } = value as Record<string, unknown>;
	return (
		typeof from === 'string' &&
		typeof to === 'string' &&
		ISO_DATE.test(from) &&
		ISO_DATE.test(to) &&
		from <= to
	);
}

/** Reads stored hours; anything malformed counts as "not known" rather than as a wrong answer. */
export function parseOpeningHours(json: string | null): OpeningHours | null {
	if (json === null) return null;
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const closedValue = (value as { closed?: unknown }).closed;
	const closed = Array.isArray(closedValue) ? closedValue.filter(isClosure) : [];
	const extra = closed.length > 0 ? { closed } : {};
	if ((value as { always?: unknown }).always === true) return { always: true, ...extra };
	const rules = (value as { rules?: unknown }).rules;
	if (Array.isArray(rules) && rules.length > 0 && rules.every(isRule)) return { rules, ...extra };
	return null;
}

/** The status of a place at `now`: always open, the weekly rules' answer, or null when not known. */
export function placeStatus(hours: OpeningHours | null, now: number): OpeningStatus | null {
	if (!hours) return null;
	const closed = hours.closed ?? [];
	if (!('always' in hours)) return openingStatus(hours.rules, now, closed);
	// Always open, unless today is a closed day: then open again on the next day that is not.
	const status = openingStatus([ALL_DAY], now, closed);
	return status.open ? { open: true, closesAt: null, opensAt: null } : status;
}

/** Local days after `from` until `to` (0 = same day, 1 = tomorrow), in Lạng Sơn. */
export function daysBetween(from: number, to: number): number {
	return Math.round((localMidnight(to, 0) - localMidnight(from, 0)) / 86400);
}

/** The weekly rules as one line per weekday, Monday first, for a timetable. */
export function weekTable(rules: WeeklyRule[]): { weekday: number; spans: [number, number][] }[] {
	return [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({
		weekday,
		spans: rules
			.filter((r) => r.days.includes(weekday))
			.map((r): [number, number] => [r.open, r.close])
			.sort((a, b) => a[0] - b[0])
	}));
}
