// mail/business-mail.ts: what a business is told by e-mail, in the language its owner registered in.
import type { Locale } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translator';
import { prepared, type Db } from '../platform/db';
import { queueMail } from './outbox';

export type BusinessMailKind =
	| 'business_registered'
	| 'business_verified'
	| 'business_suspended'
	| 'event_approved'
	| 'event_rejected'
	| 'booking_new';

interface Owner {
	email: string;
	locale: Locale;
	name: string;
	mailNewBookings: number;
}

/**
 * Queues one message to a business's owner, in the caller's transaction; `params` is asked for in
 * the owner's language (an event's title, say). New-booking messages only when the owner wants them.
 */
export function queueBusinessMail(
	db: Db,
	translators: Record<Locale, Translate>,
	businessId: number,
	kind: BusinessMailKind,
	params: (locale: Locale) => Record<string, string | number>,
	now: number
): boolean {
	const owner = prepared<[number], Owner>(
		db,
		`SELECT u.email, u.locale, b.name, b.mail_new_bookings AS mailNewBookings
		FROM user u JOIN business b ON b.id = u.business_id WHERE b.id = ?`
	).get(businessId);
	if (!owner || (kind === 'booking_new' && !owner.mailNewBookings)) return false;
	const t = translators[owner.locale];
	const values = { business: owner.name, ...params(owner.locale) };
	queueMail(
		db,
		{
			kind,
			recipient: owner.email,
			locale: owner.locale,
			subject: t(`businessMail.${kind}_subject`, values),
			body: t(`businessMail.${kind}_body`, values)
		},
		now
	);
	return true;
}
