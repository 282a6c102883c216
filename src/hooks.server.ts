import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { LANG_TAGS, LOCALE_COOKIE, localeOfPath, negotiateLocale } from '$lib/i18n/locales';
import { getTranslator } from '$lib/i18n/translator';
import { getDb, StartupError } from '$lib/server/db';

export const init: ServerInit = () => {
	if (building) return;
	try {
		getDb();
	} catch (err) {
		if (!(err instanceof StartupError)) throw err;
		console.error(`Visit Lạng Sơn cannot start: ${err.message}`);
		process.exit(1);
	}
};

/** The page's language comes from its URL; pages outside `/vi|en|zh` (404s) use the visitor's. */
const locale: Handle = async ({ event, resolve }) => {
	const lang =
		localeOfPath(event.url.pathname) ??
		negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.locale = lang;
	event.locals.t = await getTranslator(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('<html lang="%lang%">', `<html lang="${LANG_TAGS[lang]}">`)
	});
};

export const handle = sequence(locale);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'errors.notFoundText' };
	const id = crypto.randomUUID();
	// The path only: a query string may carry a token.
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: 'errors.unexpected', id };
};
