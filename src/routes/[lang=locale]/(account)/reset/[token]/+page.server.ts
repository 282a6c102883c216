import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { checkPasswordReset, completePasswordReset } from '$lib/server/accounts/accounts';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { hashPassword, readNewPassword } from '$lib/server/accounts/passwords';

export const load = (({ params }) => {
	const reset = checkPasswordReset(getDb(), params.token);
	if (!reset) error(404, 'errors.resetInvalid');
	return { email: reset.email };
}) satisfies PageServerLoad;

export const actions = {
	default: formAction(async ({ params, locals, getClientAddress }, data) => {
		const db = getDb();
		const reset = checkPasswordReset(db, params.token);
		if (!reset) return formFailure(404, { message: 'errors.resetInvalid' });
		const form = new FormReader(data);
		const password = readNewPassword(form, 'newPassword', [reset.email]);
		if (!form.ok || password === null) return formFailure(400, { errors: form.errors });
		const done = completePasswordReset(
			db,
			params.token,
			await hashPassword(password),
			getClientAddress()
		);
		if (!done) return formFailure(404, { message: 'errors.resetInvalid' });
		redirect(303, `/${locals.locale}/login?reset`);
	})
} satisfies Actions;
