import { describe, expect, it } from 'vitest';
import { readEventForm } from './event-form';
import { FormReader } from '../platform/form';

const NOW = Date.UTC(2026, 10, 26, 5) / 1000; // Thursday 26 Nov 2026, 12:00 in Lạng Sơn
const places = new Map([['ky-lua-walking-street', 1]]);

function read(fields: Record<string, string | string[] | Blob>) {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) {
		for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
	}
	const form = new FormReader(data);
	return readEventForm(form, data, places, NOW).then((result) => ({ result, errors: form.errors }));
}

const valid = {
	category: 'music',
	title_vi: '<script>alert("x")</script> Đêm nhạc',
	description_vi: 'Mô tả <img src=x onerror=alert(1)>',
	startDate: '2026-11-27',
	startTime: '20:00',
	endDate: '2026-11-28',
	endTime: '01:00',
	repeat: 'weekly',
	days: ['5'],
	untilDate: '2027-02-26',
	skipDates: '2026-12-25, 2027-01-01',
	place: 'ky-lua-walking-street',
	venueAddress: '',
	price: '50000',
	contact: '0912 345 678'
};

describe('event editor input', () => {
	it('turns wall-clock times into Vietnam-time instants and keeps text as typed', async () => {
		const { result, errors } = await read(valid);
		expect(errors).toEqual({});
		expect(result?.input).toMatchObject({
			startsAt: Date.UTC(2026, 10, 27, 13) / 1000,
			endsAt: Date.UTC(2026, 10, 27, 18) / 1000,
			weekdays: 1 << 5,
			untilDate: '2027-02-26',
			skipped: ['2026-12-25', '2027-01-01'],
			placeId: 1,
			priceVnd: 50000
		});
		// Stored as text: pages escape it, JSON-LD and ICS encode it.
		expect(result?.input.title.vi).toBe('<script>alert("x")</script> Đêm nhạc');
	});

	it('refuses an end before the start, dates out of range and impossible dates', async () => {
		expect((await read({ ...valid, endDate: '2026-11-27', endTime: '19:00' })).errors.endDate).toBe(
			'errors.endBeforeStart'
		);
		expect(
			(await read({ ...valid, startDate: '2029-01-05', endDate: '2029-01-06' })).errors.startDate
		).toBe('accountErrors.dateOutOfRange');
		expect(
			(await read({ ...valid, startDate: '2020-01-03', endDate: '2020-01-04' })).errors.startDate
		).toBe('accountErrors.dateOutOfRange');
		expect((await read({ ...valid, startDate: '2026-02-30' })).errors.startDate).toBe(
			'errors.invalidDate'
		);
		expect((await read({ ...valid, startTime: '25:00' })).errors.startTime).toBe(
			'errors.invalidTime'
		);
		expect((await read({ ...valid, untilDate: '2028-01-01' })).errors.untilDate).toBe(
			'accountErrors.dateOutOfRange'
		);
		expect((await read({ ...valid, days: ['1'] })).errors.startDate).toBe(
			'accountErrors.startNotOnDay'
		);
		expect((await read({ ...valid, days: ['9'] })).errors.days).toBe('accountErrors.chooseDays');
		expect((await read({ ...valid, skipDates: 'tomorrow' })).errors.skipDates).toBe(
			'errors.invalidDate'
		);
		expect((await read({ ...valid, repeat: 'once', endDate: '2027-01-30' })).errors.endDate).toBe(
			'errors.tooLong'
		);
	});

	it('refuses fake and oversized images, unknown places and bookings without places', async () => {
		const script = new File(['<script>alert(1)</script>'], 'photo.jpg', { type: 'image/jpeg' });
		expect((await read({ ...valid, image: script })).errors.image).toBe('accountErrors.imageType');
		const huge = new File([new Uint8Array(15 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
		expect((await read({ ...valid, image: huge })).errors.image).toBe(
			'accountErrors.imageTooLarge'
		);
		expect((await read({ ...valid, place: 'atlantis' })).errors.place).toBe('errors.invalidChoice');
		expect((await read({ ...valid, place: '' })).errors.venueAddress).toBe('errors.required');
		expect((await read({ ...valid, bookable: 'on' })).errors.capacity).toBe(
			'accountErrors.capacityForBooking'
		);
		expect((await read({ ...valid, price: '-5' })).errors.price).toBe('errors.outOfRange');
	});
});
