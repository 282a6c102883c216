import { describe, expect, it } from 'vitest';
import { requiredGrowth, roadTo, verdict } from './road';
import type { YearFigures } from './progress';

const RESOLUTION = [
	{ year: 2025, value: 3_000_000 },
	{ year: 2030, value: 4_500_000 }
];
/** A year of twelve equal months adding up to `total`. */
const even = (total: number): YearFigures => Array(12).fill(total / 12);

describe('the growth a target needs', () => {
	it('compounds: 3 M in 2025 to 4.5 M in 2030 is 1.5^(1/5) − 1 a year', () => {
		// 1.5^0.2 = 1.084472 (by hand: 1.084472^5 = 1.500000)
		expect(requiredGrowth(3_000_000, 2025, 4_500_000, 2030)).toBeCloseTo(0.084472, 6);
		// Two years to go from 2 M: 4.5/2 = 2.25 = 1.5², so 50% a year.
		expect(requiredGrowth(2_000_000, 2028, 4_500_000, 2030)).toBeCloseTo(0.5, 12);
		// Already above the target: the figure may shrink 10% a year and still meet it (0.9² × 5 M).
		expect(requiredGrowth(5_000_000, 2028, 4_050_000, 2030)).toBeCloseTo(-0.1, 12);
	});

	it('says nothing for a target year already reached or a zero base', () => {
		expect(requiredGrowth(3_000_000, 2030, 4_500_000, 2030)).toBeNull();
		expect(requiredGrowth(0, 2026, 4_500_000, 2030)).toBeNull();
	});
});

describe('the verdict', () => {
	// The path expects 3.3 M in 2026 (a fifth of the way from 3 M to 4.5 M); the margin is 5%,
	// so on track means 3,135,000 to 3,465,000 inclusive.
	it('is on track within 5% either side, inclusive', () => {
		expect(verdict(3_300_000, 3_300_000)).toEqual({ kind: 'onTrack', by: 0 });
		expect(verdict(3_135_000, 3_300_000)).toEqual({ kind: 'onTrack', by: 165_000 });
		expect(verdict(3_465_000, 3_300_000)).toEqual({ kind: 'onTrack', by: 165_000 });
	});

	it('is behind or ahead by the difference beyond the margin', () => {
		expect(verdict(3_134_999, 3_300_000)).toEqual({ kind: 'behind', by: 165_001 });
		expect(verdict(2_772_000, 3_300_000)).toEqual({ kind: 'behind', by: 528_000 });
		expect(verdict(3_465_001, 3_300_000)).toEqual({ kind: 'ahead', by: 165_001 });
	});
});

describe('the road to 2030', () => {
	it('lists the years since 2021 with totals, the path and the outlook for each target', () => {
		// 2021-2023 complete; 2024 has eleven months only; 2026 is the current year with January to
		// March entered. Each year's months are equal, so the share reached by March is 3/12.
		const byYear = new Map<number, YearFigures>([
			[2021, even(1_200_000)],
			[2022, even(2_400_000)],
			[2023, even(2_640_000)],
			[2024, [...even(2_880_000).slice(0, 11), null]],
			[2025, even(2_880_000)],
			[2026, [240_000, 240_000, 240_000, ...Array(9).fill(null)]]
		]);
		const road = roadTo(byYear, RESOLUTION, 2026);
		expect(road.years.map((y) => y.year)).toEqual([
			2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030
		]);
		expect(road.years.map((y) => y.actual)).toEqual([
			1_200_000,
			2_400_000,
			2_640_000,
			null,
			2_880_000,
			null,
			null,
			null,
			null,
			null
		]);
		// No path before the first target (2025); then a straight line to 2030.
		expect(road.years.map((y) => y.path)).toEqual([
			null,
			null,
			null,
			null,
			3_000_000,
			3_300_000,
			3_600_000,
			3_900_000,
			4_200_000,
			4_500_000
		]);
		// 720,000 by March ÷ 25% = 2,880,000.
		expect(road.years[5].projected).toBe(2_880_000);
		expect(road.base).toEqual({ year: 2026, value: 2_880_000, kind: 'projection' });

		const [y2025, y2030] = road.outlooks;
		// 2025 is over: 2,880,000 against 3 M is 4% short, within the margin.
		expect(y2025).toMatchObject({
			year: 2025,
			past: true,
			verdict: { kind: 'onTrack', by: 120_000 }
		});
		// 2030: from 2.88 M in 2026, four years: (4.5/2.88)^(1/4) = 1.5625^0.25 = 1.118034 (√1.25).
		expect(y2030.past).toBe(false);
		expect(y2030.expected).toBe(3_300_000);
		expect(y2030.growthNeeded).toBeCloseTo(0.118034, 6);
		expect(y2030.verdict).toEqual({ kind: 'behind', by: 420_000 });
	});

	it('measures from the last complete year when this year cannot be projected yet', () => {
		const byYear = new Map<number, YearFigures>([[2025, even(3_600_000)]]);
		const road = roadTo(byYear, RESOLUTION, 2026);
		expect(road.base).toEqual({ year: 2025, value: 3_600_000, kind: 'actual' });
		// 2025's path is 3 M: 20% ahead. Growth needed: 1.25^(1/5) − 1 = 4.5640%.
		const y2030 = road.outlooks[1];
		expect(y2030.verdict).toEqual({ kind: 'ahead', by: 600_000 });
		expect(y2030.growthNeeded).toBeCloseTo(0.04564, 6);
		expect(road.outlooks[0].verdict).toEqual({ kind: 'ahead', by: 600_000 });
	});

	it('gives no verdict without figures, and no path without targets', () => {
		const road = roadTo(new Map(), RESOLUTION, 2026);
		expect(road.base).toBeNull();
		expect(road.outlooks.map((o) => o.verdict)).toEqual([null, null]);
		expect(roadTo(new Map(), [], 2026).years.every((y) => y.path === null)).toBe(true);
	});
});
