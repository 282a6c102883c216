import { EVENT_CATEGORIES } from '$lib/event-categories';
import { PROVINCE_BOUNDS } from '$lib/business';
import { addDays, clockMinutes, midnightOf, weekdayMask, weekdayOf } from '$lib/recurrence';
import { DEFAULT_MAX_PARTY, type EventInput } from './events';
import type { FormReader } from '../platform/form';
import { readPhotoUpload } from '../places/photos';
import { nowSeconds } from '../platform/clock';

const DAY = 86400;

function localTime(form: FormReader, dateField: string, timeField: string): number | null {
	const date = form.text(dateField, { max: 10 });
	const time = form.text(timeField, { max: 5 });
	if (date === null || time === null) return null;
	const midnight = midnightOf(date);
	if (Number.isNaN(midnight)) {
		form.errors[dateField] = 'errors.invalidDate';
		return null;
	}
	const minutes = clockMinutes(time);
	if (minutes === null) {
		form.errors[timeField] = 'errors.invalidTime';
		return null;
	}
	return midnight + minutes * 60;
}

export interface EventFormResult {
	input: Omit<EventInput, 'image'>;
	/** A new picture to store (its kind already checked; storePhoto decodes it). */
	upload: Uint8Array | null;
	removeImage: boolean;
}

/**
 * Reads and checks the event editor. Times are Lạng Sơn wall-clock times; the first date of a
 * weekly event must be one of its weekdays; dates must lie from yesterday to two years ahead.
 */
export async function readEventForm(
	form: FormReader,
	data: FormData,
	placeIds: Map<string, number>,
	now = nowSeconds()
): Promise<EventFormResult | null> {
	const category = form.choice('category', EVENT_CATEGORIES);
	const title = {
		vi: form.text('title_vi', { max: 120 }) ?? '',
		en: form.text('title_en', { max: 120, required: false }) ?? '',
		zh: form.text('title_zh', { max: 120, required: false }) ?? ''
	};
	const description = {
		vi: form.text('description_vi', { max: 5000, multiline: true }) ?? '',
		en: form.text('description_en', { max: 5000, multiline: true, required: false }) ?? '',
		zh: form.text('description_zh', { max: 5000, multiline: true, required: false }) ?? ''
	};
	const startsAt = localTime(form, 'startDate', 'startTime');
	const endsAt = localTime(form, 'endDate', 'endTime');
	const repeat = form.choice('repeat', ['once', 'weekly'] as const);

	if (startsAt !== null && endsAt !== null) {
		if (endsAt <= startsAt) form.errors.endDate = 'errors.endBeforeStart';
		else if (startsAt < now - DAY || startsAt > now + 2 * 365 * DAY)
			form.errors.startDate = 'accountErrors.dateOutOfRange';
		else if (endsAt - startsAt > (repeat === 'weekly' ? DAY : 31 * DAY))
			form.errors.endDate = 'errors.tooLong';
	}

	let weekdays = 0;
	let untilDate: string | null = null;
	const skipped: string[] = [];
	if (repeat === 'weekly') {
		const days = data.getAll('days').map((d) => (typeof d === 'string' ? Number(d) : NaN));
		if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
			form.errors.days = 'accountErrors.chooseDays';
		} else {
			weekdays = weekdayMask(days);
			const startDate = form.values.startDate;
			if (startsAt !== null && !(weekdays & (1 << weekdayOf(startDate)))) {
				form.errors.startDate = 'accountErrors.startNotOnDay';
			}
		}
		untilDate = form.text('untilDate', { max: 10 });
		if (untilDate !== null) {
			if (Number.isNaN(midnightOf(untilDate))) form.errors.untilDate = 'errors.invalidDate';
			else if (
				startsAt !== null &&
				(untilDate < form.values.startDate || untilDate > addDays(form.values.startDate, 366))
			) {
				form.errors.untilDate = 'accountErrors.dateOutOfRange';
			}
		}
		const skipText = form.text('skipDates', { max: 2000, required: false, multiline: true }) ?? '';
		for (const date of skipText.split(/[\s,;]+/).filter(Boolean)) {
			if (Number.isNaN(midnightOf(date))) {
				form.errors.skipDates = 'errors.invalidDate';
				break;
			}
			skipped.push(date);
		}
	}

	const placeSlug = form.text('place', { required: false, max: 100 }) ?? '';
	let placeId: number | null = null;
	if (placeSlug) {
		placeId = placeIds.get(placeSlug) ?? null;
		if (placeId === null) form.errors.place = 'errors.invalidChoice';
	}
	const venueAddress = form.text('venueAddress', { required: !placeSlug, max: 300 }) ?? '';
	const lat = form.number('lat', { min: PROVINCE_BOUNDS.minLat, max: PROVINCE_BOUNDS.maxLat });
	const lon = form.number('lon', { min: PROVINCE_BOUNDS.minLon, max: PROVINCE_BOUNDS.maxLon });
	if (!form.errors.lat && !form.errors.lon && (lat === null) !== (lon === null)) {
		form.errors.lat = 'accountErrors.pinIncomplete';
	}

	const free = data.get('free') === 'on';
	const typed = form.number('price', { min: 0, max: 100_000_000, required: !free });
	if (typed !== null && !Number.isInteger(typed)) form.errors.price = 'errors.invalidNumber';
	// A price typed with "Free" ticked is never dropped: the owner says which one is meant.
	if (free && typed !== null && typed > 0) form.errors.price = 'accountErrors.priceWithFree';
	const price = free ? 0 : typed;
	const capacity = form.number('capacity', { min: 1, max: 100_000 });
	if (capacity !== null && !Number.isInteger(capacity))
		form.errors.capacity = 'errors.invalidNumber';
	const bookable = data.get('bookable') === 'on';
	if (bookable && capacity === null) form.errors.capacity = 'accountErrors.capacityForBooking';
	const maxParty = form.number('maxParty', { min: 1, max: 100 }) ?? DEFAULT_MAX_PARTY;
	if (!Number.isInteger(maxParty)) form.errors.maxParty = 'errors.invalidNumber';
	const contact = form.text('contact', { required: false, max: 200 }) ?? '';
	const imageAlt = {
		vi: form.text('image_alt_vi', { required: false, max: 300 }) ?? '',
		en: form.text('image_alt_en', { required: false, max: 300 }) ?? '',
		zh: form.text('image_alt_zh', { required: false, max: 300 }) ?? ''
	};
	const imageCredit = form.text('image_credit', { required: false, max: 200 }) ?? '';

	const upload = await readPhotoUpload(data, form, 'image');

	if (!form.ok || !category || startsAt === null || endsAt === null || price === null) return null;
	return {
		input: {
			category,
			title,
			description,
			startsAt,
			endsAt,
			weekdays,
			untilDate: weekdays ? untilDate : null,
			skipped,
			placeId,
			venueAddress,
			lat,
			lon,
			priceVnd: price,
			capacity,
			bookable,
			maxParty,
			contact,
			imageAlt,
			imageCredit
		},
		upload,
		removeImage: data.get('removeImage') === 'on'
	};
}
