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
import { recordAudit } from '../platform/audit';
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

/** Seats booked, plus those held for an offer to a waiting party. */
function takenSeats(db: Db, eventId: number, date: string): number {
	return (
		prepared<[number, string], number>(
			db,
			'SELECT taken + held FROM occurrence_seats WHERE event_id = ? AND date = ?'
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
		'SELECT date, taken + held AS taken FROM occurrence_seats WHERE event_id = ?'
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
export function manageSecret(db: Db, formKey: string): string {
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

export type NewBooking = Omit<BookingRequest, 'formKey'> & {
	/** The occurrence's seats before this booking took its own. */
	status: SeatStatus;
	idempotencyHash: Uint8Array;
	/** The manage link's secret; only its hash is kept. */
	secret: string;
};

/**
 * Writes a booking whose seats are already taken, with its code and manage link, and queues the
 * guest's confirmation and the business's note, in the caller's transaction.
 */
export function recordBooking(
	db: Db,
	booking: NewBooking,
	translators: Translators,
	now: number
): { id: number; token: string } {
	const codeTaken = prepared<[string], number>(db, 'SELECT 1 FROM booking WHERE code = ?').pluck();
	let code = newCode();
	while (codeTaken.get(code)) code = newCode();
	const manageId = randomSecret();
	const { status } = booking;
	const id = Number(
		prepared(
			db,
			`INSERT INTO booking (event_id, date, starts_at, ends_at, code, manage_id, manage_hash,
				idempotency_hash, party, name, phone, email, locale, privacy_version, marketing, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			booking.eventId,
			booking.date,
			status.occurrence.startsAt,
			status.occurrence.endsAt,
			code,
			manageId,
			hashSecret(booking.secret),
			booking.idempotencyHash,
			booking.party,
			booking.name,
			booking.phone,
			booking.email,
			booking.locale,
			privacyVersion(db),
			booking.marketing ? 1 : 0,
			now
		).lastInsertRowid
	);
	const token = `${manageId}.${booking.secret}`;
	const mail: MailBooking = {
		id,
		eventId: booking.eventId,
		code,
		party: booking.party,
		name: booking.name,
		phone: booking.phone,
		email: booking.email,
		locale: booking.locale,
		startsAt: status.occurrence.startsAt,
		endsAt: status.occurrence.endsAt
	};
	queueGuestMail(db, translators[booking.locale], mail, 'booking_confirmed', {
		origin: booking.origin,
		now,
		manageLink: `${booking.origin}/${booking.locale}/bookings/${token}`
	});
	queueBusinessMail(
		db,
		translators,
		status.event.businessId,
		'booking_new',
		(locale) => ({
			title: eventText(status.event, locale).title,
			date: formatDate(status.occurrence.startsAt, locale, 'weekdayDate'),
			party: booking.party,
			taken: status.taken + booking.party,
			capacity: status.capacity,
			link: `${booking.origin}/${locale}/business/events/${booking.eventId}/bookings/${booking.date}`
		}),
		now
	);
	return { id, token };
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
				WHERE event_id = ? AND date = ? AND taken + held + ? <= ?`
			).run(request.party, request.eventId, request.date, request.party, status.capacity);
			if (took.changes !== 1) return { kind: 'full', left: status.left };
			const { token } = recordBooking(
				db,
				{
					...request,
					status,
					idempotencyHash: formKeyHash,
					secret: manageSecret(db, request.formKey)
				},
				translators,
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
	now: number,
	reason = ''
): number {
	const bookings = prepared<[number, string | null, string | null, number], BookingRow>(
		db,
		`SELECT ${BOOKING_COLUMNS} FROM booking
		WHERE event_id = ? AND (? IS NULL OR date = ?) AND status = 'confirmed' AND ends_at > ?`
	).all(eventId, date, date, now);
	for (const booking of bookings) cancelByOrganiser(db, booking, translators, now, reason);
	return bookings.length;
}

function cancelByOrganiser(
	db: Db,
	booking: BookingRow,
	translators: Translators,
	now: number,
	reason = ''
) {
	prepared(
		db,
		`UPDATE booking SET status = 'cancelled', cancelled_by = 'organiser', cancelled_at = ?
		WHERE id = ?`
	).run(now, booking.id);
	releaseSeats(db, booking);
	const t = translators[booking.locale];
	queueGuestMail(db, t, booking, 'booking_cancelled_by_organiser', {
		origin: process.env.ORIGIN ?? '',
		now,
		// The organiser's own words, when it gave any.
		extra: { reason: reason ? `\n\n${t('bookingMail.organiserReason', { reason })}` : '' }
	});
}

/**
 * After a change to an event is approved: coming bookings on a date the event no longer has are
 * cancelled, and those whose times moved take the new times; each guest is told. Returns how many
 * bookings changed.
 */
export function applyScheduleChange(
	db: Db,
	eventId: number,
	translators: Translators,
	now = nowSeconds(),
	origin = process.env.ORIGIN ?? ''
): number {
	const event = getPublicEvent(db, eventId);
	if (!event) return 0;
	const coming = prepared<[number, number], BookingRow>(
		db,
		`SELECT ${BOOKING_COLUMNS} FROM booking WHERE event_id = ? AND status = 'confirmed' AND ends_at > ?`
	).all(eventId, now);
	let changed = 0;
	for (const booking of coming) {
		const occurrence = occurrenceOn(event, booking.date);
		if (!occurrence || occurrence.cancelled) {
			cancelByOrganiser(db, booking, translators, now);
			changed++;
		} else if (occurrence.startsAt !== booking.startsAt || occurrence.endsAt !== booking.endsAt) {
			// A new reminder is due for the new time.
			prepared(
				db,
				'UPDATE booking SET starts_at = ?, ends_at = ?, reminded_at = NULL WHERE id = ?'
			).run(occurrence.startsAt, occurrence.endsAt, booking.id);
			const moved = { ...booking, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt };
			queueGuestMail(db, translators[booking.locale], moved, 'booking_changed', { origin, now });
			changed++;
		}
	}
	return changed;
}

/** The whole event called off, with its coming bookings, in one transaction. */
export function cancelEventAndBookings(
	db: Db,
	businessId: number,
	eventId: number,
	translators: Translators,
	now = nowSeconds(),
	reason = ''
): boolean {
	return db
		.transaction(() => {
			if (!cancelEvent(db, businessId, eventId, now)) return false;
			cancelBookingsOf(db, eventId, null, translators, now, reason);
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
	now = nowSeconds(),
	reason = ''
): boolean {
	return db
		.transaction(() => {
			if (!setOccurrenceCancelled(db, businessId, eventId, date, cancelled)) return false;
			if (cancelled) cancelBookingsOf(db, eventId, date, translators, now, reason);
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
	// Seats held for a waiting party's offer are not free either.
	const held = new Map(
		prepared<[number], [string, number]>(
			db,
			'SELECT date, held FROM occurrence_seats WHERE event_id = ? AND held > 0'
		)
			.raw()
			.all(event.id)
	);
	return expandSchedule(event, from, to).map((o) => {
		const c = counts.get(o.date);
		const taken = c?.people ?? 0;
		return {
			...o,
			cancelled: o.cancelled || event.status === 'cancelled',
			capacity,
			taken,
			left: Math.max(0, capacity - taken - (held.get(o.date) ?? 0)),
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

/** When a booking was checked in, for "already checked in at 19:42" at the door. */
export function checkedInAt(db: Db, eventId: number, date: string, code: string): number | null {
	const row = prepared<[number, string, string], { at: number | null }>(
		db,
		'SELECT checked_in_at AS at FROM booking WHERE event_id = ? AND date = ? AND code = ?'
	).get(eventId, date, code);
	return row?.at ?? null;
}

// --- The organiser writes to its guests -------------------------------------------------------

/** Messages to one date's guests: at most this many a day, so guests are not flooded. */
export const GUEST_MESSAGES_PER_DAY = 3;

export type GuestMessageOutcome =
	{ kind: 'sent'; recipients: number } | { kind: 'tooMany'; max: number } | { kind: 'over' };

/**
 * Queues a short message from the organiser to every confirmed guest of one date, each in the
 * language they booked in when the business wrote that version, otherwise in the first it wrote
 * (Vietnamese, English, Chinese). Logged, and limited per date and day.
 */
export function messageGuests(
	db: Db,
	message: {
		eventId: number;
		date: string;
		userId: number;
		text: Record<Locale, string>;
		origin: string;
		ip: string | null;
	},
	translators: Translators,
	now = nowSeconds()
): GuestMessageOutcome {
	return db
		.transaction((): GuestMessageOutcome => {
			const sentToday = prepared<[number, string, number], number>(
				db,
				'SELECT count(*) FROM guest_message WHERE event_id = ? AND date = ? AND created_at > ?'
			)
				.pluck()
				.get(message.eventId, message.date, now - 86400)!;
			if (sentToday >= GUEST_MESSAGES_PER_DAY)
				return { kind: 'tooMany', max: GUEST_MESSAGES_PER_DAY };
			const guests = prepared<[number, string, number], BookingRow>(
				db,
				`SELECT ${BOOKING_COLUMNS} FROM booking WHERE event_id = ? AND date = ?
					AND status = 'confirmed' AND erased_at IS NULL AND ends_at > ?`
			).all(message.eventId, message.date, now);
			const event = getPublicEvent(db, message.eventId);
			if (!event) return { kind: 'over' };
			const own = message.text.vi || message.text.en || message.text.zh;
			const phone = prepared<[number], string>(db, 'SELECT phone FROM business WHERE id = ?')
				.pluck()
				.get(event.businessId);
			const id = Number(
				prepared(
					db,
					`INSERT INTO guest_message (event_id, date, user_id, text_vi, text_en, text_zh, recipients,
						created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
				).run(
					message.eventId,
					message.date,
					message.userId,
					message.text.vi,
					message.text.en,
					message.text.zh,
					guests.length,
					now
				).lastInsertRowid
			);
			for (const guest of guests) {
				queueGuestMail(db, translators[guest.locale], guest, 'organiser_message', {
					origin: message.origin,
					now,
					extra: {
						business: event.businessName,
						message: message.text[guest.locale] || own,
						contact: event.contact || phone || ''
					}
				});
			}
			recordAudit(
				db,
				{
					actorId: message.userId,
					action: 'guests_messaged',
					subject: `event:${message.eventId}:${message.date}`,
					detail: `guest_message:${id} (${guests.length})`,
					ip: message.ip
				},
				now
			);
			return { kind: 'sent', recipients: guests.length };
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
