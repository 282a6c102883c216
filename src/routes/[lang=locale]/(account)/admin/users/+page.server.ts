import type { Actions, PageServerLoad } from './$types';
import { createPasswordReset, listUsers } from '$lib/server/accounts/accounts';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';

export const load = ((event) => {
	requireRole(event, 'admin');
	return { users: listUsers(getDb()) };
}) satisfies PageServerLoad;

export const actions = {
	reset: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const form = new FormReader(data);
		const id = form.number('id', { min: 1, max: Number.MAX_SAFE_INTEGER, required: true });
		if (!form.ok || id === null || !Number.isInteger(id)) {
			return formFailure(400, { errors: form.errors });
		}
		const db = getDb();
		const token = createPasswordReset(db, id, { id: admin.id, ip: event.getClientAddress() });
		if (!token) return formFailure(404, { message: 'errors.notFoundText' });
		const email = listUsers(db).find((u) => u.id === id)?.email ?? '';
		// Shown once, to this admin only; the database keeps only a hash of its secret.
		return { resetLink: `${event.url.origin}/${event.locals.locale}/reset/${token}`, email };
	})
} satisfies Actions;
