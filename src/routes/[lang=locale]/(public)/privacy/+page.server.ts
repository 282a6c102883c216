import type { PageServerLoad } from './$types';
import { retentionDays } from '$lib/server/bookings/bookings';
import { PRIVACY_UPDATED, privacyGuide } from '$lib/server/content/guides';

export const load = (({ locals }) => ({
	sections: privacyGuide(locals.locale, retentionDays()),
	updated: PRIVACY_UPDATED
})) satisfies PageServerLoad;
