export const LOCALES = ['vi', 'en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALE_COOKIE = 'lang';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** BCP 47 tags handed to Intl for dates and numbers. */
export const INTL_TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' };
/** BCP 47 tags written to `<html lang>` and `hreflang`. */
export const LANG_TAGS: Record<Locale, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks a locale from an Accept-Language header. Malformed parts are skipped, never thrown on;
 * any Chinese variant maps to our Simplified Chinese, any English to English.
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
	if (!header || header.length > 1000) return null;
	const ranges: { locale: Locale; q: number; order: number }[] = [];
	header.split(',').forEach((part, order) => {
		const [tag, ...params] = part.trim().split(';');
		const primary = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*$/i.exec(tag.trim())?.[1]?.toLowerCase();
		if (!primary || !isLocale(primary)) return;
		let q = 1;
		for (const param of params) {
			const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
			if (m) q = Number(m[1]);
			else if (/^\s*q\s*=/i.test(param)) q = -1;
		}
		if (q > 0 && q <= 1) ranges.push({ locale: primary, q, order });
	});
	ranges.sort((a, b) => b.q - a.q || a.order - b.order);
	return ranges[0]?.locale ?? null;
}

/** Cookie first, then Accept-Language, then Vietnamese. */
export function negotiateLocale(
	cookie: string | null | undefined,
	acceptLanguage: string | null | undefined
): Locale {
	if (isLocale(cookie)) return cookie;
	return matchAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The locale a pathname starts with, if any. */
export function localeOfPath(pathname: string): Locale | null {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : null;
}

/** The same page in another language: `/en/places?x=1` → `/zh/places?x=1`. */
export function localizePath(pathname: string, locale: Locale): string {
	const current = localeOfPath(pathname);
	const rest = current ? pathname.slice(current.length + 1) : pathname === '/' ? '' : pathname;
	return `/${locale}${rest}`;
}

/** Each language named in itself, as a switcher shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
	vi: 'Tiếng Việt',
	en: 'English',
	zh: '中文'
};
