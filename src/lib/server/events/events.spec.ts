import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdayMask } from '$lib/recurrence';
import { changeBusinessStatus, registerBusiness } from '../accounts/accounts';
import { openDatabase, type Db } from '../platform/db';
import {
	approveEvent,
	cancelEvent,
	createEvent,
	getOwnEvent,
	getPublicEvent,
	listModerationQueue,
	listPublicOccurrences,
	rejectEvent,
	setOccurrenceCancelled,
	submitEvent,
	updateEvent,
	type EventInput
} from './events';

const vn = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 7) / 1000;
const admin = { id: 0, ip: null };

const input = (over: Partial<EventInput> = {}): EventInput => ({
	category: 'night_market',
	title: { vi: 'Chợ đêm cuối tuần', en: 'Weekend night market', zh: '' },
	description: { vi: 'Ăn uống <b>ngon</b>', en: 'Good food', zh: '' },
	startsAt: vn(2026, 11, 27, 18),
	endsAt: vn(2026, 11, 27, 23),
	weekdays: weekdayMask([5, 6]),
	untilDate: '2026-12-31',
	skipped: ['2026-12-05'],
	placeId: null,
	venueAddress: 'Phố Lê Lai',
	lat: 21.856,
	lon: 106.7575,
	priceVnd: 0,
	capacity: null,
	bookable: false,
	maxParty: 10,
	contact: '',
	image: null,
	imageAlt: { vi: '', en: '', zh: '' },
	imageCredit: '',
	...over
});

let db: Db;
let a: number;
let b: number;

beforeEach(() => {
	db = openDatabase(':memory:');
	const reg = (name: string, email: string) => {
		const r = registerBusiness(db, {
			name,
			kind: 'eatery',
			phone: '0912345678',
			address: 'x',
			ward: null,
			lat: null,
			lon: null,
			email,
			passwordHash: 'h',
			ip: null
		});
		if ('error' in r) throw new Error();
		return r.businessId;
	};
	a = reg('A', 'a@example.vn');
	b = reg('B', 'b@example.vn');
	admin.id = Number(
		db
			.prepare(
				"INSERT INTO user (email, password_hash, role, created_at, password_changed_at) VALUES ('adm@example.vn','x','admin',0,0)"
			)
			.run().lastInsertRowid
	);
});
afterEach(() => db.close());

const publicDates = () =>
	listPublicOccurrences(db, vn(2026, 11, 1), vn(2027, 1, 31)).map((o) => [o.date, o.cancelled]);

describe('an event’s way to the public', () => {
	it('is hidden until a verified business submits it and the department approves it', () => {
		const id = createEvent(db, a, input());
		expect(getPublicEvent(db, id)).toBeNull();
		expect(submitEvent(db, a, id)).toBe('notVerified');
		expect(approveEvent(db, id, admin)).toBe(false);
		changeBusinessStatus(db, 'verify', a, '', admin);
		expect(submitEvent(db, a, id)).toBe('submitted');
		expect(getPublicEvent(db, id)).toBeNull();
		expect(listModerationQueue(db).map((e) => e.id)).toEqual([id]);
		expect(approveEvent(db, id, admin)).toBe(true);
		expect(getPublicEvent(db, id)?.title.vi).toBe('Chợ đêm cuối tuần');
		expect(publicDates()).toHaveLength(9);
		expect(publicDates()).not.toContainEqual(['2026-12-05', false]);
	});

	it('a rejection reason reaches the business, who can edit and submit again', () => {
		changeBusinessStatus(db, 'verify', a, '', admin);
		const id = createEvent(db, a, input());
		submitEvent(db, a, id);
		expect(rejectEvent(db, id, 'Thiếu giá vé', admin)).toBe(true);
		expect(getOwnEvent(db, a, id)).toMatchObject({
			status: 'rejected',
			rejectReason: 'Thiếu giá vé'
		});
		expect(updateEvent(db, a, id, input({ priceVnd: 50000 }))).toBe('saved');
		expect(getOwnEvent(db, a, id)?.status).toBe('draft');
		expect(submitEvent(db, a, id)).toBe('submitted');
	});

	it('edits of a published event wait for review while the published version stays', () => {
		changeBusinessStatus(db, 'verify', a, '', admin);
		const id = createEvent(db, a, input());
		submitEvent(db, a, id);
		approveEvent(db, id, admin);
		expect(updateEvent(db, a, id, input({ title: { vi: 'Tên mới', en: '', zh: '' } }))).toBe(
			'queued'
		);
		expect(getPublicEvent(db, id)?.title.vi).toBe('Chợ đêm cuối tuần');
		expect(listModerationQueue(db).map((e) => e.id)).toEqual([id]);
		expect(approveEvent(db, id, admin)).toBe(true);
		expect(getPublicEvent(db, id)?.title.vi).toBe('Tên mới');
		expect(listModerationQueue(db)).toEqual([]);
	});

	it('suspending the business takes its events off the site', () => {
		changeBusinessStatus(db, 'verify', a, '', admin);
		const id = createEvent(db, a, input());
		submitEvent(db, a, id);
		approveEvent(db, id, admin);
		changeBusinessStatus(db, 'suspend', a, 'x', admin);
		expect(getPublicEvent(db, id)).toBeNull();
		expect(publicDates()).toEqual([]);
	});
});

describe('ownership', () => {
	it('business B can neither see nor change A’s event', () => {
		const id = createEvent(db, a, input());
		expect(getOwnEvent(db, b, id)).toBeNull();
		expect(updateEvent(db, b, id, input({ title: { vi: 'Hijack', en: '', zh: '' } }))).toBeNull();
		expect(submitEvent(db, b, id)).toBeNull();
		expect(cancelEvent(db, b, id)).toBe(false);
		expect(setOccurrenceCancelled(db, b, id, '2026-11-28', true)).toBe(false);
		expect(getOwnEvent(db, a, id)?.title.vi).toBe('Chợ đêm cuối tuần');
	});
});

describe('cancelling', () => {
	it('one date shows as cancelled; the whole event stays listed as cancelled', () => {
		changeBusinessStatus(db, 'verify', a, '', admin);
		const id = createEvent(db, a, input());
		submitEvent(db, a, id);
		approveEvent(db, id, admin);
		expect(setOccurrenceCancelled(db, a, id, '2026-11-28', true)).toBe(true);
		expect(setOccurrenceCancelled(db, a, id, '2026-11-30', true)).toBe(false); // a Monday: no event
		expect(publicDates().slice(0, 2)).toEqual([
			['2026-11-27', false],
			['2026-11-28', true]
		]);
		expect(cancelEvent(db, a, id)).toBe(true);
		expect(publicDates().every(([, cancelled]) => cancelled)).toBe(true);
		expect(updateEvent(db, a, id, input())).toBe('locked');
	});
});
