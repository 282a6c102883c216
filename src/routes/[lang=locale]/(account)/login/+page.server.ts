import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findLogin, setUserLocale } from '$lib/server/accounts/accounts';
import { recordAudit } from '$lib/server/platform/audit';
import {
	createSession,
	invalidateSession,
	landingPath,
	setSessionCookie
} from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { verifyAgainstNothing, verifyPassword } from '$lib/server/accounts/passwords';
import { loginByAccount, loginByIp } from '$lib/server/platform/throttle';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, landingPath(locals.user.role, locals.locale, null));
	return {
		notice: url.searchParams.has('reset')
			? 'auth.resetDone'
			: url.searchParams.has('loggedOut')
				? 'auth.loggedOut'
				: null
	};
}) satisfies PageServerLoad;

export const actions = {
	default: formAction(async ({ locals, cookies, url, getClientAddress }, data) => {
		const form = new FormReader(data);
		const email = form.email();
		const password = form.password('password');
		const values = { email: form.values.email ?? '' };
		if (email === null || password === null) {
			return formFailure(400, { values, errors: form.errors });
		}

		const db = getDb();
		const ip = getClientAddress();
		// Checked before the password, so a locked account costs no hashing and leaks nothing.
		const wait = Math.max(loginByIp.retryAfter(ip), loginByAccount.retryAfter(email));
		if (wait > 0) {
			recordAudit(db, { action: 'login_throttled', ip });
			return formFailure(429, {
				values,
				message: 'errors.throttled',
				params: { count: Math.ceil(wait / 60) }
			});
		}

		const login = findLogin(db, email);
		const valid = login
			? await verifyPassword(login.passwordHash, password)
			: await verifyAgainstNothing(password);
		if (!login || !valid) {
			loginByIp.hit(ip);
			loginByAccount.hit(email);
			recordAudit(db, {
				actorId: login?.id ?? null,
				action: 'login_failed',
				subject: login ? `user:${login.id}` : null,
				ip
			});
			return formFailure(400, { values, message: 'accountErrors.loginFailed' });
		}

		loginByAccount.reset(email);
		if (locals.session) invalidateSession(db, locals.session.id);
		const { token, session } = createSession(db, login.id, login.role);
		setUserLocale(db, login.id, locals.locale);
		setSessionCookie(cookies, url, token, session.expiresAt);
		recordAudit(db, { actorId: login.id, action: 'login', subject: `user:${login.id}`, ip });
		redirect(303, landingPath(login.role, locals.locale, url.searchParams.get('next')));
	})
} satisfies Actions;
