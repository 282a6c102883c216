import type { Handle } from '@sveltejs/kit';
import { LANG_TAGS, LOCALE_COOKIE, localeOfPath, negotiateLocale } from '$lib/i18n/locales';
import { getTranslator } from '$lib/i18n/translator';

/** The page's language comes from its URL; pages outside `/vi|en|zh` (404s) use the visitor's. */
export const handleLanguage: Handle = async ({ event, resolve }) => {
	const locale =
		localeOfPath(event.url.pathname) ??
		negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.locale = locale;
	event.locals.t = await getTranslator(locale);
	const lang = `<html lang="${LANG_TAGS[locale]}">`;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="%lang%">', lang)
	});
};
