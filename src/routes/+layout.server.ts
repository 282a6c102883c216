import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/platform/db';
import { identity, isDemo } from '$lib/server/content/settings';

export const load = (({ locals }) => {
	const db = getDb();
	const { department_name, address, phone, hotline, email } = identity(db, locals.locale);
	return {
		locale: locals.locale,
		user: locals.user ? { role: locals.user.role, email: locals.user.email } : null,
		site: { demo: isDemo(db), department: { department_name, address, phone, hotline, email } }
	};
}) satisfies LayoutServerLoad;
