// counting/: the road to the resolution's targets — the growth each one needs and a plain verdict.
import { projectYear, yearTarget, yearTotal, type Milestone, type YearFigures } from './progress';

/** "On track" means within this share of where the target path expects the city to be. */
export const ON_TRACK_MARGIN = 0.05;

/** The first year of the resolution (2021–2030): the road starts here. */
export const ROAD_FROM = 2021;

export type VerdictKind = 'ahead' | 'onTrack' | 'behind';

export interface Verdict {
	kind: VerdictKind;
	/** How far from what was expected, in arrivals (always ≥ 0; the kind says which side). */
	by: number;
}

/**
 * Ahead, on track or behind: on track when `actual` is within the margin of `expected` (inclusive),
 * else ahead or behind by the difference. Whole numbers, so the boundary is exact.
 */
export function verdict(actual: number, expected: number, margin = ON_TRACK_MARGIN): Verdict {
	const diff = actual - expected;
	const by = Math.abs(diff);
	if (by <= expected * margin) return { kind: 'onTrack', by };
	return { kind: diff > 0 ? 'ahead' : 'behind', by };
}

/**
 * The growth per year that takes `base` (in `baseYear`) to `target` (in `targetYear`), compounded:
 * 3 M in 2025 → 4.5 M in 2030 needs 1.5^(1/5) − 1 ≈ 8.45% a year. Null when it cannot be said.
 */
export function requiredGrowth(
	base: number,
	baseYear: number,
	target: number,
	targetYear: number
): number | null {
	const years = targetYear - baseYear;
	if (years <= 0 || base <= 0 || target <= 0) return null;
	return (target / base) ** (1 / years) - 1;
}

export interface RoadYear {
	year: number;
	/** The complete year's official total, or null. */
	actual: number | null;
	/** This year's year-end projection (only for the current year). */
	projected: number | null;
	/** Where the straight path between the targets puts the year (from the first target on). */
	path: number | null;
}

/** What the road is measured from: this year's projection, else the last complete year. */
export interface RoadBase {
	year: number;
	value: number;
	kind: 'projection' | 'actual';
}

export interface TargetOutlook extends Milestone {
	/** A target whose year is over: judged on that year's total (null when incomplete). */
	past: boolean;
	/** Where the path expects the city to be in the base year (or the target itself, if past). */
	expected: number | null;
	/** The growth per year still needed from the base to the target; null for a past target. */
	growthNeeded: number | null;
	verdict: Verdict | null;
}

export interface Road {
	years: RoadYear[];
	base: RoadBase | null;
	outlooks: TargetOutlook[];
	margin: number;
}

/** The years since the resolution began, the target path, and the outlook for each target. */
export function roadTo(
	byYear: Map<number, YearFigures>,
	milestones: readonly Milestone[],
	currentYear: number
): Road {
	const lastYear = Math.max(currentYear, ...milestones.map((m) => m.year));
	const projection = projectYear(byYear, currentYear);
	const firstTarget = Math.min(...milestones.map((m) => m.year));
	const years: RoadYear[] = [];
	for (let year = Math.min(ROAD_FROM, currentYear); year <= lastYear; year++) {
		years.push({
			year,
			actual: year < currentYear ? yearTotal(byYear.get(year)) : null,
			projected: year === currentYear ? (projection?.yearEnd ?? null) : null,
			// No path before the first target: the resolution sets none for those years.
			path: year >= firstTarget ? yearTarget(year, milestones) : null
		});
	}
	const lastComplete = years.filter((y) => y.actual !== null).at(-1);
	const base: RoadBase | null = projection
		? { year: currentYear, value: projection.yearEnd, kind: 'projection' }
		: lastComplete
			? { year: lastComplete.year, value: lastComplete.actual!, kind: 'actual' }
			: null;
	const outlooks = [...milestones]
		.sort((a, b) => a.year - b.year)
		.map((m): TargetOutlook => {
			if (m.year < currentYear) {
				const actual = yearTotal(byYear.get(m.year));
				return {
					...m,
					past: true,
					expected: m.value,
					growthNeeded: null,
					verdict: actual === null ? null : verdict(actual, m.value)
				};
			}
			const expected = base ? yearTarget(base.year, milestones) : null;
			return {
				...m,
				past: false,
				expected,
				growthNeeded: base ? requiredGrowth(base.value, base.year, m.value, m.year) : null,
				verdict: base && expected !== null ? verdict(base.value, expected) : null
			};
		});
	return { years, base, outlooks, margin: ON_TRACK_MARGIN };
}
