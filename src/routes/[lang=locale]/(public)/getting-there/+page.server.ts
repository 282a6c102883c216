import type { PageServerLoad } from './$types';
import { gettingThereGuide } from '$lib/server/content/guides';

export const load = (({ locals }) => ({
	sections: gettingThereGuide(locals.locale)
})) satisfies PageServerLoad;
