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

/** A place's hours: open at any time (streets, open-air sites), or weekly rules. */
export type OpeningHours = { always: true } | { rules: WeeklyRule[] };

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

export function openingStatus(rules: WeeklyRule[], now: number): OpeningStatus {
	let opensAt: number | null = null;
	// Yesterday's late hours may still be running; a week ahead covers every weekly rule.
	for (let offset = -1; offset <= 7; offset++) {
		const midnight = localMidnight(now, offset);
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
	if ((value as { always?: unknown }).always === true) return { always: true };
	const rules = (value as { rules?: unknown }).rules;
	if (Array.isArray(rules) && rules.length > 0 && rules.every(isRule)) return { rules };
	return null;
}

/** The status of a place at `now`: always open, the weekly rules' answer, or null when not known. */
export function placeStatus(hours: OpeningHours | null, now: number): OpeningStatus | null {
	if (!hours) return null;
	if ('always' in hours) return { open: true, closesAt: null, opensAt: null };
	return openingStatus(hours.rules, now);
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
