import { describe, expect, it } from 'vitest';
import {
	daysBetween,
	openingStatus,
	parseOpeningHours,
	placeStatus,
	WALKING_STREET_HOURS,
	weekTable,
	type WeeklyRule
} from './opening-hours';

/** Unix seconds for a wall-clock time in Lạng Sơn (UTC+7). */
const vn = (y: number, m: number, d: number, h = 0, min = 0) =>
	Date.UTC(y, m - 1, d, h - 7, min) / 1000;

// 2026-11-27 is a Friday.
describe('walking street hours (Fri–Sat 18:00–24:00)', () => {
	it('is closed on a Friday afternoon and opens that evening', () => {
		const s = openingStatus(WALKING_STREET_HOURS, vn(2026, 11, 27, 15));
		expect(s).toEqual({ open: false, closesAt: null, opensAt: vn(2026, 11, 27, 18) });
	});

	it('is open at 23:59 on Friday, closing at midnight', () => {
		const s = openingStatus(WALKING_STREET_HOURS, vn(2026, 11, 27, 23, 59));
		expect(s).toEqual({ open: true, closesAt: vn(2026, 11, 28, 0), opensAt: null });
	});

	it('is closed at midnight and opens again on Saturday at 18:00', () => {
		const s = openingStatus(WALKING_STREET_HOURS, vn(2026, 11, 28, 0));
		expect(s.open).toBe(false);
		expect(s.opensAt).toBe(vn(2026, 11, 28, 18));
	});

	it('after Saturday night, next opens the following Friday', () => {
		const s = openingStatus(WALKING_STREET_HOURS, vn(2026, 11, 29, 10));
		expect(s.opensAt).toBe(vn(2026, 12, 4, 18));
	});

	it('answers in Vietnam time on a UTC server: 12:00 UTC Friday is 19:00 in Lạng Sơn', () => {
		expect(new Date(0).getTimezoneOffset()).toBe(0);
		const utcNoonFriday = Date.UTC(2026, 10, 27, 12) / 1000;
		expect(openingStatus(WALKING_STREET_HOURS, utcNoonFriday).open).toBe(true);
		// 20:00 UTC Saturday is already 03:00 Sunday in Lạng Sơn.
		expect(openingStatus(WALKING_STREET_HOURS, Date.UTC(2026, 10, 28, 20) / 1000).open).toBe(false);
	});
});

describe('hours past midnight and every day', () => {
	const lateBar: WeeklyRule[] = [{ days: [5], open: 20 * 60, close: 26 * 60 }];
	const daily: WeeklyRule[] = [{ days: [0, 1, 2, 3, 4, 5, 6], open: 7 * 60, close: 17 * 60 }];

	it('counts Friday’s late hours as open at 01:30 on Saturday', () => {
		const s = openingStatus(lateBar, vn(2026, 11, 28, 1, 30));
		expect(s).toEqual({ open: true, closesAt: vn(2026, 11, 28, 2), opensAt: null });
	});

	it('gives tomorrow morning as the next opening of a daily place after hours', () => {
		expect(openingStatus(daily, vn(2026, 11, 26, 17)).opensAt).toBe(vn(2026, 11, 27, 7));
		expect(openingStatus(daily, vn(2026, 11, 26, 6, 59)).opensAt).toBe(vn(2026, 11, 26, 7));
	});

	it('has no next opening without rules', () => {
		expect(openingStatus([], vn(2026, 11, 26, 12))).toEqual({
			open: false,
			closesAt: null,
			opensAt: null
		});
	});

	it('counts calendar days in Vietnam time', () => {
		expect(daysBetween(vn(2026, 11, 26, 0, 1), vn(2026, 11, 26, 23, 59))).toBe(0);
		expect(daysBetween(vn(2026, 11, 26, 23, 59), vn(2026, 11, 27, 0))).toBe(1);
		expect(daysBetween(vn(2026, 11, 29, 10), vn(2026, 12, 4, 18))).toBe(5);
	});
});

describe('stored hours', () => {
	it('reads always-open and weekly hours', () => {
		expect(parseOpeningHours('{"always":true}')).toEqual({ always: true });
		expect(parseOpeningHours('{"rules":[{"days":[5,6],"open":1080,"close":1440}]}')).toEqual({
			rules: WALKING_STREET_HOURS
		});
	});

	it('treats anything malformed as unknown rather than guessing', () => {
		for (const bad of [
			null,
			'',
			'nonsense',
			'[]',
			'{"rules":[]}',
			'{"rules":[{"days":[7],"open":60,"close":120}]}',
			'{"rules":[{"days":[1],"open":600,"close":500}]}',
			'{"rules":[{"days":[1],"open":-5,"close":500}]}',
			'{"rules":[{"days":[1],"open":60,"close":3000}]}',
			'{"always":"yes"}'
		]) {
			expect(parseOpeningHours(bad), String(bad)).toBeNull();
		}
	});

	it('gives a status for known hours only', () => {
		const now = vn(2026, 11, 27, 3);
		expect(placeStatus(null, now)).toBeNull();
		expect(placeStatus({ always: true }, now)).toEqual({
			open: true,
			closesAt: null,
			opensAt: null
		});
		expect(placeStatus({ rules: WALKING_STREET_HOURS }, now)?.opensAt).toBe(vn(2026, 11, 27, 18));
	});

	it('lays the week out Monday first', () => {
		const table = weekTable(WALKING_STREET_HOURS);
		expect(table.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
		expect(table[4]).toEqual({ weekday: 5, spans: [[1080, 1440]] });
		expect(table[0].spans).toEqual([]);
	});
});
