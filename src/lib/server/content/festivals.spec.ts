import { describe, expect, it } from 'vitest';
import { initialiseContent } from '../demo/demo';
import { openDatabase } from '../platform/db';
import { listFestivals } from './festivals';

describe('festivals', () => {
	const db = openDatabase(':memory:');
	initialiseContent(db, true);

	it('fall on their solar dates for any year', () => {
		const in2026 = listFestivals(db, 'en', '2026-01-01', '2026-12-31');
		const bySlug = Object.fromEntries(in2026.map((f) => [f.slug, f]));
		expect(bySlug['tien-pagoda']).toMatchObject({
			startDate: '2026-03-06',
			endDate: '2026-03-06',
			lunar: '18/1'
		});
		expect(bySlug['ky-cung-ta-phu']).toMatchObject({
			startDate: '2026-03-10',
			endDate: '2026-03-15',
			placeSlug: 'ky-cung-temple'
		});
		expect(bySlug['bac-le-temple']).toMatchObject({
			startDate: '2026-10-27',
			endDate: '2026-10-29'
		});
		expect(bySlug['peach-festival-2026']).toMatchObject({
			startDate: '2026-01-01',
			endDate: '2026-03-16',
			lunar: null
		});
		const in2027 = listFestivals(db, 'vi', '2027-02-01', '2027-02-28');
		// Tết 2027 is 6 February, so the 18th of the first month is 23 February.
		expect(in2027.find((f) => f.slug === 'tien-pagoda')?.startDate).toBe('2027-02-23');
		expect(in2027.find((f) => f.slug === 'peach-festival-2026')).toBeUndefined();
	});

	it('are named in the asked language', () => {
		const zh = listFestivals(db, 'zh', '2026-03-01', '2026-03-31');
		expect(zh.map((f) => f.name)).toContain('仙寺庙会');
	});
});
