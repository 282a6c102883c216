/**
 * Progress of official arrivals toward the resolution's targets (the department keeps them as
 * data: 3 million arrivals a year by 2025 and 4.5 million by 2030). Pure functions of monthly
 * figures and targets, so the dashboard, the public page and the tests compute the same thing.
 */

/** A target: at least `value` arrivals in `year`. */
export interface Milestone {
	year: number;
	value: number;
}

/**
 * The yearly figure on the straight path between the targets around `year` (3.3 M in 2026 between
 * 3 M in 2025 and 4.5 M in 2030); the first target before it, the last one after; null with none.
 */
export function yearTarget(year: number, milestones: readonly Milestone[]): number | null {
	const sorted = [...milestones].sort((a, b) => a.year - b.year);
	if (sorted.length === 0) return null;
	if (year <= sorted[0].year) return sorted[0].value;
	const last = sorted[sorted.length - 1];
	if (year >= last.year) return last.value;
	const next = sorted.findIndex((m) => m.year >= year);
	const [a, b] = [sorted[next - 1], sorted[next]];
	return Math.round(a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year));
}

/** Twelve monthly totals of one year (index 0 = January); null where no figure was entered. */
export type YearFigures = (number | null)[];

/** The last month (1–12) up to which every month of the year has a figure; 0 for none. */
export function monthsComplete(months: YearFigures): number {
	let m = 0;
	while (m < 12 && months[m] !== null && months[m] !== undefined) m++;
	return m;
}

export interface SeasonalShares {
	/** Share of the year's total reached by the end of each month (index 0 = end of January). */
	cumulative: number[];
	/** The complete years the shares were averaged over. */
	years: number[];
}

/** The share of a year usually reached by each month's end, averaged over complete past years. */
export function seasonalShares(
	byYear: Map<number, YearFigures>,
	beforeYear: number
): SeasonalShares | null {
	const years = [...byYear.keys()]
		.filter((y) => y < beforeYear && monthsComplete(byYear.get(y)!) === 12)
		.sort((a, b) => a - b);
	const usable = years.filter((y) => byYear.get(y)!.reduce<number>((s, v) => s + (v ?? 0), 0) > 0);
	if (usable.length === 0) return null;
	const cumulative = Array.from({ length: 12 }, (_, m) => {
		let sum = 0;
		for (const y of usable) {
			const months = byYear.get(y)! as number[];
			const total = months.reduce((s, v) => s + v, 0);
			sum += months.slice(0, m + 1).reduce((s, v) => s + v, 0) / total;
		}
		return sum / usable.length;
	});
	return { cumulative, years: usable };
}

export interface Projection {
	/** Arrivals January to `throughMonth`. */
	toDate: number;
	throughMonth: number;
	/** The share of a year usually reached by then. */
	share: number;
	/** toDate ÷ share, rounded to the nearest thousand. */
	yearEnd: number;
	basedOn: number[];
}

/** The year-end projection: arrivals so far divided by the share of a year usually reached by now. */
export function projectYear(byYear: Map<number, YearFigures>, year: number): Projection | null {
	const months = byYear.get(year);
	if (!months) return null;
	const through = monthsComplete(months);
	if (through === 0) return null;
	const shares = seasonalShares(byYear, year);
	if (!shares) return null;
	const toDate = (months as number[]).slice(0, through).reduce((s, v) => s + v, 0);
	const share = shares.cumulative[through - 1];
	return {
		toDate,
		throughMonth: through,
		share,
		yearEnd: Math.round(toDate / share / 1000) * 1000,
		basedOn: shares.years
	};
}

export interface YearProgress {
	year: number;
	months: YearFigures;
	throughMonth: number;
	toDate: number;
	/** Null when the department has entered no target for the area. */
	target: number | null;
	/** What the year's target path expects by the end of `throughMonth` (seasonal when known). */
	expectedToDate: number | null;
	projection: Projection | null;
}

export function yearProgress(
	byYear: Map<number, YearFigures>,
	year: number,
	milestones: readonly Milestone[]
): YearProgress {
	const months = byYear.get(year) ?? Array<number | null>(12).fill(null);
	const throughMonth = monthsComplete(months);
	const toDate = (months as number[]).slice(0, throughMonth).reduce((s, v) => s + v, 0);
	const target = yearTarget(year, milestones);
	const shares = seasonalShares(byYear, year);
	const expectedToDate =
		throughMonth === 0 || target === null
			? null
			: Math.round(target * (shares ? shares.cumulative[throughMonth - 1] : throughMonth / 12));
	return {
		year,
		months,
		throughMonth,
		toDate,
		target,
		expectedToDate,
		projection: projectYear(byYear, year)
	};
}

/** A complete year's total, or null when a month is missing. */
export function yearTotal(months: YearFigures | undefined): number | null {
	if (!months || monthsComplete(months) !== 12) return null;
	return (months as number[]).reduce((s, v) => s + v, 0);
}
