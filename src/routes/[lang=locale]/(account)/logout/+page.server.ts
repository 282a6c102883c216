import { formAction } from '$lib/server/platform/form';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { recordAudit } from '$lib/server/platform/audit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';

export const load = (({ locals }) => {
	if (!locals.user) redirect(303, `/${locals.locale}/login`);
}) satisfies PageServerLoad;

export const actions = {
	default: formAction(({ locals, cookies, url, getClientAddress }) => {
		if (locals.session && locals.user) {
			const db = getDb();
			invalidateSession(db, locals.session.id);
			recordAudit(db, {
				actorId: locals.user.id,
				action: 'logout',
				subject: `user:${locals.user.id}`,
				ip: getClientAddress()
			});
		}
		deleteSessionCookie(cookies, url);
		redirect(303, `/${locals.locale}/login?loggedOut`);
	})
} satisfies Actions;
