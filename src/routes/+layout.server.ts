import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	locale: locals.locale,
	user: locals.user ? { role: locals.user.role, email: locals.user.email } : null
})) satisfies LayoutServerLoad;
