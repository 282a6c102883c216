import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import {
	approveEvent,
	eventText,
	getEvent,
	listModerationQueue,
	listOpenReports,
	rejectEvent,
	resolveReport
} from '$lib/server/events/events';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { describeEvent } from './describe';
import { queueBusinessMail } from '$lib/server/mail/business-mail';
import { applyScheduleChange } from '$lib/server/bookings/bookings';
import { offerAfterChange } from '$lib/server/bookings/waitlist';
import { nowSeconds } from '$lib/server/platform/clock';
import { getTranslators } from '$lib/i18n/translator';

export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const locale = event.locals.locale;
	return {
		queue: listModerationQueue(db).map((e) => {
			const shown = e.pendingChanges ?? e;
			const now = describeEvent(db, shown, locale);
			const before = e.pendingChanges ? describeEvent(db, e, locale) : null;
			return {
				id: e.id,
				business: e.businessName,
				businessStatus: e.businessStatus,
				isEdit: e.pendingChanges !== null,
				title: shown.title.vi,
				image: shown.image
					? {
							url: `/media/${shown.image.file}`,
							width: shown.image.width,
							height: shown.image.height,
							alt: shown.imageAlt.vi,
							changed: before !== null && e.image?.file !== shown.image.file
						}
					: null,
				// Every field the public will see; for an edit, what it was before where it changes.
				fields: now.map(([label, value], i) => ({
					label,
					value,
					before: before && before[i][1] !== value ? before[i][1] : null
				}))
			};
		}),
		reports: listOpenReports(db)
	};
}) satisfies PageServerLoad;

function readId(data: FormData) {
	const form = new FormReader(data);
	const id = form.number('id', { min: 1, max: Number.MAX_SAFE_INTEGER, required: true });
	return { form, id: id !== null && Number.isInteger(id) ? id : null };
}

/** Approves or rejects an event (or its edit) and tells its business, in one transaction. */
async function decide(event: RequestEvent, id: number, reason: string | null): Promise<boolean> {
	const admin = requireRole(event, 'admin');
	const db = getDb();
	const translators = await getTranslators();
	const now = nowSeconds();
	const actor = { id: admin.id, ip: event.getClientAddress() };
	return db
		.transaction(() => {
			const before = getEvent(db, id);
			const done =
				reason === null
					? approveEvent(db, id, actor, now)
					: rejectEvent(db, id, reason, actor, now);
			if (done && reason === null) {
				// What the change means for those who booked or wait: new times, or seats to offer.
				applyScheduleChange(db, id, translators, now, event.url.origin);
				offerAfterChange(db, id, translators, now, event.url.origin);
			}
			if (done && before) {
				const kind = reason === null ? 'event_approved' : 'event_rejected';
				queueBusinessMail(
					db,
					translators,
					before.businessId,
					kind,
					(l) => ({
						title: eventText(before.pendingChanges ?? before, l).title,
						reason: reason ?? '',
						link: `${event.url.origin}/${l}/${reason === null ? '' : 'business/'}events/${id}`
					}),
					now
				);
			}
			return done;
		})
		.immediate();
}

export const actions = {
	approve: formAction(async (event, data) => {
		requireRole(event, 'admin');
		const { id } = readId(data);
		if (id === null) return formFailure(400, { message: 'errors.formInvalid' });
		if (!(await decide(event, id, null))) {
			return formFailure(409, { message: 'accountErrors.cannotApprove' });
		}
		return { done: 'approved' };
	}),
	reject: formAction(async (event, data) => {
		requireRole(event, 'admin');
		const { form, id } = readId(data);
		const reason = form.text('reason', { max: 1000, multiline: true });
		if (id === null || reason === null) {
			return formFailure(400, {
				values: form.values,
				errors: { ...form.errors, reason: form.errors.reason ?? 'errors.required' },
				message: 'accountErrors.reasonRequired'
			});
		}
		if (!(await decide(event, id, reason))) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		return { done: 'rejected' };
	}),
	resolve: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const { id } = readId(data);
		if (id === null || !resolveReport(getDb(), id, admin.id)) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		return { done: 'resolved' };
	})
} satisfies Actions;
