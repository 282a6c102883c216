import { INTL_TAGS, TIME_ZONE, type Locale } from './locales';

// Intl formatters are costly to build and safe to share: one per locale and style, made on first use.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(
	key: string,
	make: () => T
): T {
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) {
		formatter = make();
		cache.set(key, formatter);
	}
	return formatter;
}

function formatWith(
	key: string,
	make: () => Intl.DateTimeFormat | Intl.NumberFormat,
	value: number
): string {
	return cached(key, make).format(value);
}

const DATE_STYLES = {
	date: { dateStyle: 'long' },
	dateShort: { day: 'numeric', month: 'short' },
	weekday: { weekday: 'long' },
	weekdayDate: { weekday: 'long', day: 'numeric', month: 'long' },
	time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
	dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' },
	monthYear: { month: 'long', year: 'numeric' },
	monthShort: { month: 'short' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** Formats a unix time (seconds) as a person in Lạng Sơn reads it, whatever the server's zone. */
export function formatDate(unixSeconds: number, locale: Locale, style: DateStyle = 'date'): string {
	return formatWith(
		`d:${locale}:${style}`,
		() =>
			new Intl.DateTimeFormat(INTL_TAGS[locale], { ...DATE_STYLES[style], timeZone: TIME_ZONE }),
		unixSeconds * 1000
	);
}

export function formatNumber(value: number, locale: Locale): string {
	return formatWith(`n:${locale}`, () => new Intl.NumberFormat(INTL_TAGS[locale]), value);
}

export function formatVnd(value: number, locale: Locale): string {
	return formatWith(
		`c:${locale}`,
		() =>
			new Intl.NumberFormat(INTL_TAGS[locale], {
				style: 'currency',
				currency: 'VND',
				maximumFractionDigits: 0
			}),
		value
	);
}

/** Calendar fields of a moment in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function vietnamParts(unixSeconds: number): {
	year: number;
	month: number;
	day: number;
	weekday: number;
	hour: number;
	minute: number;
} {
	const shifted = new Date((unixSeconds + 7 * 3600) * 1000);
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		weekday: shifted.getUTCDay(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes()
	};
}

/** A closing time: midnight reads "24:00", as on the walking street's signs, not "00:00". */
export function formatClosingTime(unixSeconds: number, locale: Locale): string {
	const { hour, minute } = vietnamParts(unixSeconds);
	return hour === 0 && minute === 0 ? '24:00' : formatDate(unixSeconds, locale, 'time');
}

/** The name of a weekday (0 = Sunday) in the given language. */
export function weekdayName(weekday: number, locale: Locale): string {
	// 22 November 2026 was a Sunday; noon keeps the date the same in every time zone.
	return formatDate(Date.UTC(2026, 10, 22 + weekday, 5) / 1000, locale, 'weekday');
}

/** Minutes after local midnight as a clock time; 1440 is "24:00", later times wrap ("02:00"). */
export function formatMinutes(minutes: number): string {
	const wrapped = minutes > 1440 ? minutes - 1440 : minutes;
	return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** A distance for people on foot or in a car: metres below 1 km, one decimal below 10 km. */
export function formatDistance(km: number, locale: Locale): string {
	const unit = (value: number, u: 'meter' | 'kilometer', digits: number) =>
		cached(
			`u:${locale}:${u}:${digits}`,
			() =>
				new Intl.NumberFormat(INTL_TAGS[locale], {
					style: 'unit',
					unit: u,
					maximumFractionDigits: digits
				})
		).format(value);
	if (km < 1) return unit(Math.max(50, Math.round((km * 1000) / 50) * 50), 'meter', 0);
	return km < 10
		? unit(Math.round(km * 10) / 10, 'kilometer', 1)
		: unit(Math.round(km), 'kilometer', 0);
}

/** ISO 8601 in Lạng Sơn time, e.g. 2026-11-27T18:00:00+07:00 (for JSON-LD and open data). */
export function isoLocal(unixSeconds: number): string {
	return new Date((unixSeconds + 7 * 3600) * 1000).toISOString().slice(0, 19) + '+07:00';
}

/** A month's short name (1 = January) in the given language. */
export function monthName(month: number, locale: Locale): string {
	// The 15th at noon: the same month in every time zone.
	return formatDate(Date.UTC(2026, month - 1, 15, 5) / 1000, locale, 'monthShort');
}

/** A share (0–1) as a percentage with one decimal. */
export function formatPercent(share: number, locale: Locale): string {
	return cached(
		`p:${locale}`,
		() => new Intl.NumberFormat(INTL_TAGS[locale], { style: 'percent', maximumFractionDigits: 1 })
	).format(share);
}

/** A chart axis's short number: 4.5M, 4,5 Tr, 450万. */
export function formatCompact(value: number, locale: Locale): string {
	return formatWith(
		`k:${locale}`,
		() =>
			new Intl.NumberFormat(INTL_TAGS[locale], { notation: 'compact', maximumFractionDigits: 1 }),
		value
	);
}

/** A change with its sign: +1,234 or −1,234 (a real minus sign). */
export function formatSigned(value: number, locale: Locale, share = false): string {
	const text = share
		? formatPercent(Math.abs(value), locale)
		: formatNumber(Math.abs(value), locale);
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A language's name in the reader's language (`zh` → Chinese, 中文); the code if unknown. */
export function languageName(code: string, locale: Locale): string {
	try {
		return (
			cached(
				`l:${locale}`,
				() => new Intl.DisplayNames(INTL_TAGS[locale], { type: 'language' })
			).of(code) ?? code
		);
	} catch {
		return code;
	}
}
