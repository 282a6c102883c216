import type { PageLoad } from './$types';
import type { Locale } from '$lib/i18n/locales';
import { loadAccountMessages } from '$lib/i18n/translator';

// The waiting list's words live with the account messages: the home page's script stays small.
export const load = (async ({ data, params }) => {
	await loadAccountMessages(params.lang as Locale);
	return data;
}) satisfies PageLoad;
