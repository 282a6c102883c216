import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { initialiseContent } from '$lib/server/demo/demo';
import { getDb, StartupError } from '$lib/server/platform/db';
import { handleGuard } from '$lib/server/handles/guard';
import { handleHeaders } from '$lib/server/handles/headers';
import { handleLanguage } from '$lib/server/handles/language';
import { handleSession } from '$lib/server/handles/session';
import { scheduleMaintenance } from '$lib/server/platform/maintenance';
import { scheduleSender, smtpSender } from '$lib/server/mail/sender';
import { queueReminders } from '$lib/server/bookings/bookings';
import { lapseOffers } from '$lib/server/bookings/waitlist';
import { getTranslators } from '$lib/i18n/translator';

export const init: ServerInit = async () => {
	if (building) return;
	const translators = await getTranslators();
	try {
		const db = getDb();
		initialiseContent(db, process.env.DEMO_DATA !== '0');
		scheduleMaintenance(db, () => {});
		// Without SMTP_URL messages stay in the department's outbox page.
		scheduleSender(db, smtpSender(), () => {
			queueReminders(db, translators);
			lapseOffers(db, translators);
		});
	} catch (err) {
		if (!(err instanceof StartupError)) throw err;
		console.error(`Visit Lạng Sơn cannot start: ${err.message}`);
		process.exit(1);
	}
};

export const handle = sequence(handleLanguage, handleSession, handleHeaders, handleGuard);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'errors.notFoundText' };
	const id = crypto.randomUUID();
	// The route, never the URL: a path or query string may carry a token.
	console.error(`[${id}] ${event.request.method} ${event.route.id ?? '(no route)'}:`, error);
	return { message: 'errors.unexpected', id };
};
