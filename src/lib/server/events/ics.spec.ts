import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { weekdayMask } from '$lib/recurrence';
import { buildCalendar, foldLine, type IcsEvent } from './ics';

const vn = (y: number, m: number, d: number, h = 0, min = 0) =>
	Date.UTC(y, m - 1, d, h - 7, min) / 1000;

const base: IcsEvent = {
	uid: 'event-7@visitlangson.test',
	summary: 'Đêm nhạc, phố đi bộ; "Kỳ Lừa" \\ tối thứ Sáu',
	description: 'Dòng một\nDòng hai\r\nEND:VEVENT\nBEGIN:VALARM;X=1,2',
	location: 'Phố Lê Lai, Lạng Sơn',
	geo: { lat: 21.856, lon: 106.7575 },
	url: 'https://visitlangson.test/vi/events/7',
	startsAt: vn(2026, 11, 27, 18),
	endsAt: vn(2026, 11, 27, 22),
	weekdays: weekdayMask([5, 6]),
	untilDate: '2026-12-19',
	skipped: ['2026-12-05'],
	cancelled: ['2026-12-12'],
	eventCancelled: false,
	updatedAt: vn(2026, 11, 20)
};

function parse(ics: string) {
	const component = new ICAL.Component(ICAL.parse(ics));
	ICAL.TimezoneService.register(component.getFirstSubcomponent('vtimezone')!);
	return component;
}

describe('ICS feeds', () => {
	const ics = buildCalendar('Sự kiện Lạng Sơn', [base], vn(2026, 11, 26));

	it('use CRLF line endings and fold lines at 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
		for (const line of ics.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		// Folding never splits a Vietnamese character.
		const folded = foldLine('SUMMARY:' + 'Phố đi bộ Kỳ Lừa '.repeat(10));
		expect(folded.split('\r\n ').join('')).toBe('SUMMARY:' + 'Phố đi bộ Kỳ Lừa '.repeat(10));
	});

	it('parse back with an independent parser to the same times and text', () => {
		const cal = parse(ics);
		const [main, cancelled] = cal.getAllSubcomponents('vevent');
		const event = new ICAL.Event(main);
		expect(event.uid).toBe('event-7@visitlangson.test');
		expect(event.summary).toBe(base.summary);
		expect(event.description).toBe('Dòng một\nDòng hai\nEND:VEVENT\nBEGIN:VALARM;X=1,2');
		expect(event.location).toBe(base.location);
		expect(main.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
		expect(event.startDate.toUnixTime()).toBe(base.startsAt);
		expect(event.endDate.toUnixTime()).toBe(base.endsAt);
		expect(main.getFirstPropertyValue('geo')).toEqual([21.856, 106.7575]);
		// Nothing from the text became a property or component of its own.
		expect(cal.getAllSubcomponents('vevent')).toHaveLength(2);
		expect(main.getAllSubcomponents('valarm')).toHaveLength(0);

		const starts: number[] = [];
		const it = event.iterator();
		for (let next = it.next(); next; next = it.next()) starts.push(next.toUnixTime());
		expect(starts).toEqual([
			vn(2026, 11, 27, 18),
			vn(2026, 11, 28, 18),
			vn(2026, 12, 4, 18),
			vn(2026, 12, 11, 18),
			vn(2026, 12, 12, 18),
			vn(2026, 12, 18, 18),
			vn(2026, 12, 19, 18)
		]);

		const off = new ICAL.Event(cancelled);
		expect(off.isRecurrenceException()).toBe(true);
		expect(off.recurrenceId.toUnixTime()).toBe(vn(2026, 12, 12, 18));
		expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('declare the time zone and put TZID on every local time', () => {
		expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
		expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261127T180000');
		expect(ics).toContain('EXDATE;TZID=Asia/Ho_Chi_Minh:20261205T180000');
		expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20261219T165959Z/);
	});

	it('mark a cancelled event and keep a one-off event without RRULE', () => {
		const once = buildCalendar('x', [
			{ ...base, weekdays: 0, untilDate: null, skipped: [], cancelled: [], eventCancelled: true }
		]);
		const event = parse(once).getFirstSubcomponent('vevent')!;
		expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(event.getFirstProperty('rrule')).toBeNull();
	});
});
