import type { PageLoad } from './$types';
import type { Locale } from '$lib/i18n/locales';
import { loadAccountMessages } from '$lib/i18n/translator';

// The search page's words are kept out of every other page's script.
export const load = (async ({ data, params }) => {
	await loadAccountMessages(params.lang as Locale);
	return data;
}) satisfies PageLoad;
