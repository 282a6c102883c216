// bookings/booking-mail.ts: what a guest is told by e-mail, wholly in the language they booked in.
import type { Locale } from '$lib/i18n/locales';
import { formatDate, formatVnd } from '$lib/i18n/format';
import type { Translate } from '$lib/i18n/translator';
import type { Db } from '../platform/db';
import { venueOf, type Venue } from '../events/event-views';
import { eventText, getEvent, type EventRecord } from '../events/events';
import { buildCalendar } from '../events/ics';
import { queueMail, SECRET_LINK } from '../mail/outbox';

export interface MailBooking {
	id: number;
	eventId: number;
	code: string;
	party: number;
	name: string | null;
	phone: string | null;
	email: string | null;
	locale: Locale;
	startsAt: number;
	endsAt: number;
	status?: 'confirmed' | 'cancelled';
	createdAt?: number;
}

export type GuestMailKind =
	| 'booking_confirmed'
	| 'booking_reminder'
	| 'booking_changed'
	| 'organiser_message'
	| 'booking_cancelled_by_guest'
	| 'booking_cancelled_by_organiser';

/** `K7Q4MM2XPA` as people read it: `K7Q4M-M2XPA`. */
export function displayCode(code: string): string {
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A link that opens the venue on a map, or its page on the portal when it has no pin. */
function mapLink(venue: Venue, origin: string, locale: Locale): string {
	if (venue.lat !== null && venue.lon !== null) {
		const [lat, lon] = [venue.lat.toFixed(5), venue.lon.toFixed(5)];
		return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
	}
	return venue.placeSlug ? `${origin}/${locale}/places/${venue.placeSlug}` : '';
}

function priceLine(t: Translate, event: EventRecord, party: number, locale: Locale): string {
	if (event.priceVnd === 0) return t('booking.free');
	const total = t('booking.total', {
		count: party,
		price: formatVnd(event.priceVnd, locale),
		total: formatVnd(event.priceVnd * party, locale)
	});
	return `${total}. ${t('booking.payAtVenue')}`;
}

/** The booked evening as a one-event calendar; `link` is its URL and, when private, named in it. */
export function bookingCalendar(
	db: Db,
	t: Translate,
	booking: MailBooking,
	event: EventRecord,
	options: { host: string; link: string; manageLink: string | null; updatedAt: number }
): string {
	const text = eventText(event, booking.locale);
	const venue = venueOf(db, event, booking.locale);
	const details = [
		t('booking.icsDescription', { code: displayCode(booking.code), count: booking.party })
	];
	if (options.manageLink) details.push(t('booking.icsManage', { url: options.manageLink }));
	return buildCalendar(text.title, [
		{
			uid: `booking-${booking.code}@${options.host}`,
			summary: text.title,
			description: `${details.join('\n')}\n\n${text.description}`,
			location: venue.name,
			geo: venue.lat !== null && venue.lon !== null ? { lat: venue.lat, lon: venue.lon } : null,
			url: options.link,
			startsAt: booking.startsAt,
			endsAt: booking.endsAt,
			weekdays: 0,
			untilDate: null,
			skipped: [],
			cancelled: [],
			eventCancelled: booking.status === 'cancelled',
			updatedAt: options.updatedAt
		}
	]);
}

/**
 * Queues one message to a guest (by e-mail, or to be passed on by phone), in the caller's
 * transaction. The confirmation carries the manage link (filled in when sent) and a calendar file.
 */
export function queueGuestMail(
	db: Db,
	t: Translate,
	booking: MailBooking,
	kind: GuestMailKind,
	options: { origin: string; now: number; manageLink?: string; extra?: Record<string, string> }
): void {
	const recipient = booking.email ?? booking.phone;
	const event = getEvent(db, booking.eventId);
	if (!recipient || !event) return;
	const { locale } = booking;
	const venue = venueOf(db, event, locale);
	const eventLink = options.origin ? `${options.origin}/${locale}/events/${event.id}` : '';
	const params = {
		name: booking.name ?? '',
		title: eventText(event, locale).title,
		code: displayCode(booking.code),
		party: booking.party,
		count: booking.party,
		when: `${formatDate(booking.startsAt, locale, 'weekdayDate')} ${formatDate(booking.startsAt, locale, 'time')}–${formatDate(booking.endsAt, locale, 'time')}`,
		place: venue.name,
		// Without a pin, the event's page (it names the place and how to get there).
		map: mapLink(venue, options.origin, locale) || eventLink,
		price: priceLine(t, event, booking.party, locale),
		link: eventLink,
		manage: SECRET_LINK,
		...options.extra
	};
	const confirmation = kind === 'booking_confirmed' && options.manageLink;
	queueMail(
		db,
		{
			kind,
			recipient,
			locale,
			bookingId: booking.id,
			subject: t(`bookingMail.${kind}_subject`, params),
			body: t(`bookingMail.${kind}_body`, params),
			secretLink: confirmation ? options.manageLink : undefined,
			calendar:
				kind === 'booking_confirmed' || kind === 'booking_reminder' || kind === 'booking_changed'
					? bookingCalendar(db, t, booking, event, {
							host: new URL(options.origin || 'http://localhost').host,
							link: eventLink,
							manageLink: null,
							updatedAt: options.now
						})
					: undefined
		},
		options.now
	);
}
