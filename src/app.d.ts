import type { Locale } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translator';
import type { Session, SessionUser } from '$lib/server/accounts/auth';

declare global {
	namespace App {
		interface Error {
			/** An i18n key (`errors.*`) or SvelteKit's own text for 404s. */
			message: string;
			id?: string;
		}
		interface Locals {
			locale: Locale;
			t: Translate;
			user: SessionUser | null;
			session: Session | null;
		}
	}
}

export {};
