import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '$lib/recurrence';
import { change, lastYearAligned, previousPeriod, shiftMonth, wholeMonths } from './compare';

/** Visits of a town whose Saturdays bring 100 and other days 10, the same every year. */
const visitsOn = (date: string) => (weekdayOf(date) === 6 ? 100 : 10);
const sum = (from: string, to: string) => {
	let total = 0;
	for (let d = from; d <= to; d = addDays(d, 1)) total += visitsOn(d);
	return total;
};

describe('comparing periods', () => {
	it('compares a Saturday with a Saturday a year earlier', () => {
		// 2026-08-01 is a Saturday; 364 days earlier, 2025-08-02, is one too.
		expect(lastYearAligned({ from: '2026-08-01', to: '2026-08-01' })).toEqual({
			from: '2025-08-02',
			to: '2025-08-02'
		});
		expect(weekdayOf('2025-08-02')).toBe(6);
	});

	it('gives a month with five Saturdays as many Saturdays a year earlier', () => {
		// August 2026 has five Saturdays (1, 8, 15, 22, 29): 5 × 100 + 26 × 10 = 760.
		const aug = { from: '2026-08-01', to: '2026-08-31' };
		expect(sum(aug.from, aug.to)).toBe(760);
		// Aligned: 2025-08-02 … 2025-09-01 also holds five (2, 9, 16, 23, 30): 760, no change.
		const aligned = lastYearAligned(aug);
		expect(aligned).toEqual({ from: '2025-08-02', to: '2025-09-01' });
		expect(change(sum(aug.from, aug.to), sum(aligned.from, aligned.to))).toEqual({
			diff: 0,
			share: 0
		});
		// August 2027 has four (7, 14, 21, 28): 670. The calendar month a year before has five
		// (760) and would show a fall of 90 (−11.8%) where nothing changed; aligned, 2026-08-02 …
		// 2026-09-01 holds four Saturdays too: 670.
		const next = lastYearAligned({ from: '2027-08-01', to: '2027-08-31' });
		expect(next).toEqual({ from: '2026-08-02', to: '2026-09-01' });
		expect(sum('2027-08-01', '2027-08-31')).toBe(670);
		expect(sum(next.from, next.to)).toBe(670);
		expect(change(670, 760)!.share).toBeCloseTo(-90 / 760, 12);
	});

	it('crosses 29 February without losing the weekday', () => {
		// 2028 is a leap year: 2028-03-01 (Wednesday) less 364 days is 2027-03-03, a Wednesday
		// (a calendar "same date" would give Monday 2027-03-01).
		expect(lastYearAligned({ from: '2028-03-01', to: '2028-03-07' })).toEqual({
			from: '2027-03-03',
			to: '2027-03-09'
		});
		expect([weekdayOf('2028-03-01'), weekdayOf('2027-03-03')]).toEqual([3, 3]);
		// 29 February itself (a Tuesday) meets Tuesday 2027-03-02.
		expect(lastYearAligned({ from: '2028-02-29', to: '2028-02-29' }).from).toBe('2027-03-02');
		// Leap February's previous period is January. 1–29 March is not a whole month: it meets the
		// 29 days before it, which in a leap year are all of February (in 2027, 31 Jan – 28 Feb).
		expect(previousPeriod({ from: '2028-02-01', to: '2028-02-29' })).toEqual({
			from: '2028-01-01',
			to: '2028-01-31'
		});
		expect(previousPeriod({ from: '2028-03-01', to: '2028-03-29' })).toEqual({
			from: '2028-02-01',
			to: '2028-02-29'
		});
		expect(previousPeriod({ from: '2027-03-01', to: '2027-03-29' })).toEqual({
			from: '2027-01-31',
			to: '2027-02-28'
		});
	});

	it('takes the period just before: as many whole months, or as many days', () => {
		expect(previousPeriod({ from: '2026-03-14', to: '2026-03-14' })).toEqual({
			from: '2026-03-13',
			to: '2026-03-13'
		});
		// Whole months meet as many whole months: November (30 days) meets October (31).
		expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
			from: '2026-10-01',
			to: '2026-10-31'
		});
		expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
			from: '2025-10-01',
			to: '2025-12-31'
		});
		// Ten days meet the ten days before.
		expect(previousPeriod({ from: '2026-11-21', to: '2026-11-30' })).toEqual({
			from: '2026-11-11',
			to: '2026-11-20'
		});
	});

	it('counts arrivals over the whole months of a period', () => {
		expect(wholeMonths({ from: '2026-01-01', to: '2026-03-31' })).toEqual([
			'2026-01',
			'2026-02',
			'2026-03'
		]);
		// Half months at either end are left out; a week holds none.
		expect(wholeMonths({ from: '2026-01-15', to: '2026-04-10' })).toEqual(['2026-02', '2026-03']);
		expect(wholeMonths({ from: '2026-03-01', to: '2026-03-07' })).toEqual([]);
		expect(wholeMonths({ from: '2027-12-01', to: '2028-02-29' })).toEqual([
			'2027-12',
			'2028-01',
			'2028-02'
		]);
		expect(shiftMonth('2026-01', -1)).toBe('2025-12');
		expect(shiftMonth('2026-03', -12)).toBe('2025-03');
	});

	it('shows the change as a difference and a share, none against nothing', () => {
		expect(change(1_150, 1_000)).toEqual({ diff: 150, share: 0.15 });
		expect(change(800, 1_000)).toEqual({ diff: -200, share: -0.2 });
		expect(change(5, 0)).toEqual({ diff: 5, share: null });
		expect(change(null, 1_000)).toBeNull();
	});
});
