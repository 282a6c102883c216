// bookings/waitlist.ts: a waiting list per occurrence. When seats free up, the first waiting party
// that fits is offered them for a few hours; held seats count as taken, so nothing is overbooked.
import type { Locale } from '$lib/i18n/locales';
import { formatDate } from '$lib/i18n/format';
import type { Translate } from '$lib/i18n/translator';
import { prepared, type Db } from '../platform/db';
import { nowSeconds } from '../platform/clock';
import { hashSecret, parseToken, randomSecret, secretMatches } from '../platform/tokens';
import { privacyVersion } from '../content/pages';
import { eventText, getEvent } from '../events/events';
import { queueMail, SECRET_LINK } from '../mail/outbox';
import {
	cancelBookingByGuest,
	getBookingByToken,
	getSeatStatus,
	manageSecret,
	recordBooking,
	type BookingRequest,
	type Translators
} from './bookings';

/** How long an offer holds its seats (never past the start). */
export const OFFER_SECONDS = 3 * 3600;

export type WaitStatus = 'waiting' | 'offered' | 'booked' | 'lapsed' | 'left';

interface Row {
	id: number;
	eventId: number;
	date: string;
	startsAt: number;
	endsAt: number;
	party: number;
	name: string | null;
	phone: string | null;
	email: string | null;
	locale: Locale;
	manageId: string;
	manageHash: Uint8Array;
	offerHash: Uint8Array | null;
	status: WaitStatus;
	offerExpiresAt: number | null;
	bookingId: number | null;
	createdAt: number;
}

const COLUMNS = `id, event_id AS eventId, date, starts_at AS startsAt, ends_at AS endsAt, party, name,
	phone, email, locale, manage_id AS manageId, manage_hash AS manageHash, offer_hash AS offerHash,
	status, offer_expires_at AS offerExpiresAt, booking_id AS bookingId, created_at AS createdAt`;

export type WaitEntry = Omit<Row, 'manageHash' | 'offerHash' | 'manageId'> & {
	/** Waiting parties ahead of this one. */
	ahead: number;
};

type WaitMailKind = 'waitlist_joined' | 'waitlist_offer';

function queueWaitMail(
	db: Db,
	t: Translate,
	row: Row,
	kind: WaitMailKind,
	link: string,
	now: number
): void {
	const recipient = row.email ?? row.phone;
	const event = getEvent(db, row.eventId);
	if (!recipient || !event) return;
	const { locale } = row;
	const params = {
		name: row.name ?? '',
		title: eventText(event, locale).title,
		when: `${formatDate(row.startsAt, locale, 'weekdayDate')} ${formatDate(row.startsAt, locale, 'time')}`,
		party: row.party,
		until: row.offerExpiresAt ? formatDate(row.offerExpiresAt, locale, 'time') : '',
		link: SECRET_LINK
	};
	const id = queueMail(
		db,
		{
			kind,
			recipient,
			locale,
			subject: t(`bookingMail.${kind}_subject`, params),
			body: t(`bookingMail.${kind}_body`, params),
			secretLink: link
		},
		now
	);
	prepared(db, 'UPDATE outbox SET waitlist_id = ? WHERE id = ?').run(row.id, id);
}

const pageLink = (origin: string, row: Pick<Row, 'locale' | 'manageId'>, secret: string) =>
	`${origin}/${row.locale}/waitlist/${row.manageId}.${secret}`;

/** What the waiting-list form asks: the booking form's fields but the newsletter question. */
export type WaitRequest = Omit<BookingRequest, 'marketing'>;

export type WaitOutcome =
	| { kind: 'waiting'; token: string }
	| { kind: 'open'; left: number }
	| { kind: 'tooMany'; max: number }
	| { kind: 'closed' }
	| { kind: 'notFound' };

/** Puts a party on the waiting list of a date that has no room for it (once per form). */
export function joinWaitlist(
	db: Db,
	request: WaitRequest,
	translators: Translators,
	now = nowSeconds()
): WaitOutcome {
	const idempotencyHash = hashSecret(`wait:${request.formKey}`);
	const secret = manageSecret(db, `wait:${request.formKey}`);
	return db
		.transaction((): WaitOutcome => {
			const earlier = prepared<[Uint8Array], string>(
				db,
				'SELECT manage_id FROM waitlist WHERE idempotency_hash = ?'
			)
				.pluck()
				.get(idempotencyHash);
			if (earlier) return { kind: 'waiting', token: `${earlier}.${secret}` };
			const status = getSeatStatus(db, request.eventId, request.date, now);
			if (!status) return { kind: 'notFound' };
			if (status.state === 'cancelled' || status.state === 'started') return { kind: 'closed' };
			if (request.party > status.event.maxParty) {
				return { kind: 'tooMany', max: status.event.maxParty };
			}
			// Room enough, and nobody waiting before them: they can simply book.
			if (request.party <= status.left && !waitingCount(db, request.eventId, request.date)) {
				return { kind: 'open', left: status.left };
			}
			const manageId = randomSecret();
			const id = Number(
				prepared(
					db,
					`INSERT INTO waitlist (event_id, date, starts_at, ends_at, party, name, phone, email, locale,
						privacy_version, manage_id, manage_hash, idempotency_hash, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
				).run(
					request.eventId,
					request.date,
					status.occurrence.startsAt,
					status.occurrence.endsAt,
					request.party,
					request.name,
					request.phone,
					request.email,
					request.locale,
					privacyVersion(db),
					manageId,
					hashSecret(secret),
					idempotencyHash,
					now
				).lastInsertRowid
			);
			const row = rowById(db, id)!;
			queueWaitMail(
				db,
				translators[request.locale],
				row,
				'waitlist_joined',
				pageLink(request.origin, row, secret),
				now
			);
			offerFreedSeats(db, request.eventId, request.date, translators, now, request.origin);
			return { kind: 'waiting', token: `${manageId}.${secret}` };
		})
		.immediate();
}

function waitingCount(db: Db, eventId: number, date: string): number {
	return prepared<[number, string], number>(
		db,
		"SELECT count(*) FROM waitlist WHERE event_id = ? AND date = ? AND status = 'waiting'"
	)
		.pluck()
		.get(eventId, date)!;
}

function rowById(db: Db, id: number): Row | undefined {
	return prepared<[number], Row>(db, `SELECT ${COLUMNS} FROM waitlist WHERE id = ?`).get(id);
}

/**
 * Offers the seats nobody has booked or holds to the waiting parties in order, each that fits
 * (a smaller party further down may fit what a larger one ahead cannot). Returns offers made.
 */
export function offerFreedSeats(
	db: Db,
	eventId: number,
	date: string,
	translators: Translators,
	now: number,
	origin = process.env.ORIGIN ?? ''
): number {
	const status = getSeatStatus(db, eventId, date, now);
	if (!status || (status.state !== 'open' && status.state !== 'full')) return 0;
	let left = status.left;
	let offers = 0;
	const waiting = prepared<[number, string], Row>(
		db,
		`SELECT ${COLUMNS} FROM waitlist WHERE event_id = ? AND date = ? AND status = 'waiting'
		ORDER BY id`
	).all(eventId, date);
	for (const row of waiting) {
		if (left <= 0) break;
		if (row.party > left) continue;
		const secret = randomSecret();
		const expires = Math.min(now + OFFER_SECONDS, status.occurrence.startsAt);
		prepared(
			db,
			`UPDATE waitlist SET status = 'offered', offer_hash = ?, offer_expires_at = ? WHERE id = ?`
		).run(hashSecret(secret), expires, row.id);
		prepared(
			db,
			`INSERT INTO occurrence_seats (event_id, date, held) VALUES (?, ?, ?)
			ON CONFLICT (event_id, date) DO UPDATE SET held = held + excluded.held`
		).run(eventId, date, row.party);
		left -= row.party;
		offers++;
		queueWaitMail(
			db,
			translators[row.locale],
			{ ...row, offerExpiresAt: expires },
			'waitlist_offer',
			pageLink(origin, row, secret),
			now
		);
	}
	return offers;
}

/** An offer ends (declined, lapsed or booked): its held seats are no longer held. */
function releaseHeld(db: Db, row: Row): void {
	prepared(
		db,
		'UPDATE occurrence_seats SET held = max(0, held - ?) WHERE event_id = ? AND date = ?'
	).run(row.party, row.eventId, row.date);
}

/** Offers whose time is up lapse, and their seats go to the next in line. For the scheduler. */
export function lapseOffers(db: Db, translators: Translators, now = nowSeconds()): number {
	return db
		.transaction(() => {
			const due = prepared<[number], Row>(
				db,
				`SELECT ${COLUMNS} FROM waitlist WHERE status = 'offered' AND offer_expires_at <= ?`
			).all(now);
			for (const row of due) lapse(db, row);
			for (const { eventId, date } of due) offerFreedSeats(db, eventId, date, translators, now);
			return due.length;
		})
		.immediate();
}

function lapse(db: Db, row: Row): void {
	prepared(
		db,
		"UPDATE waitlist SET status = 'lapsed', offer_expires_at = NULL WHERE id = ? AND status = 'offered'"
	).run(row.id);
	releaseHeld(db, row);
}

/** The entry a waiting-list link opens (its own secret or its offer's); null for anything else. */
function rowByToken(db: Db, token: string): { row: Row; secret: string } | null {
	const parts = parseToken(token);
	if (!parts) return null;
	const row = prepared<[string], Row>(
		db,
		`SELECT ${COLUMNS} FROM waitlist WHERE manage_id = ?`
	).get(parts.id);
	if (!row) return null;
	const fits =
		secretMatches(parts.secret, row.manageHash) ||
		(row.offerHash !== null && secretMatches(parts.secret, row.offerHash));
	return fits ? { row, secret: parts.secret } : null;
}

export function getWaitByToken(db: Db, token: string, now = nowSeconds()): WaitEntry | null {
	const found = rowByToken(db, token);
	if (!found) return null;
	const entry: Partial<Row> = { ...found.row };
	delete entry.manageHash;
	delete entry.offerHash;
	delete entry.manageId;
	// An offer past its time reads as lapsed even before the scheduler has passed.
	if (entry.status === 'offered' && entry.offerExpiresAt! <= now) entry.status = 'lapsed';
	const ahead = prepared<[number, string, number], number>(
		db,
		"SELECT count(*) FROM waitlist WHERE event_id = ? AND date = ? AND status = 'waiting' AND id < ?"
	)
		.pluck()
		.get(found.row.eventId, found.row.date, found.row.id)!;
	return { ...(entry as WaitEntry), ahead };
}

export type AcceptOutcome =
	| { kind: 'booked'; token: string }
	| { kind: 'alreadyBooked' }
	| { kind: 'notOffered' }
	| { kind: 'lapsed' }
	| { kind: 'notFound' };

/** The waiting party takes the seats held for it: they become a booking with its own link. */
export function acceptOffer(
	db: Db,
	token: string,
	translators: Translators,
	now = nowSeconds(),
	origin = process.env.ORIGIN ?? ''
): AcceptOutcome {
	return db
		.transaction((): AcceptOutcome => {
			const found = rowByToken(db, token);
			if (!found) return { kind: 'notFound' };
			const { row, secret } = found;
			if (row.status === 'booked') {
				const booking = prepared<[number], string>(db, 'SELECT manage_id FROM booking WHERE id = ?')
					.pluck()
					.get(row.bookingId!);
				const again = booking ? `${booking}.${secret}` : '';
				return getBookingByToken(db, again)
					? { kind: 'booked', token: again }
					: { kind: 'alreadyBooked' };
			}
			if (row.status !== 'offered') return { kind: 'notOffered' };
			if (row.offerExpiresAt! <= now || !row.name) {
				lapse(db, row);
				offerFreedSeats(db, row.eventId, row.date, translators, now, origin);
				return { kind: 'lapsed' };
			}
			const status = getSeatStatus(db, row.eventId, row.date, now);
			if (!status || status.state === 'cancelled' || status.state === 'started') {
				return { kind: 'notOffered' };
			}
			// The held seats become taken ones, in one statement.
			prepared(
				db,
				`UPDATE occurrence_seats SET held = held - ?, taken = taken + ?
				WHERE event_id = ? AND date = ? AND held >= ?`
			).run(row.party, row.party, row.eventId, row.date, row.party);
			const booked = recordBooking(
				db,
				{
					eventId: row.eventId,
					date: row.date,
					party: row.party,
					name: row.name,
					phone: row.phone,
					email: row.email,
					marketing: false,
					locale: row.locale,
					origin,
					status: { ...status, taken: status.taken - row.party },
					idempotencyHash: hashSecret(`waitlist:${row.id}`),
					secret
				},
				translators,
				now
			);
			prepared(
				db,
				"UPDATE waitlist SET status = 'booked', offer_expires_at = NULL, booking_id = ? WHERE id = ?"
			).run(booked.id, row.id);
			return { kind: 'booked', token: booked.token };
		})
		.immediate();
}

/** The party leaves the line (or turns an offer down, which passes it on). */
export function leaveWaitlist(
	db: Db,
	token: string,
	translators: Translators,
	now = nowSeconds(),
	origin = process.env.ORIGIN ?? ''
): 'left' | 'already' | 'notFound' {
	return db
		.transaction(() => {
			const found = rowByToken(db, token);
			if (!found) return 'notFound';
			const { row } = found;
			if (row.status !== 'waiting' && row.status !== 'offered') return 'already';
			prepared(db, "UPDATE waitlist SET status = 'left', offer_expires_at = NULL WHERE id = ?").run(
				row.id
			);
			if (row.status === 'offered') {
				releaseHeld(db, row);
				offerFreedSeats(db, row.eventId, row.date, translators, now, origin);
			}
			return 'left' as const;
		})
		.immediate();
}

/** A guest cancels; the seats they free are offered to the waiting list at once. */
export function cancelAndOffer(
	db: Db,
	token: string,
	translators: Translators,
	now = nowSeconds(),
	origin = process.env.ORIGIN ?? ''
): ReturnType<typeof cancelBookingByGuest> {
	return db
		.transaction(() => {
			const result = cancelBookingByGuest(db, token, translators, now);
			const booking = result === 'cancelled' ? getBookingByToken(db, token) : null;
			if (booking) offerFreedSeats(db, booking.eventId, booking.date, translators, now, origin);
			return result;
		})
		.immediate();
}

/** After an event's change is approved (a larger capacity, say): offers on every date waiting. */
export function offerAfterChange(
	db: Db,
	eventId: number,
	translators: Translators,
	now = nowSeconds(),
	origin = process.env.ORIGIN ?? ''
): number {
	const dates = prepared<[number], string>(
		db,
		"SELECT DISTINCT date FROM waitlist WHERE event_id = ? AND status = 'waiting'"
	)
		.pluck()
		.all(eventId);
	return dates.reduce(
		(n, date) => n + offerFreedSeats(db, eventId, date, translators, now, origin),
		0
	);
}

/** Waiting parties' names and contacts go with the bookings' (BOOKING_RETENTION_DAYS). */
export function eraseOldWaitlist(db: Db, now: number, days: number): number {
	const erased = prepared(
		db,
		`UPDATE waitlist SET name = NULL, phone = NULL, email = NULL, erased_at = ?,
			status = CASE WHEN status IN ('waiting', 'offered') THEN 'lapsed' ELSE status END,
			offer_expires_at = NULL
		WHERE erased_at IS NULL AND ends_at < ?`
	).run(now, now - days * 86400).changes;
	prepared(
		db,
		`UPDATE outbox SET recipient = '', body = '', secret_link = ''
		WHERE recipient != '' AND waitlist_id IN (SELECT id FROM waitlist WHERE erased_at IS NOT NULL)`
	).run();
	return erased;
}
