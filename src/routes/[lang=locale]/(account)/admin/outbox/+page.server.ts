import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { listOutbox } from '$lib/server/mail/outbox';
import { resend } from '$lib/server/mail/sender';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';

/** The newest messages, whether each was sent, and why not. */
export const load = ((event) => {
	requireRole(event, 'admin');
	return { messages: listOutbox(getDb(), 200), sending: !!process.env.SMTP_URL };
}) satisfies PageServerLoad;

export const actions = {
	resend: formAction(async (event, data) => {
		requireRole(event, 'admin');
		const id = new FormReader(data).number('id', {
			min: 1,
			max: Number.MAX_SAFE_INTEGER,
			required: true
		});
		if (id === null) return formFailure(400, { message: 'errors.formInvalid' });
		if (!resend(getDb(), id)) return formFailure(409, { message: 'errors.statusConflict' });
		return { done: 'resent' };
	})
} satisfies Actions;
