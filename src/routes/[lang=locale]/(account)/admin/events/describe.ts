import type { Locale } from '$lib/i18n/locales';
import { formatDate, formatVnd, weekdayName } from '$lib/i18n/format';
import { weekdaysOf } from '$lib/recurrence';
import type { EventInput } from '$lib/server/events/events';
import type { Db } from '$lib/server/platform/db';
import { getPlaceSummaryById } from '$lib/server/places/places';

/**
 * An event as the department checks it before approving: every field the public will see, as
 * [label key, text] in a fixed order (so an edit can be compared with the published event).
 */
export function describeEvent(db: Db, e: EventInput, locale: Locale): [string, string][] {
	const place = e.placeId === null ? null : getPlaceSummaryById(db, e.placeId, locale);
	const time = (t: number) => formatDate(t, locale, 'dateTime');
	return [
		['moderation.titleVi', e.title.vi],
		['moderation.titleEn', e.title.en],
		['moderation.titleZh', e.title.zh],
		['moderation.descriptionVi', e.description.vi],
		['moderation.descriptionEn', e.description.en],
		['moderation.descriptionZh', e.description.zh],
		['events.category', e.category],
		['eventForm.startDate', time(e.startsAt)],
		['eventForm.endDate', time(e.endsAt)],
		[
			'eventForm.days',
			weekdaysOf(e.weekdays)
				.map((d) => weekdayName(d, locale))
				.join(', ')
		],
		['eventForm.until', e.weekdays && e.untilDate ? e.untilDate : ''],
		['eventForm.skipDates', e.skipped.join(', ')],
		['eventForm.place', place?.name ?? ''],
		['eventForm.venueAddress', e.venueAddress],
		['events.price', e.priceVnd === 0 ? '0' : formatVnd(e.priceVnd, locale)],
		['eventForm.capacity', e.capacity === null ? '' : String(e.capacity)],
		['eventForm.bookable', e.bookable ? '✓' : ''],
		['eventForm.maxParty', e.bookable ? String(e.maxParty) : ''],
		['eventForm.contact', e.contact],
		['moderation.imageAltVi', e.imageAlt.vi],
		['moderation.imageAltEn', e.imageAlt.en],
		['moderation.imageAltZh', e.imageAlt.zh]
	];
}
