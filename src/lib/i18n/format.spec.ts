import { describe, expect, it } from 'vitest';
import {
	formatClosingTime,
	formatDate,
	formatDistance,
	formatMinutes,
	formatNumber,
	formatVnd,
	vietnamParts,
	weekdayName
} from './format';

// 2026-02-17 17:30 UTC is 00:30 on 18 February in Lạng Sơn: the server runs in UTC (vite.config).
const justAfterMidnightInVietnam = Date.UTC(2026, 1, 17, 17, 30) / 1000;

describe('formatting in Vietnam time', () => {
	it('runs these tests on a UTC server', () => {
		expect(new Date(0).getTimezoneOffset()).toBe(0);
	});

	it('shows the local date and time, not the server’s', () => {
		expect(formatDate(justAfterMidnightInVietnam, 'en', 'time')).toBe('00:30');
		expect(formatDate(justAfterMidnightInVietnam, 'en', 'date')).toBe('18 February 2026');
		expect(formatDate(justAfterMidnightInVietnam, 'vi', 'date')).toContain('18');
		expect(formatDate(justAfterMidnightInVietnam, 'zh', 'date')).toBe('2026年2月18日');
		expect(vietnamParts(justAfterMidnightInVietnam)).toMatchObject({
			year: 2026,
			month: 2,
			day: 18,
			weekday: 3,
			hour: 0,
			minute: 30
		});
	});

	it('formats numbers and money per language', () => {
		expect(formatNumber(4500000, 'vi')).toBe('4.500.000');
		expect(formatNumber(4500000, 'en')).toBe('4,500,000');
		expect(formatNumber(4500000, 'zh')).toBe('4,500,000');
		expect(formatVnd(20000, 'vi')).toMatch(/^20\.000\s?₫$/);
	});

	it('writes a midnight closing time as 24:00', () => {
		const midnight = Date.UTC(2026, 1, 20, 17, 0) / 1000;
		expect(formatClosingTime(midnight, 'vi')).toBe('24:00');
		expect(formatClosingTime(midnight + 3600, 'vi')).toBe('01:00');
	});
});

describe('weekdays, clock times and distances', () => {
	it('names weekdays in each language', () => {
		expect(weekdayName(5, 'en')).toBe('Friday');
		expect(weekdayName(0, 'en')).toBe('Sunday');
		expect(weekdayName(6, 'vi')).toBe('Thứ Bảy');
		expect(weekdayName(1, 'zh')).toBe('星期一');
	});

	it('writes minutes after midnight as a clock time', () => {
		expect(formatMinutes(18 * 60)).toBe('18:00');
		expect(formatMinutes(7 * 60 + 30)).toBe('07:30');
		expect(formatMinutes(24 * 60)).toBe('24:00');
		expect(formatMinutes(26 * 60)).toBe('02:00');
	});

	it('rounds distances to what a walker or driver needs', () => {
		expect(formatDistance(0.68, 'en')).toBe('700 m');
		expect(formatDistance(0.01, 'en')).toBe('50 m');
		expect(formatDistance(1.234, 'en')).toBe('1.2 km');
		expect(formatDistance(1.234, 'vi')).toBe('1,2 km');
		expect(formatDistance(27.4, 'zh')).toBe('27公里');
	});
});

describe('kept results', () => {
	it('give what a fresh formatter gives, for every language and style, past the bound', () => {
		const fresh = new Intl.DateTimeFormat('vi-VN', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			timeZone: 'Asia/Ho_Chi_Minh'
		});
		// More values than are kept, each asked for twice: the second answer is a kept one (or,
		// once the store was emptied, made again), and both equal the formatter's.
		for (let i = 0; i < 6000; i++) {
			const t = justAfterMidnightInVietnam + i * 3571;
			for (let pass = 0; pass < 2; pass++) {
				expect(formatDate(t, 'vi', 'weekdayDate')).toBe(fresh.format(t * 1000));
			}
		}
		// Same value, other languages and styles: never another's answer.
		expect(formatDate(justAfterMidnightInVietnam, 'en', 'time')).toBe('00:30');
		expect(formatDate(justAfterMidnightInVietnam, 'zh', 'weekdayDate')).toBe('2月18日星期三');
		expect(formatVnd(20000, 'en')).not.toBe(formatVnd(20000, 'vi'));
		expect(formatNumber(20000, 'vi')).toBe('20.000');
	});
});
