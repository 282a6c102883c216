import type { PageServerLoad } from './$types';
import { PRIVACY_UPDATED, privacyGuide } from '$lib/server/guides';

export const load = (({ locals }) => ({
	sections: privacyGuide(locals.locale),
	updated: PRIVACY_UPDATED
})) satisfies PageServerLoad;
