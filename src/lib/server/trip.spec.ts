import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './platform/db';
import { initialiseContent } from './demo/demo';
import { setOccurrenceCancelled } from './events/events';
import { parseTripItems, TRIP_MAX, tripItems } from './trip';
import { NOW, publishedEvent, verifiedBusiness, vn } from '../../../tests/unit/fixtures/bookings';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
	initialiseContent(db, true);
});
afterEach(() => db.close());

describe('My trip', () => {
	it('reads only well-formed keys from the address, once each and at most TRIP_MAX', () => {
		expect(parseTripItems(null)).toEqual([]);
		expect(
			parseTripItems('p.ky-lua-market, e.12,d.pho-chua,p.ky-lua-market,x.1,e.0,p.<b>,e.1;2,P.Up')
		).toEqual(['p.ky-lua-market', 'e.12', 'd.pho-chua']);
		const many = Array.from({ length: TRIP_MAX + 20 }, (_, i) => `e.${i + 1}`).join(',');
		expect(parseTripItems(many)).toHaveLength(TRIP_MAX);
	});

	it('lists places with their hours, an event’s next date and dishes, in the page’s language', () => {
		const business = verifiedBusiness(db);
		const weekly = publishedEvent(db, business);
		// The first Saturday is called off: the next date is the one after.
		setOccurrenceCancelled(db, business, weekly, '2026-11-28', true);
		const trip = tripItems(
			db,
			['p.ky-lua-market', `e.${weekly}`, 'd.pho-chua', 'p.gone', `e.${weekly + 99}`, 'd.gone'],
			'zh',
			NOW
		);
		expect(trip.places.map((p) => [p.slug, p.textLocale])).toEqual([['ky-lua-market', 'zh']]);
		expect(trip.places[0].name).toMatch(/祈驴/);
		expect(trip.events).toHaveLength(1);
		expect(trip.events[0]).toMatchObject({
			id: weekly,
			title: '美食之旅',
			next: { startsAt: vn(2026, 12, 5, 18), endsAt: vn(2026, 12, 5, 21) }
		});
		expect(trip.dishes.map((d) => d.slug)).toEqual(['pho-chua']);
		expect(trip.missing).toBe(3);
	});

	it('keeps an event whose dates are over as missing, not as coming', () => {
		const business = verifiedBusiness(db);
		const once = publishedEvent(db, business, { weekdays: 0, untilDate: null });
		expect(tripItems(db, [`e.${once}`], 'en', NOW).events[0].next).toEqual({
			startsAt: vn(2026, 11, 28, 18),
			endsAt: vn(2026, 11, 28, 21)
		});
		const later = tripItems(db, [`e.${once}`], 'en', vn(2026, 11, 29, 9));
		expect(later.events).toEqual([]);
		expect(later.missing).toBe(1);
	});
});
