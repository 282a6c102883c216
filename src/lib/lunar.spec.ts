import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from './lunar';

describe('Vietnamese lunar calendar (UTC+7)', () => {
	it('puts Tết on the dates the facts file gives', () => {
		expect(lunarToSolar(1, 1, 2026)).toEqual([17, 2, 2026]);
		expect(lunarToSolar(1, 1, 2027)).toEqual([6, 2, 2027]);
	});

	it('converts the festival dates in the facts file', () => {
		expect(lunarToSolar(27, 1, 2025)).toEqual([24, 2, 2025]);
		expect(lunarToSolar(18, 1, 2023)).toEqual([8, 2, 2023]);
		expect(lunarToSolar(18, 1, 2024)).toEqual([27, 2, 2024]);
		// The 2026 column of the festival table.
		expect(lunarToSolar(5, 1, 2026)).toEqual([21, 2, 2026]);
		expect(lunarToSolar(10, 1, 2026)).toEqual([26, 2, 2026]);
		expect(lunarToSolar(14, 1, 2026)).toEqual([2, 3, 2026]);
		expect(lunarToSolar(18, 1, 2026)).toEqual([6, 3, 2026]);
		expect(lunarToSolar(22, 1, 2026)).toEqual([10, 3, 2026]);
		expect(lunarToSolar(18, 9, 2026)).toEqual([27, 10, 2026]);
	});

	it('agrees with Tết in other years, including 1985, 2007 and 2030, when Vietnam and China differ', () => {
		const tet: [number, [number, number, number]][] = [
			[1985, [21, 1, 1985]],
			[2000, [5, 2, 2000]],
			[2007, [17, 2, 2007]],
			[2020, [25, 1, 2020]],
			[2023, [22, 1, 2023]],
			[2024, [10, 2, 2024]],
			[2025, [29, 1, 2025]],
			[2028, [26, 1, 2028]],
			// New moon at 23:07 on 2 February in Vietnam, 00:07 on the 3rd in China.
			[2030, [2, 2, 2030]]
		];
		for (const [year, date] of tet) expect(lunarToSolar(1, 1, year), String(year)).toEqual(date);
	});

	it('converts back and forth over many years, leap months included', () => {
		for (let jd = 0; jd < 365 * 12; jd += 13) {
			const d = new Date(Date.UTC(2020, 0, 1 + jd));
			const [dd, mm, yy] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
			const lunar = solarToLunar(dd, mm, yy);
			expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toEqual([dd, mm, yy]);
		}
		// 2023 had a leap 2nd month; 2025 a leap 6th month.
		expect(solarToLunar(22, 3, 2023)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
		expect(solarToLunar(25, 7, 2025)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
		expect(lunarToSolar(1, 6, 2026, true)).toBeNull();
	});
});
