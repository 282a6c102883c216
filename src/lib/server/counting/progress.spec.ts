import { describe, expect, it } from 'vitest';
import {
	monthsComplete,
	projectYear,
	seasonalShares,
	yearProgress,
	yearTarget,
	yearTotal,
	type YearFigures
} from './progress';

// Two past years with the same season (Q1 = 35%) and a third with a different one; all in
// round numbers so every expected figure below can be checked by hand.
const SEASON_A = [10, 14, 11, 7, 7, 6, 7, 7, 7, 8, 7, 9].map((p) => p * 10_000); // 1,000,000
const SEASON_B = [5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5].map((p) => p * 20_000); // 2,000,000
const partial = (months: number[], through: number): YearFigures =>
	months.map((v, i) => (i < through ? v : null));

const fixture = () =>
	new Map<number, YearFigures>([
		[2023, SEASON_A],
		[2024, SEASON_B],
		// 2025 misses June: not a complete year, never used for the season.
		[2025, SEASON_A.map((v, i) => (i === 5 ? null : v))],
		[2026, partial([400_000, 500_000, 300_000, 200_000, 0, 0, 0, 0, 0, 0, 0, 0], 4)]
	]);

describe('targets', () => {
	it('runs straight from 3 M in 2025 to 4.5 M in 2030', () => {
		const milestones = [
			{ year: 2030, value: 4_500_000 },
			{ year: 2025, value: 3_000_000 }
		];
		expect(
			[2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) => yearTarget(y, milestones))
		).toEqual([
			3_000_000, 3_000_000, 3_300_000, 3_600_000, 3_900_000, 4_200_000, 4_500_000, 4_500_000
		]);
		expect(yearTarget(2026, [])).toBeNull();
	});
});

describe('the year-end projection', () => {
	it('averages the share reached by each month over complete past years only', () => {
		const shares = seasonalShares(fixture(), 2026)!;
		expect(shares.years).toEqual([2023, 2024]);
		// End of April: 2023 reached 42%, 2024 reached 30% → 36%.
		expect(shares.cumulative[3]).toBeCloseTo(0.36, 10);
		expect(shares.cumulative[11]).toBeCloseTo(1, 10);
	});

	it('divides arrivals so far by the share usually reached by then', () => {
		const p = projectYear(fixture(), 2026)!;
		expect(p.toDate).toBe(1_400_000);
		expect(p.throughMonth).toBe(4);
		expect(p.share).toBeCloseTo(0.36, 10);
		// 1,400,000 / 0.36 = 3,888,888.9 → to the nearest thousand.
		expect(p.yearEnd).toBe(3_889_000);
		expect(p.basedOn).toEqual([2023, 2024]);
	});

	it('stops at the first month without a figure', () => {
		const byYear = fixture();
		byYear.set(2026, [400_000, null, 300_000, ...Array(9).fill(null)]);
		const p = projectYear(byYear, 2026)!;
		expect([p.throughMonth, p.toDate]).toEqual([1, 400_000]);
		expect(p.share).toBeCloseTo(0.075, 10); // (10% + 5%) / 2
	});

	it('makes no projection without a complete past year or without figures this year', () => {
		expect(projectYear(new Map([[2026, partial(SEASON_A, 3)]]), 2026)).toBeNull();
		expect(projectYear(fixture(), 2027)).toBeNull();
		expect(
			projectYear(
				new Map([
					[2023, SEASON_A],
					[2026, Array(12).fill(null)]
				]),
				2026
			)
		).toBeNull();
	});

	it('compares the year so far with the seasonal path to the year’s target', () => {
		const progress = yearProgress(fixture(), 2026, [
			{ year: 2025, value: 3_000_000 },
			{ year: 2030, value: 4_500_000 }
		]);
		expect(progress.target).toBe(3_300_000);
		expect(progress.expectedToDate).toBe(Math.round(3_300_000 * 0.36));
		expect(progress.toDate).toBe(1_400_000);
		// Without past seasons the path is even through the year.
		const flat = yearProgress(new Map([[2027, partial(SEASON_A, 6)]]), 2027, [
			{ year: 2025, value: 3_000_000 },
			{ year: 2030, value: 4_500_000 }
		]);
		expect(flat.expectedToDate).toBe(1_800_000);
		expect(flat.projection).toBeNull();
	});

	it('totals only complete years', () => {
		expect(yearTotal(SEASON_A)).toBe(1_000_000);
		expect(yearTotal(fixture().get(2025))).toBeNull();
		expect(monthsComplete(fixture().get(2025)!)).toBe(5);
	});
});
