import type { Handle } from '@sveltejs/kit';
import { LANG_TAGS } from '$lib/i18n/locales';

const AREA = /^\/(?:vi|en|zh)\/(business|admin)(?:\/|$)/;

/**
 * The business and admin areas: anonymous visitors go to the login page, the wrong role gets 403.
 * Every load and action there checks again (requireRole): this is the first fence, not the only one.
 */
export const handleGuard: Handle = ({ event, resolve }) => {
	const area = AREA.exec(event.url.pathname)?.[1];
	if (!area) return resolve(event);
	const { user, locale, t } = event.locals;
	if (!user) {
		const next = encodeURIComponent(event.url.pathname);
		return new Response(null, {
			status: 303,
			headers: { location: `/${locale}/login?next=${next}` }
		});
	}
	if (user.role !== area) {
		const title = t('errors.forbiddenTitle');
		const body = `<!doctype html><html lang="${LANG_TAGS[locale]}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><h1>${title}</h1><p>${t('errors.forbidden')}</p><p><a href="/${locale}">${t('errors.backHome')}</a></p></html>`;
		return new Response(body, {
			status: 403,
			headers: {
				'content-type': 'text/html; charset=utf-8',
				'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
			}
		});
	}
	return resolve(event);
};
