import type { Handle } from '@sveltejs/kit';
import {
	deleteSessionCookie,
	readSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';

/** The signed-in user, if the session cookie is valid (renewed when half-used; removed if not). */
export const handleSession: Handle = ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = readSessionCookie(event.cookies, event.url);
	if (token) {
		const result = validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.renewed) {
				setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
			}
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
