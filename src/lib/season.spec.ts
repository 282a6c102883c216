import { describe, expect, it } from 'vitest';
import { seasonAt, seasonOfDate } from './season';

describe('season banner', () => {
	it('is peach blossom from mid-January to February, as the facts say', () => {
		expect(seasonOfDate(12, 20)).toBe('winter');
		expect(seasonOfDate(1, 14)).toBe('winter');
		expect(seasonOfDate(1, 15)).toBe('peach');
		expect(seasonOfDate(2, 29)).toBe('peach');
		expect(seasonOfDate(3, 1)).toBe('festival');
		expect([4, 5, 6].map((m) => seasonOfDate(m, 1))).toEqual(['trekking', 'trekking', 'trekking']);
		expect([7, 9].map((m) => seasonOfDate(m, 30))).toEqual(['custardApple', 'custardApple']);
		expect([10, 11].map((m) => seasonOfDate(m, 15))).toEqual(['autumn', 'autumn']);
	});

	it('turns at midnight in Lạng Sơn, not at the server’s midnight', () => {
		// 14 Jan 2027 17:00 UTC is already 15 January in Lạng Sơn.
		expect(seasonAt(Date.UTC(2027, 0, 14, 16, 59) / 1000)).toBe('winter');
		expect(seasonAt(Date.UTC(2027, 0, 14, 17, 0) / 1000)).toBe('peach');
	});
});
