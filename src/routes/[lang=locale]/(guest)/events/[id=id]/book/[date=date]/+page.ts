import type { PageLoad } from './$types';
import type { Locale } from '$lib/i18n/locales';
import { loadAccountMessages } from '$lib/i18n/translator';

// A full date explains its waiting list, in words kept out of every page's script.
export const load = (async ({ data, params }) => {
	if (data.state === 'full') await loadAccountMessages(params.lang as Locale);
	return data;
}) satisfies PageLoad;
