import { describe, expect, it } from 'vitest';
import {
	addDays,
	expandSchedule,
	localDate,
	midnightOf,
	tonightWindow,
	weekdayMask,
	weekdayOf,
	weekendWindow
} from './recurrence';

/** Unix seconds for a wall-clock time in Lạng Sơn. */
const vn = (y: number, m: number, d: number, h = 0, min = 0) =>
	Date.UTC(y, m - 1, d, h - 7, min) / 1000;

describe('local dates', () => {
	it('follow Vietnam time on a UTC server and refuse impossible dates', () => {
		expect(localDate(vn(2026, 11, 27, 0, 30))).toBe('2026-11-27');
		expect(localDate(vn(2026, 11, 26, 23, 59))).toBe('2026-11-26');
		expect(midnightOf('2026-11-27')).toBe(vn(2026, 11, 27));
		expect(midnightOf('2026-02-30')).toBeNaN();
		expect(midnightOf('27/11/2026')).toBeNaN();
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(weekdayOf('2026-11-27')).toBe(5);
	});
});

describe('weekly recurrence', () => {
	// Fridays and Saturdays 18:00–22:00 from Fri 27 Nov until Sat 19 Dec 2026.
	const market = {
		startsAt: vn(2026, 11, 27, 18),
		endsAt: vn(2026, 11, 27, 22),
		weekdays: weekdayMask([5, 6]),
		untilDate: '2026-12-19'
	};

	it('repeats on the chosen weekdays until the last date', () => {
		const all = expandSchedule(market, vn(2026, 1, 1), vn(2027, 12, 31));
		expect(all.map((o) => o.date)).toEqual([
			'2026-11-27',
			'2026-11-28',
			'2026-12-04',
			'2026-12-05',
			'2026-12-11',
			'2026-12-12',
			'2026-12-18',
			'2026-12-19'
		]);
		expect(all[2]).toEqual({
			date: '2026-12-04',
			startsAt: vn(2026, 12, 4, 18),
			endsAt: vn(2026, 12, 4, 22),
			cancelled: false
		});
	});

	it('leaves out skipped dates and marks cancelled ones', () => {
		const dates = expandSchedule(
			{ ...market, skipped: ['2026-12-05'], cancelled: ['2026-12-12'] },
			vn(2026, 12, 1),
			vn(2026, 12, 15)
		);
		expect(dates.map((o) => [o.date, o.cancelled])).toEqual([
			['2026-12-04', false],
			['2026-12-11', false],
			['2026-12-12', true]
		]);
	});

	it('finds only the occurrences overlapping the window, including one still running', () => {
		expect(
			expandSchedule(market, vn(2026, 12, 4, 21), vn(2026, 12, 5, 12)).map((o) => o.date)
		).toEqual(['2026-12-04']);
		expect(expandSchedule(market, vn(2026, 12, 4, 22), vn(2026, 12, 5, 18))).toEqual([]);
	});

	it('handles occurrences that cross midnight', () => {
		const late = {
			startsAt: vn(2026, 11, 27, 22),
			endsAt: vn(2026, 11, 28, 2),
			weekdays: weekdayMask([5]),
			untilDate: '2026-12-31'
		};
		const tonight = tonightWindow(vn(2026, 12, 5, 1));
		// 01:00 on Saturday: still Friday's night, and Friday's 22:00–02:00 show is on.
		expect(tonight).toEqual({ from: vn(2026, 12, 4, 18), to: vn(2026, 12, 5, 6) });
		expect(expandSchedule(late, tonight.from, tonight.to).map((o) => o.date)).toEqual([
			'2026-12-04'
		]);
	});

	it('gives a one-off event once, if it overlaps', () => {
		const once = {
			startsAt: vn(2026, 12, 24, 19),
			endsAt: vn(2026, 12, 24, 23),
			weekdays: 0,
			untilDate: null
		};
		expect(expandSchedule(once, vn(2026, 12, 1), vn(2027, 1, 1))).toHaveLength(1);
		expect(expandSchedule(once, vn(2026, 12, 25), vn(2027, 1, 1))).toHaveLength(0);
		expect(
			expandSchedule({ ...once, skipped: ['2026-12-24'] }, vn(2026, 12, 1), vn(2027, 1, 1))
		).toHaveLength(0);
	});
});

describe('tonight and this weekend', () => {
	it('tonight is 18:00 to 06:00 local, whatever the hour', () => {
		const fri = { from: vn(2026, 11, 27, 18), to: vn(2026, 11, 28, 6) };
		expect(tonightWindow(vn(2026, 11, 27, 10))).toEqual(fri);
		expect(tonightWindow(vn(2026, 11, 27, 23, 30))).toEqual(fri);
		expect(tonightWindow(vn(2026, 11, 28, 5, 59))).toEqual(fri);
		expect(tonightWindow(vn(2026, 11, 28, 6))).toEqual({
			from: vn(2026, 11, 28, 18),
			to: vn(2026, 11, 29, 6)
		});
		// On a UTC server, 23:00 UTC Friday is already Saturday 06:00 in Lạng Sơn.
		expect(tonightWindow(Date.UTC(2026, 10, 27, 23) / 1000).from).toBe(vn(2026, 11, 28, 18));
	});

	it('this weekend runs from Friday 18:00 to Monday', () => {
		const w = { from: vn(2026, 11, 27, 18), to: vn(2026, 11, 30) };
		for (const day of [23, 26, 27, 28, 29])
			expect(weekendWindow(vn(2026, 11, day, 12)), String(day)).toEqual(w);
		expect(weekendWindow(vn(2026, 11, 30, 9)).from).toBe(vn(2026, 12, 4, 18));
	});
});
