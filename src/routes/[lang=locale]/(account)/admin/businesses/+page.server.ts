import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
	changeBusinessStatus,
	listBusinesses,
	type StatusChange
} from '$lib/server/accounts/accounts';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { queueBusinessMail } from '$lib/server/mail/business-mail';
import { nowSeconds } from '$lib/server/platform/clock';
import { getTranslators } from '$lib/i18n/translator';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';

export const load = ((event) => {
	requireRole(event, 'admin');
	return { businesses: listBusinesses(getDb()) };
}) satisfies PageServerLoad;

function statusAction(change: StatusChange) {
	return async (event: RequestEvent, data: FormData) => {
		const admin = requireRole(event, 'admin');
		const form = new FormReader(data);
		const id = form.number('id', { min: 1, max: Number.MAX_SAFE_INTEGER, required: true });
		const reason = form.text('reason', {
			required: change === 'suspend',
			max: 500,
			multiline: true
		});
		if (form.errors.reason === 'errors.required') form.errors.reason = 'admin.reasonRequired';
		if (!form.ok || id === null || !Number.isInteger(id)) {
			return formFailure(400, { values: form.values, errors: form.errors });
		}
		const db = getDb();
		const translators = await getTranslators();
		const now = nowSeconds();
		// The change and the owner's message, in one transaction.
		const changed = db
			.transaction(() => {
				const actor = { id: admin.id, ip: event.getClientAddress() };
				if (!changeBusinessStatus(db, change, id, reason ?? '', actor, now)) return false;
				const kind = change === 'suspend' ? 'business_suspended' : 'business_verified';
				queueBusinessMail(
					db,
					translators,
					id,
					kind,
					(l) => ({
						reason: reason ?? '',
						// A suspended business cannot sign in: it is sent to the department's contacts.
						link: `${event.url.origin}/${l}/${change === 'suspend' ? 'about' : 'business'}`
					}),
					now
				);
				return true;
			})
			.immediate();
		if (!changed)
			return formFailure(409, { values: form.values, message: 'errors.statusConflict' });
		return { changed: id };
	};
}

export const actions = {
	verify: formAction(statusAction('verify')),
	suspend: formAction(statusAction('suspend')),
	reinstate: formAction(statusAction('reinstate'))
} satisfies Actions;
