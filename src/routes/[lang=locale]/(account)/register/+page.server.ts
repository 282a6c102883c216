import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { registerBusiness } from '$lib/server/accounts/accounts';
import { queueBusinessMail } from '$lib/server/mail/business-mail';
import { nowSeconds } from '$lib/server/platform/clock';
import { getTranslators } from '$lib/i18n/translator';
import { createSession, landingPath, setSessionCookie } from '$lib/server/accounts/auth';
import { readBusinessProfile } from '$lib/server/accounts/business-form';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { hashPassword, readNewPassword } from '$lib/server/accounts/passwords';
import { registerByIp } from '$lib/server/platform/throttle';

export const load = (({ locals }) => {
	if (locals.user) redirect(303, landingPath(locals.user.role, locals.locale, null));
}) satisfies PageServerLoad;

export const actions = {
	default: formAction(async ({ locals, cookies, url, getClientAddress }, data) => {
		const form = new FormReader(data);
		const email = form.email();
		const profile = readBusinessProfile(form);
		const password = readNewPassword(form, 'password', [email ?? '', form.values.name ?? '']);
		if (!form.ok || !email || !password || !profile) {
			return formFailure(400, { values: form.values, errors: form.errors });
		}

		const ip = getClientAddress();
		const wait = registerByIp.retryAfter(ip);
		if (wait > 0) {
			return formFailure(429, {
				values: form.values,
				message: 'errors.throttled',
				params: { count: Math.ceil(wait / 60) }
			});
		}

		// Every attempt that reaches the database counts, taken e-mails included, so the form
		// cannot be used to test which addresses have accounts faster than five an hour.
		registerByIp.hit(ip);
		const db = getDb();
		const [passwordHash, translators] = await Promise.all([
			hashPassword(password),
			getTranslators()
		]);
		// The account and the "registration received" message, together or not at all.
		const created = db
			.transaction(() => {
				const result = registerBusiness(db, {
					...profile,
					email,
					passwordHash,
					ip,
					locale: locals.locale
				});
				if (!('error' in result)) {
					queueBusinessMail(
						db,
						translators,
						result.businessId,
						'business_registered',
						(l) => ({
							link: `${url.origin}/${l}/business`
						}),
						nowSeconds()
					);
				}
				return result;
			})
			.immediate();
		if ('error' in created) {
			return formFailure(400, {
				values: form.values,
				errors: { email: 'accountErrors.emailTaken' },
				message: 'errors.formInvalid'
			});
		}
		const { token, session } = createSession(db, created.userId, 'business');
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, landingPath('business', locals.locale, null));
	})
} satisfies Actions;
