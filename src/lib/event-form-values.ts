import { localDate } from './recurrence';
import { vietnamParts } from './i18n/format';

const hhmm = (unix: number) => {
	const { hour, minute } = vietnamParts(unix);
	return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
};

/** An event's content as the editor's field values (the inverse of readEventForm). */
export function eventFormValues(e: {
	category: string;
	title: Record<string, string>;
	description: Record<string, string>;
	startsAt: number;
	endsAt: number;
	weekdays: number;
	untilDate: string | null;
	skipped: string[];
	placeSlug: string | null;
	venueAddress: string;
	lat: number | null;
	lon: number | null;
	priceVnd: number;
	capacity: number | null;
	bookable: boolean;
	maxParty: number;
	contact: string;
	imageAlt: Record<string, string>;
	imageCredit: string;
}): Record<string, string> {
	return {
		category: e.category,
		title_vi: e.title.vi,
		title_en: e.title.en,
		title_zh: e.title.zh,
		description_vi: e.description.vi,
		description_en: e.description.en,
		description_zh: e.description.zh,
		startDate: localDate(e.startsAt),
		startTime: hhmm(e.startsAt),
		endDate: localDate(e.endsAt),
		endTime: hhmm(e.endsAt),
		repeat: e.weekdays ? 'weekly' : 'once',
		days: [0, 1, 2, 3, 4, 5, 6].filter((d) => e.weekdays & (1 << d)).join(','),
		untilDate: e.untilDate ?? '',
		skipDates: e.skipped.join(', '),
		place: e.placeSlug ?? '',
		venueAddress: e.venueAddress,
		lat: e.lat === null ? '' : String(e.lat),
		lon: e.lon === null ? '' : String(e.lon),
		free: e.priceVnd === 0 ? 'on' : '',
		price: e.priceVnd === 0 ? '' : String(e.priceVnd),
		capacity: e.capacity === null ? '' : String(e.capacity),
		bookable: e.bookable ? 'on' : '',
		maxParty: String(e.maxParty),
		contact: e.contact,
		image_alt_vi: e.imageAlt.vi,
		image_credit: e.imageCredit,
		image_alt_en: e.imageAlt.en,
		image_alt_zh: e.imageAlt.zh
	};
}
