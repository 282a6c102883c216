import type { Actions, PageServerLoad } from './$types';
import { requestPasswordReset } from '$lib/server/accounts/accounts';
import { getTranslator } from '$lib/i18n/translator';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { forgotByEmail, forgotByIp } from '$lib/server/platform/throttle';

/** Without a mail server a link cannot reach anyone: the page then sends people to the department. */
const mailConfigured = () => !!process.env.SMTP_URL;

export const load = (() => ({ mail: mailConfigured() })) satisfies PageServerLoad;

export const actions = {
	default: formAction(async ({ locals, url, getClientAddress }, data) => {
		if (!mailConfigured()) return formFailure(409, { message: 'accountErrors.noMail' });
		const form = new FormReader(data);
		const email = form.email();
		if (!form.ok || !email) return formFailure(400, { values: form.values, errors: form.errors });
		const ip = getClientAddress();
		const wait = Math.max(forgotByIp.retryAfter(ip), forgotByEmail.retryAfter(email));
		if (wait > 0) {
			return formFailure(429, {
				values: form.values,
				message: 'errors.throttled',
				params: { count: Math.ceil(wait / 60) }
			});
		}
		// Every request counts, for addresses with an account or not: the answer is the same.
		forgotByIp.hit(ip);
		forgotByEmail.hit(email);
		const t = await getTranslator(locals.locale);
		requestPasswordReset(
			getDb(),
			email,
			(link) => ({
				subject: t('accountMail.password_reset_subject'),
				body: t('accountMail.password_reset_body', { link })
			}),
			(token) => `${url.origin}/${locals.locale}/reset/${token}`
		);
		return { sent: true, email };
	})
} satisfies Actions;
