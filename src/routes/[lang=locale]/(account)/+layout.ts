import type { LayoutLoad } from './$types';
import type { Locale } from '$lib/i18n/locales';
import { loadAccountMessages } from '$lib/i18n/translator';

/** The account areas' messages, fetched by the browser only when someone comes here. */
export const load = (async ({ params }) => {
	await loadAccountMessages(params.lang as Locale);
	return {};
}) satisfies LayoutLoad;
