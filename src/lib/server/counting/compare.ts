// counting/: a period against the one before it and against the same period a year earlier.
import { addDays } from '$lib/recurrence';

export interface Period {
	from: string;
	to: string;
}

const DAY = 86_400_000;
const days = (p: Period) =>
	(Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / DAY + 1;

/**
 * The period just before: for whole calendar months the same number of months before (November
 * against October), otherwise the same number of days, ending the day before the period starts.
 */
export function previousPeriod(p: Period): Period {
	const months = wholeMonths(p);
	const exact =
		months.length > 0 && p.from === `${months[0]}-01` && p.to === lastDay(months.at(-1)!);
	if (exact) {
		const first = shiftMonth(months[0], -months.length);
		return { from: `${first}-01`, to: addDays(p.from, -1) };
	}
	return { from: addDays(p.from, -days(p)), to: addDays(p.from, -1) };
}

/** The last day of a month `YYYY-MM`. */
const lastDay = (month: string) => addDays(`${shiftMonth(month, 1)}-01`, -1);

/**
 * The same days a year earlier, aligned by weekday: 52 weeks (364 days) back, so a Saturday is
 * compared with a Saturday and a month with five Saturdays with as many weekend days.
 */
export function lastYearAligned(p: Period): Period {
	return { from: addDays(p.from, -364), to: addDays(p.to, -364) };
}

/** The whole calendar months inside a period (`YYYY-MM`): arrival figures are monthly. */
export function wholeMonths(p: Period): string[] {
	const months: string[] = [];
	let [y, m] = [Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7))];
	if (p.from.slice(8) !== '01') [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
	for (;;) {
		const month = `${y}-${String(m).padStart(2, '0')}`;
		if (lastDay(month) > p.to) break;
		months.push(month);
		[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
	}
	return months;
}

/** `YYYY-MM` shifted by whole months. */
export function shiftMonth(month: string, by: number): string {
	const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface Change {
	/** current − base */
	diff: number;
	/** The change as a share of the base; null when the base is zero or unknown. */
	share: number | null;
}

export function change(current: number | null, base: number | null): Change | null {
	if (current === null || base === null) return null;
	return { diff: current - base, share: base === 0 ? null : (current - base) / base };
}
