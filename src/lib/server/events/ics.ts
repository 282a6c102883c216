import { localDate, midnightOf, weekdaysOf } from '$lib/recurrence';
import { nowSeconds } from '../platform/clock';

/** RFC 5545 calendars. */

export interface IcsEvent {
	uid: string;
	summary: string;
	description: string;
	location: string;
	geo: { lat: number; lon: number } | null;
	url: string;
	startsAt: number;
	endsAt: number;
	weekdays: number;
	untilDate: string | null;
	skipped: string[];
	cancelled: string[];
	/** Dates whose hours the department changed (a walking-street notice): that night's times. */
	changed?: { date: string; startsAt: number; endsAt: number }[];
	/** The whole event is called off. */
	eventCancelled: boolean;
	updatedAt: number;
}

const TZID = 'Asia/Ho_Chi_Minh';
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

// Vietnam has kept UTC+7 without daylight saving since 1975.
const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TZID}`,
	'BEGIN:STANDARD',
	'DTSTART:19750613T000000',
	'TZOFFSETFROM:+0800',
	'TZOFFSETTO:+0700',
	'TZNAME:ICT',
	'END:STANDARD',
	'END:VTIMEZONE'
];

/** TEXT values: backslash, semicolon, comma and new lines escaped, so they cannot end a property. */
export function escapeText(value: string): string {
	return (
		value
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
			// Other control characters have no place in a calendar and could confuse a reader.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
	);
}

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const bytes = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const n = bytes.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (size + n > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** 20261127T180000 in Lạng Sơn time. */
function localStamp(unix: number): string {
	const d = new Date((unix + 7 * 3600) * 1000);
	return d.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function utcStamp(unix: number): string {
	return new Date(unix * 1000).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

function occurrenceStart(event: IcsEvent, date: string): number {
	return midnightOf(date) + (event.startsAt - midnightOf(localDate(event.startsAt)));
}

function vevent(event: IcsEvent, now: number): string[] {
	const lines = [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${utcStamp(now)}`,
		`LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
		`DTSTART;TZID=${TZID}:${localStamp(event.startsAt)}`,
		`DTEND;TZID=${TZID}:${localStamp(event.endsAt)}`,
		`SUMMARY:${escapeText(event.summary)}`,
		`DESCRIPTION:${escapeText(event.description)}`
	];
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	if (event.geo) lines.push(`GEO:${event.geo.lat.toFixed(6)};${event.geo.lon.toFixed(6)}`);
	lines.push(`URL:${event.url}`);
	lines.push(`STATUS:${event.eventCancelled ? 'CANCELLED' : 'CONFIRMED'}`);
	if (event.weekdays && event.untilDate) {
		// UNTIL is in UTC when DTSTART has a time zone: the end of the last local day.
		const until = utcStamp(midnightOf(event.untilDate) + 86400 - 1);
		lines.push(
			`RRULE:FREQ=WEEKLY;BYDAY=${weekdaysOf(event.weekdays)
				.map((d) => BYDAY[d])
				.join(',')};UNTIL=${until}`
		);
		for (const date of event.skipped) {
			lines.push(`EXDATE;TZID=${TZID}:${localStamp(occurrenceStart(event, date))}`);
		}
	}
	lines.push('END:VEVENT');
	// One date of a weekly event cancelled or moved: the same UID and that date's RECURRENCE-ID.
	if (event.weekdays) {
		const duration = event.endsAt - event.startsAt;
		const override = (date: string, startsAt: number, endsAt: number, status: string) => [
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${utcStamp(now)}`,
			`RECURRENCE-ID;TZID=${TZID}:${localStamp(occurrenceStart(event, date))}`,
			`DTSTART;TZID=${TZID}:${localStamp(startsAt)}`,
			`DTEND;TZID=${TZID}:${localStamp(endsAt)}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`STATUS:${status}`,
			'END:VEVENT'
		];
		for (const date of event.cancelled) {
			const start = occurrenceStart(event, date);
			lines.push(...override(date, start, start + duration, 'CANCELLED'));
		}
		for (const { date, startsAt, endsAt } of event.changed ?? []) {
			if (!event.cancelled.includes(date))
				lines.push(...override(date, startsAt, endsAt, 'CONFIRMED'));
		}
	}
	return lines;
}

export function buildCalendar(name: string, events: IcsEvent[], now = nowSeconds()): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Visit Lang Son//Events//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
		`X-WR-TIMEZONE:${TZID}`,
		...VTIMEZONE,
		...events.flatMap((event) => vevent(event, now)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
