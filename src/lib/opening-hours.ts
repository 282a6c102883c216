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

/** True when both times fall on the same local calendar day in Lạng Sơn. */
export function sameLocalDay(a: number, b: number): boolean {
	return localMidnight(a, 0) === localMidnight(b, 0);
}

/** Kỳ Lừa walking street: Friday and Saturday, 18:00 to midnight. */
export const WALKING_STREET_HOURS: WeeklyRule[] = [{ days: [5, 6], open: 18 * 60, close: 24 * 60 }];
