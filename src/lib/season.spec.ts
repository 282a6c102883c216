import { describe, expect, it } from 'vitest';
import { seasonAt, seasonOfMonth } from './season';

describe('season banner', () => {
	it('is peach season from December to March', () => {
		expect([12, 1, 2, 3].map(seasonOfMonth)).toEqual(['peach', 'peach', 'peach', 'peach']);
		expect([4, 5, 6].map(seasonOfMonth)).toEqual(['trekking', 'trekking', 'trekking']);
		expect([7, 8, 9].map(seasonOfMonth)).toEqual(['custardApple', 'custardApple', 'custardApple']);
		expect([10, 11].map(seasonOfMonth)).toEqual(['autumn', 'autumn']);
	});

	it('turns at midnight in Lạng Sơn, not at the server’s midnight', () => {
		// 30 Nov 2026 17:00 UTC is already 1 December in Lạng Sơn.
		expect(seasonAt(Date.UTC(2026, 10, 30, 16, 59) / 1000)).toBe('autumn');
		expect(seasonAt(Date.UTC(2026, 10, 30, 17, 0) / 1000)).toBe('peach');
	});
});
