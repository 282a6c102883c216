import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTranslators } from '$lib/i18n/translator';
import {
	applyScheduleChange,
	createBooking,
	eraseOldBookingContacts,
	getSeatStatus,
	newFormKey,
	type BookingRequest,
	type Translators
} from './bookings';
import {
	acceptOffer,
	cancelAndOffer,
	eraseOldWaitlist,
	getWaitByToken,
	joinWaitlist,
	lapseOffers,
	leaveWaitlist,
	OFFER_SECONDS,
	type WaitRequest
} from './waitlist';
import { listOutbox } from '../mail/outbox';
import { deliverDue } from '../mail/sender';
import { openDatabase, type Db } from '../platform/db';
import {
	NOW,
	publishedEvent,
	tour,
	verifiedBusiness
} from '../../../../tests/unit/fixtures/bookings';

const DATE = '2026-11-28';

let db: Db;
let eventId: number;
let all: Translators;
beforeAll(async () => {
	all = await getTranslators();
});

const tourInput = tour({ priceVnd: 0, capacity: 6 });

beforeEach(() => {
	db = openDatabase(':memory:');
	eventId = publishedEvent(db, verifiedBusiness(db), { priceVnd: 0, capacity: 6 });
});
afterEach(() => db.close());

const book = (party: number, now = NOW, over: Partial<BookingRequest> = {}) => {
	const outcome = createBooking(
		db,
		{
			eventId,
			date: DATE,
			party,
			name: 'Lan',
			phone: null,
			email: 'lan@example.vn',
			marketing: false,
			locale: 'vi',
			formKey: newFormKey(),
			origin: 'https://visit.example',
			...over
		},
		all,
		now
	);
	return outcome.kind === 'booked' ? outcome.token : null;
};
const wait = (party: number, over: Partial<WaitRequest> = {}, now = NOW) => {
	const outcome = joinWaitlist(
		db,
		{
			eventId,
			date: DATE,
			party,
			name: 'Wang',
			phone: null,
			email: 'wang@example.cn',
			locale: 'zh',
			formKey: newFormKey(),
			origin: 'https://visit.example',
			...over
		},
		all,
		now
	);
	if (outcome.kind !== 'waiting') throw new Error(outcome.kind);
	return outcome.token;
};
const seats = (now = NOW) => getSeatStatus(db, eventId, DATE, now)!;
const status = (token: string, now = NOW) => getWaitByToken(db, token, now)?.status;
const row = () =>
	db
		.prepare('SELECT taken, held FROM occurrence_seats WHERE event_id = ? AND date = ?')
		.get(eventId, DATE) as { taken: number; held: number };

describe('the waiting list', () => {
	it('is only for a date without room; a form sent twice waits once', () => {
		expect(
			joinWaitlist(
				db,
				{
					eventId,
					date: DATE,
					party: 2,
					name: 'A',
					phone: '0912345678',
					email: null,
					locale: 'vi',
					formKey: newFormKey(),
					origin: ''
				},
				all,
				NOW
			)
		).toEqual({ kind: 'open', left: 6 });
		book(4);
		book(2);
		const formKey = newFormKey();
		const first = wait(2, { formKey });
		expect(wait(2, { formKey })).toBe(first);
		expect(db.prepare('SELECT count(*) FROM waitlist').pluck().get()).toBe(1);
		expect(getWaitByToken(db, first)).toMatchObject({ status: 'waiting', ahead: 0, party: 2 });
		const [joined] = listOutbox(db).filter((m) => m.kind === 'waitlist_joined');
		expect(joined.subject).toBe('已加入候补名单：美食之旅');
	});

	it('offers freed seats to the first party that fits, holds them, and books them on confirmation', async () => {
		const a = book(4)!;
		book(2);
		const big = wait(4); // first in line, but needs 4
		const small = wait(2);
		const later = wait(2);
		expect(getWaitByToken(db, later)!.ahead).toBe(2);

		// 4 seats free: the first in line fits and gets them all.
		expect(cancelAndOffer(db, a, all, NOW + 60, 'https://visit.example')).toBe('cancelled');
		expect([status(big), status(small), status(later)]).toEqual(['offered', 'waiting', 'waiting']);
		expect(row()).toEqual({ taken: 2, held: 4 });
		// Held seats are taken for everyone else.
		expect(seats().left).toBe(0);
		expect(book(1)).toBeNull();

		// The offer arrives with its own link, which opens the page and confirms.
		const [offer] = listOutbox(db).filter((m) => m.kind === 'waitlist_offer');
		expect(offer.recipient).toBe('wang@example.cn');
		const sent: string[] = [];
		await deliverDue(db, async (m) => (sent.push(m.text), '250 OK'), NOW + 60);
		const link = sent.find((t) => t.includes('已为您保留4个名额'))!;
		const offerToken = /\/zh\/waitlist\/(\S+)/.exec(link)![1];
		expect(status(offerToken)).toBe('offered');
		const accepted = acceptOffer(db, offerToken, all, NOW + 120, 'https://visit.example');
		expect(accepted.kind).toBe('booked');
		expect(row()).toEqual({ taken: 6, held: 0 });
		expect(status(big)).toBe('booked');
		// Confirming again leads to the same booking, never a second one.
		expect(acceptOffer(db, offerToken, all, NOW + 130)).toEqual(accepted);
		expect(
			db.prepare("SELECT count(*) FROM booking WHERE status = 'confirmed'").pluck().get()
		).toBe(2);
		const confirmations = listOutbox(db).filter((m) => m.kind === 'booking_confirmed');
		expect(confirmations[0].subject).toBe('预订成功：美食之旅');
	});

	it('passes a lapsed or declined offer to the next in line, a smaller party past a larger one', () => {
		const a = book(2)!;
		book(4);
		const big = wait(4);
		const first = wait(2);
		const second = wait(2);
		cancelAndOffer(db, a, all, NOW);
		// Only 2 free: the party of 4 waits on, the first party of 2 is offered.
		expect([status(big), status(first), status(second)]).toEqual(['waiting', 'offered', 'waiting']);
		// Nobody confirms in time: the scheduler passes it on.
		expect(lapseOffers(db, all, NOW + OFFER_SECONDS - 1)).toBe(0);
		expect(lapseOffers(db, all, NOW + OFFER_SECONDS)).toBe(1);
		expect([status(first), status(second)]).toEqual(['lapsed', 'offered']);
		expect(row()).toEqual({ taken: 4, held: 2 });
		expect(acceptOffer(db, first, all, NOW + OFFER_SECONDS + 1).kind).toBe('notOffered');
		// The second declines: back to the line, nobody left who fits, the seats are free.
		expect(leaveWaitlist(db, second, all, NOW + OFFER_SECONDS + 2)).toBe('left');
		expect(row()).toEqual({ taken: 4, held: 0 });
		expect(seats().left).toBe(2);
	});

	it('offers seats a larger capacity brings, and moves or cancels bookings when times change', async () => {
		book(4);
		book(2);
		const waiting = wait(3);
		db.prepare('UPDATE event SET capacity = 10, starts_at = ?, ends_at = ? WHERE id = ?').run(
			tourInput.startsAt + 3600,
			tourInput.endsAt + 3600,
			eventId
		);
		expect(applyScheduleChange(db, eventId, all, NOW, 'https://visit.example')).toBe(2);
		const moved = listOutbox(db).filter((m) => m.kind === 'booking_changed');
		expect(moved).toHaveLength(2);
		expect(moved[0].subject).toBe('Đổi giờ: Tour ẩm thực');
		expect(moved[0].body).toContain('19:00');
		expect(applyScheduleChange(db, eventId, all, NOW)).toBe(0);
		const { offerAfterChange } = await import('./waitlist');
		expect(offerAfterChange(db, eventId, all, NOW)).toBe(1);
		expect(status(waiting)).toBe('offered');
	});

	it('never holds and books more than the capacity, whatever order cancellations and offers come in', () => {
		// A seeded sequence of bookings, cancellations, joins, confirmations, refusals and lapses.
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const bookings: string[] = [];
		const entries: string[] = [];
		let now = NOW;
		for (let step = 0; step < 600; step++) {
			now += 60;
			const party = 1 + Math.floor(random() * 4);
			const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
			const action = Math.floor(random() * 6);
			if (action === 0) {
				const token = book(party, now);
				if (token) bookings.push(token);
			} else if (action === 1 && bookings.length) {
				cancelAndOffer(db, pick(bookings), all, now);
			} else if (action === 2) {
				const outcome = joinWaitlist(
					db,
					{
						eventId,
						date: DATE,
						party,
						name: 'W',
						phone: '0912345678',
						email: null,
						locale: 'en',
						formKey: newFormKey(),
						origin: ''
					},
					all,
					now
				);
				if (outcome.kind === 'waiting') entries.push(outcome.token);
			} else if (action === 3 && entries.length) {
				const accepted = acceptOffer(db, pick(entries), all, now);
				if (accepted.kind === 'booked') bookings.push(accepted.token);
			} else if (action === 4 && entries.length) {
				leaveWaitlist(db, pick(entries), all, now);
			} else {
				lapseOffers(db, all, now + Math.floor(random() * OFFER_SECONDS));
			}
			const { taken, held } = row() ?? { taken: 0, held: 0 };
			const booked = db
				.prepare("SELECT coalesce(sum(party), 0) FROM booking WHERE status = 'confirmed'")
				.pluck()
				.get();
			const offered = db
				.prepare("SELECT coalesce(sum(party), 0) FROM waitlist WHERE status = 'offered'")
				.pluck()
				.get();
			expect([taken, held], `step ${step}`).toEqual([booked, offered]);
			expect(taken + held).toBeLessThanOrEqual(6);
		}
		// The sequence did exercise every path.
		const counts = db
			.prepare('SELECT status, count(*) AS n FROM waitlist GROUP BY status')
			.all() as { status: string; n: number }[];
		expect(counts.map((c) => c.status).sort()).toEqual(
			expect.arrayContaining(['booked', 'lapsed', 'left'])
		);
	});

	it('forgets waiting parties’ names and contacts with the bookings’', () => {
		book(4);
		book(2);
		wait(2);
		const ended = tourInput.endsAt;
		eraseOldBookingContacts(db, ended + 31 * 86400, 30);
		expect(eraseOldWaitlist(db, ended + 31 * 86400, 30)).toBe(1);
		const dump = JSON.stringify([
			db.prepare('SELECT * FROM waitlist').all(),
			db.prepare('SELECT * FROM outbox').all()
		]);
		expect(dump).not.toMatch(/Wang|wang@|Lan|lan@|waitlist\//);
	});
});
