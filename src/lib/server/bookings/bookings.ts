// bookings/: seats, bookings and their manage links, cancellation, check-in, guests' data retention.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { createHmac, randomBytes } from 'node:crypto';
import type { Locale } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translator';
import { formatDate } from '$lib/i18n/format';
import { expandSchedule, midnightOf, type Occurrence } from '$lib/recurrence';
import { prepared, type Db } from '../platform/db';
import { privacyVersion } from '../content/pages';
import { cancelEvent, eventText, getPublicEvent, setOccurrenceCancelled } from '../events/events';
import type { EventRecord } from '../events/events';
import { hashSecret, parseToken, randomSecret, secretMatches } from '../platform/tokens';
import { nowSeconds } from '../platform/clock';
import { queueBusinessMail } from '../mail/business-mail';
import { displayCode, queueGuestMail, type MailBooking } from './booking-mail';

export { displayCode };

/**
 * Seats for bookable event occurrences. The capacity rule lives in one conditional UPDATE inside an
 * IMMEDIATE transaction: whoever takes the write lock first gets the seats, and a booking that does
 * not fit changes nothing.
 */

export const DEFAULT_RETENTION_DAYS = 30;

/** Days after an occurrence ends when its guests' names and contact details are erased. */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
	const days = Number(env.BOOKING_RETENTION_DAYS);
	return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : DEFAULT_RETENTION_DAYS;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The occurrence of an event on a local date, if the event has one then (cancelled ones included). */
export function occurrenceOn(event: EventRecord, date: string): Occurrence | null {
	if (!DATE.test(date)) return null;
	const midnight = midnightOf(date);
	const found = expandSchedule(event, midnight - 86400, midnight + 2 * 86400).find(
		(o) => o.date === date
	);
	if (!found) return null;
	return { ...found, cancelled: found.cancelled || event.status === 'cancelled' };
}

export type SeatState = 'open' | 'full' | 'started' | 'cancelled';

export interface SeatStatus {
	event: EventRecord;
	occurrence: Occurrence;
	capacity: number;
	taken: number;
	left: number;
	state: SeatState;
}

function takenSeats(db: Db, eventId: number, date: string): number {
	return (
		prepared<[number, string], number>(
			db,
			'SELECT taken FROM occurrence_seats WHERE event_id = ? AND date = ?'
		)
			.pluck()
			.get(eventId, date) ?? 0
	);
}

function seatState(occurrence: Occurrence, left: number, now: number): SeatState {
	if (occurrence.cancelled) return 'cancelled';
	if (occurrence.startsAt <= now) return 'started';
	return left > 0 ? 'open' : 'full';
}

/** A bookable occurrence of a public event with its seats; null when there is none to book. */
export function getSeatStatus(
	db: Db,
	eventId: number,
	date: string,
	now = nowSeconds()
): SeatStatus | null {
	const event = getPublicEvent(db, eventId);
	if (!event || !event.bookable || event.capacity === null) return null;
	const occurrence = occurrenceOn(event, date);
	if (!occurrence) return null;
	const taken = takenSeats(db, eventId, date);
	const left = Math.max(0, event.capacity - taken);
	return {
		event,
		occurrence,
		capacity: event.capacity,
		taken,
		left,
		state: seatState(occurrence, left, now)
	};
}

/** Seats left on several dates of one event, for its public page. */
export function seatsLeftByDate(db: Db, event: EventRecord): Map<string, number> {
	const rows = prepared<[number], { date: string; taken: number }>(
		db,
		'SELECT date, taken FROM occurrence_seats WHERE event_id = ?'
	).all(event.id);
	const capacity = event.capacity ?? 0;
	return new Map(rows.map((r) => [r.date, Math.max(0, capacity - r.taken)]));
}

// --- Codes and the manage link ---------------------------------------------------------------

/** No 0/O, 1/I: a code read out at the door cannot be misheard as another. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newCode(): string {
	const bytes = randomBytes(10);
	return [...bytes].map((b) => CODE_ALPHABET[b & 31]).join('');
}

/** What someone typed at the door, in the stored form; null when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
	const code = typed.toUpperCase().replace(/[\s-]/g, '');
	return /^[A-HJ-NP-Z2-9]{10}$/.test(code) ? code : null;
}

const keys = new WeakMap<Db, Buffer>();

/** A random key kept in the database, made on first use; it never leaves the server. */
function serverKey(db: Db): Buffer {
	let key = keys.get(db);
	if (!key) {
		prepared(db, "INSERT OR IGNORE INTO meta (key, value) VALUES ('booking_key', ?)").run(
			randomBytes(32).toString('hex')
		);
		const hex = prepared<[], string>(db, "SELECT value FROM meta WHERE key = 'booking_key'")
			.pluck()
			.get()!;
		key = Buffer.from(hex, 'hex');
		keys.set(db, key);
	}
	return key;
}

/**
 * The manage link's secret, derived from the booking form's one-time key: a repeated POST of the
 * same form leads to the same link without the secret ever being stored.
 */
function manageSecret(db: Db, formKey: string): string {
	const mac = createHmac('sha256', serverKey(db)).update(`manage:${formKey}`).digest();
	return encodeBase32LowerCaseNoPadding(mac.subarray(0, 15));
}

/** A fresh one-time key for a booking form (the same shape as every other token part). */
export const newFormKey = randomSecret;
export const isFormKey = (value: string | null): value is string =>
	value !== null && /^[a-z2-7]{24}$/.test(value);

export type Translators = Record<Locale, Translate>;

// --- Booking ----------------------------------------------------------------------------------

export interface BookingRequest {
	eventId: number;
	date: string;
	party: number;
	name: string;
	phone: string | null;
	email: string | null;
	marketing: boolean;
	locale: Locale;
	/** The booking form's one-time key. */
	formKey: string;
	/** The site's origin, for the event's link in the confirmation message. */
	origin: string;
}

export type BookingOutcome =
	| { kind: 'booked' | 'repeated'; token: string }
	| { kind: 'full'; left: number }
	| { kind: 'tooMany'; max: number }
	| { kind: 'closed'; state: SeatState }
	| { kind: 'notFound' };

/**
 * Takes the seats and records the booking, or changes nothing. Throws only what SQLite throws
 * (SQLITE_BUSY when another process holds the write lock past the busy timeout).
 */
export function createBooking(
	db: Db,
	request: BookingRequest,
	translators: Translators,
	now = nowSeconds()
): BookingOutcome {
	const formKeyHash = hashSecret(`form:${request.formKey}`);
	return db
		.transaction((): BookingOutcome => {
			const earlier = prepared<[Uint8Array], { manageId: string }>(
				db,
				'SELECT manage_id AS manageId FROM booking WHERE idempotency_hash = ?'
			).get(formKeyHash);
			if (earlier) {
				return {
					kind: 'repeated',
					token: `${earlier.manageId}.${manageSecret(db, request.formKey)}`
				};
			}
			const status = getSeatStatus(db, request.eventId, request.date, now);
			if (!status) return { kind: 'notFound' };
			if (status.state === 'cancelled' || status.state === 'started') {
				return { kind: 'closed', state: status.state };
			}
			if (request.party > status.event.maxParty) {
				return { kind: 'tooMany', max: status.event.maxParty };
			}
			prepared(db, 'INSERT OR IGNORE INTO occurrence_seats (event_id, date) VALUES (?, ?)').run(
				request.eventId,
				request.date
			);
			const took = prepared(
				db,
				`UPDATE occurrence_seats SET taken = taken + ?
				WHERE event_id = ? AND date = ? AND taken + ? <= ?`
			).run(request.party, request.eventId, request.date, request.party, status.capacity);
			if (took.changes !== 1) return { kind: 'full', left: status.left };

			const codeTaken = prepared<[string], number>(
				db,
				'SELECT 1 FROM booking WHERE code = ?'
			).pluck();
			let code = newCode();
			while (codeTaken.get(code)) code = newCode();
			const manageId = randomSecret();
			const secret = manageSecret(db, request.formKey);
			const id = Number(
				prepared(
					db,
					`INSERT INTO booking (event_id, date, starts_at, ends_at, code, manage_id, manage_hash,
						idempotency_hash, party, name, phone, email, locale, privacy_version, marketing, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
				).run(
					request.eventId,
					request.date,
					status.occurrence.startsAt,
					status.occurrence.endsAt,
					code,
					manageId,
					hashSecret(secret),
					formKeyHash,
					request.party,
					request.name,
					request.phone,
					request.email,
					request.locale,
					privacyVersion(db),
					request.marketing ? 1 : 0,
					now
				).lastInsertRowid
			);
			const token = `${manageId}.${secret}`;
			const booking: MailBooking = {
				id,
				eventId: request.eventId,
				code,
				party: request.party,
				name: request.name,
				phone: request.phone,
				email: request.email,
				locale: request.locale,
				startsAt: status.occurrence.startsAt,
				endsAt: status.occurrence.endsAt
			};
			queueGuestMail(db, translators[request.locale], booking, 'booking_confirmed', {
				origin: request.origin,
				now,
				manageLink: `${request.origin}/${request.locale}/bookings/${token}`
			});
			queueBusinessMail(
				db,
				translators,
				status.event.businessId,
				'booking_new',
				(locale) => ({
					title: eventText(status.event, locale).title,
					date: formatDate(status.occurrence.startsAt, locale, 'weekdayDate'),
					party: request.party,
					taken: status.taken + request.party,
					capacity: status.capacity,
					link: `${request.origin}/${locale}/business/events/${request.eventId}/bookings/${request.date}`
				}),
				now
			);
			return { kind: 'booked', token };
		})
		.immediate();
}

interface BookingRow {
	id: number;
	eventId: number;
	date: string;
	startsAt: number;
	endsAt: number;
	code: string;
	manageId: string;
	manageHash: Uint8Array;
	party: number;
	name: string | null;
	phone: string | null;
	email: string | null;
	locale: Locale;
	marketing: number;
	status: 'confirmed' | 'cancelled';
	cancelledBy: 'guest' | 'organiser' | null;
	checkedInAt: number | null;
	createdAt: number;
	erasedAt: number | null;
}

const BOOKING_COLUMNS = `id, event_id AS eventId, date, starts_at AS startsAt, ends_at AS endsAt, code,
	manage_id AS manageId, manage_hash AS manageHash, party, name, phone, email, locale, marketing,
	status, cancelled_by AS cancelledBy, checked_in_at AS checkedInAt, created_at AS createdAt,
	erased_at AS erasedAt`;

export type Booking = Omit<BookingRow, 'manageHash' | 'manageId'>;

/** A booking without its manage link's parts, which never leave this module. */
function publicBooking(row: BookingRow): Booking {
	const booking: Partial<BookingRow> = { ...row };
	delete booking.manageHash;
	delete booking.manageId;
	return booking as Booking;
}

/** The booking a manage link opens; null for any token that is not exactly right. */
export function getBookingByToken(db: Db, token: string): Booking | null {
	const parts = parseToken(token);
	if (!parts) return null;
	const row = prepared<[string], BookingRow>(
		db,
		`SELECT ${BOOKING_COLUMNS} FROM booking WHERE manage_id = ?`
	).get(parts.id);
	if (!row || !secretMatches(parts.secret, row.manageHash)) return null;
	return publicBooking(row);
}

function releaseSeats(db: Db, booking: Pick<Booking, 'eventId' | 'date' | 'party'>): void {
	prepared(
		db,
		'UPDATE occurrence_seats SET taken = max(0, taken - ?) WHERE event_id = ? AND date = ?'
	).run(booking.party, booking.eventId, booking.date);
}

/** The guest calls their booking off; the seats go back. Not once the occurrence has begun. */
/** The guest's message is wholly in the language they booked in, whichever page they cancel from. */
export function cancelBookingByGuest(
	db: Db,
	token: string,
	translators: Translators,
	now = nowSeconds()
): 'cancelled' | 'already' | 'tooLate' | 'notFound' {
	return db
		.transaction(() => {
			const booking = getBookingByToken(db, token);
			if (!booking) return 'notFound';
			if (booking.status === 'cancelled') return 'already';
			if (booking.startsAt <= now || booking.checkedInAt !== null) return 'tooLate';
			prepared(
				db,
				`UPDATE booking SET status = 'cancelled', cancelled_by = 'guest', cancelled_at = ?
				WHERE id = ? AND status = 'confirmed'`
			).run(now, booking.id);
			releaseSeats(db, booking);
			queueGuestMail(db, translators[booking.locale], booking, 'booking_cancelled_by_guest', {
				origin: process.env.ORIGIN ?? '',
				now
			});
			return 'cancelled' as const;
		})
		.immediate();
}

/**
 * The organiser called off the event (date null) or one date: its coming bookings are cancelled
 * and each guest gets a message in the language they booked in.
 */
function cancelBookingsOf(
	db: Db,
	eventId: number,
	date: string | null,
	translators: Translators,
	now: number
): number {
	const bookings = prepared<[number, string | null, string | null, number], BookingRow>(
		db,
		`SELECT ${BOOKING_COLUMNS} FROM booking
		WHERE event_id = ? AND (? IS NULL OR date = ?) AND status = 'confirmed' AND ends_at > ?`
	).all(eventId, date, date, now);
	const cancel = prepared(
		db,
		`UPDATE booking SET status = 'cancelled', cancelled_by = 'organiser', cancelled_at = ?
		WHERE id = ?`
	);
	for (const booking of bookings) {
		cancel.run(now, booking.id);
		releaseSeats(db, booking);
		queueGuestMail(db, translators[booking.locale], booking, 'booking_cancelled_by_organiser', {
			origin: process.env.ORIGIN ?? '',
			now
		});
	}
	return bookings.length;
}

/** The whole event called off, with its coming bookings, in one transaction. */
export function cancelEventAndBookings(
	db: Db,
	businessId: number,
	eventId: number,
	translators: Translators,
	now = nowSeconds()
): boolean {
	return db
		.transaction(() => {
			if (!cancelEvent(db, businessId, eventId, now)) return false;
			cancelBookingsOf(db, eventId, null, translators, now);
			return true;
		})
		.immediate();
}

/** One date called off (or back on); calling it off cancels that date's bookings. */
export function setOccurrenceCancelledWithBookings(
	db: Db,
	businessId: number,
	eventId: number,
	date: string,
	cancelled: boolean,
	translators: Translators,
	now = nowSeconds()
): boolean {
	return db
		.transaction(() => {
			if (!setOccurrenceCancelled(db, businessId, eventId, date, cancelled)) return false;
			if (cancelled) cancelBookingsOf(db, eventId, date, translators, now);
			return true;
		})
		.immediate();
}

// --- The organiser's side ---------------------------------------------------------------------

export interface OccurrenceBookings extends Occurrence {
	capacity: number;
	taken: number;
	left: number;
	bookings: number;
	checkedIn: number;
}

/** An event's occurrences in [from, to) with seats taken, bookings and people checked in. */
export function listOccurrenceBookings(
	db: Db,
	event: EventRecord,
	from: number,
	to: number
): OccurrenceBookings[] {
	const counts = new Map(
		prepared<[number], { date: string; bookings: number; people: number; checkedIn: number }>(
			db,
			`SELECT date, COUNT(*) AS bookings, SUM(party) AS people,
				SUM(CASE WHEN checked_in_at IS NOT NULL THEN party ELSE 0 END) AS checkedIn
			FROM booking WHERE event_id = ? AND status = 'confirmed' GROUP BY date`
		)
			.all(event.id)
			.map((row) => [row.date, row])
	);
	const capacity = event.capacity ?? 0;
	return expandSchedule(event, from, to).map((o) => {
		const c = counts.get(o.date);
		const taken = c?.people ?? 0;
		return {
			...o,
			cancelled: o.cancelled || event.status === 'cancelled',
			capacity,
			taken,
			left: Math.max(0, capacity - taken),
			bookings: c?.bookings ?? 0,
			checkedIn: c?.checkedIn ?? 0
		};
	});
}

/** Every booking of one occurrence, confirmed first, in the order they came. */
export function listGuests(db: Db, eventId: number, date: string): Booking[] {
	return prepared<[number, string], BookingRow>(
		db,
		`SELECT ${BOOKING_COLUMNS} FROM booking WHERE event_id = ? AND date = ?
		ORDER BY status = 'cancelled', created_at, id`
	)
		.all(eventId, date)
		.map(publicBooking);
}

export type CheckInResult = 'checkedIn' | 'undone' | 'already' | 'cancelled' | 'notFound';

/** Marks a guest as arrived (or undoes it), by their code, within one occurrence. */
/** Guests are checked in on the day: from this long before the start… */
export const CHECK_IN_OPENS_BEFORE = 4 * 3600;
/** …until this long after the end (late arrivals, and correcting the list). */
export const CHECK_IN_CLOSES_AFTER = 6 * 3600;

/** Whether the door is open for check-in: 'early', 'open' or 'over'. */
export function checkInWindow(
	occurrence: { startsAt: number; endsAt: number },
	now = nowSeconds()
): 'early' | 'open' | 'over' {
	if (now < occurrence.startsAt - CHECK_IN_OPENS_BEFORE) return 'early';
	if (now > occurrence.endsAt + CHECK_IN_CLOSES_AFTER) return 'over';
	return 'open';
}

export function checkIn(
	db: Db,
	eventId: number,
	date: string,
	code: string,
	arrived = true,
	now = nowSeconds()
): CheckInResult {
	return db
		.transaction((): CheckInResult => {
			const row = prepared<
				[number, string, string],
				{ status: string; checkedInAt: number | null }
			>(
				db,
				`SELECT status, checked_in_at AS checkedInAt FROM booking
				WHERE event_id = ? AND date = ? AND code = ?`
			).get(eventId, date, code);
			if (!row) return 'notFound';
			if (row.status !== 'confirmed') return 'cancelled';
			if (arrived && row.checkedInAt !== null) return 'already';
			prepared(
				db,
				'UPDATE booking SET checked_in_at = ? WHERE event_id = ? AND date = ? AND code = ?'
			).run(arrived ? now : null, eventId, date, code);
			return arrived ? 'checkedIn' : 'undone';
		})
		.immediate();
}

// --- Reminders --------------------------------------------------------------------------------

/**
 * A day before each booked occurrence its guests get a reminder, queued once. Not for a booking
 * made within that last day: its confirmation is still fresh.
 */
export function queueReminders(
	db: Db,
	translators: Translators,
	now = nowSeconds(),
	origin = process.env.ORIGIN ?? ''
): number {
	return db
		.transaction(() => {
			const due = prepared<[number, number], BookingRow>(
				db,
				`SELECT ${BOOKING_COLUMNS} FROM booking
				WHERE reminded_at IS NULL AND starts_at > ? AND starts_at <= ?
					AND status = 'confirmed' AND erased_at IS NULL AND created_at < starts_at - 86400`
			).all(now, now + 86400);
			const mark = prepared(db, 'UPDATE booking SET reminded_at = ? WHERE id = ?');
			for (const booking of due) {
				mark.run(now, booking.id);
				queueGuestMail(db, translators[booking.locale], booking, 'booking_reminder', {
					origin,
					now
				});
			}
			return due.length;
		})
		.immediate();
}

// --- Retention --------------------------------------------------------------------------------

/**
 * Guests' names and contact details go `days` after their occurrence ended; the booking stays, as
 * a count. Messages to them lose their recipient and text.
 */
export function eraseOldBookingContacts(
	db: Db,
	now = nowSeconds(),
	days = retentionDays()
): number {
	const erased = prepared(
		db,
		`UPDATE booking SET name = NULL, phone = NULL, email = NULL, erased_at = ?
		WHERE erased_at IS NULL AND ends_at < ?`
	).run(now, now - days * 86400).changes;
	prepared(
		db,
		`UPDATE outbox SET recipient = '', body = '', secret_link = '', calendar = ''
		WHERE recipient != '' AND booking_id IN (SELECT id FROM booking WHERE erased_at IS NOT NULL)`
	).run();
	return erased;
}

// --- Counting (DESIGN.md, series 2) ------------------------------------------------------------

export interface BookingTotals {
	bookings: number;
	people: number;
	checkedIn: number;
}

/** Confirmed bookings for dates between two local dates (inclusive): people booked and checked in. */
export function bookingTotals(db: Db, from: string, to: string): BookingTotals {
	return prepared<[string, string], BookingTotals>(
		db,
		`SELECT count(*) AS bookings, coalesce(sum(party), 0) AS people,
			coalesce(sum(CASE WHEN checked_in_at IS NOT NULL THEN party ELSE 0 END), 0) AS checkedIn
		FROM booking WHERE status = 'confirmed' AND date BETWEEN ? AND ?`
	).get(from, to)!;
}

/** Bookings made (confirmed or not since) between two local dates, whatever the event's date. */
export function bookingsMade(db: Db, from: string, to: string): BookingTotals {
	return prepared<[number, number], BookingTotals>(
		db,
		`SELECT count(*) AS bookings, coalesce(sum(party), 0) AS people,
			coalesce(sum(CASE WHEN checked_in_at IS NOT NULL THEN party ELSE 0 END), 0) AS checkedIn
		FROM booking WHERE created_at >= ? AND created_at < ?`
	).get(midnightOf(from), midnightOf(to) + 86400)!;
}

export interface BookingsByEvent extends BookingTotals {
	eventId: number;
	title: string;
	date: string;
}

/** The same per event and date, for the department's table and export. */
export function bookingsByEvent(db: Db, from: string, to: string): BookingsByEvent[] {
	return prepared<[string, string], BookingsByEvent>(
		db,
		`SELECT b.event_id AS eventId, e.title_vi AS title, b.date, count(*) AS bookings,
			sum(b.party) AS people,
			coalesce(sum(CASE WHEN b.checked_in_at IS NOT NULL THEN b.party ELSE 0 END), 0) AS checkedIn
		FROM booking b JOIN event e ON e.id = b.event_id
		WHERE b.status = 'confirmed' AND b.date BETWEEN ? AND ?
		GROUP BY b.event_id, b.date ORDER BY b.date, e.title_vi`
	).all(from, to);
}
