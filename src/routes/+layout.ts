import type { LayoutLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { getTranslator } from '$lib/i18n/translator';

export const load = (async ({ data, params }) => {
	// Reading params.lang here makes the layout reload its texts when the language in the URL changes.
	const locale = 'lang' in params && isLocale(params.lang) ? params.lang : data.locale;
	return { ...data, locale, t: await getTranslator(locale) };
}) satisfies LayoutLoad;
