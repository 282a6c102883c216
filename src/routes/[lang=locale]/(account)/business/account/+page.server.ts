import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	changePassword,
	getBusiness,
	getPasswordHash,
	setNewBookingMails,
	updateBusinessProfile
} from '$lib/server/accounts/accounts';
import { recordAudit } from '$lib/server/platform/audit';
import {
	deleteSessionCookie,
	invalidateUserSessions,
	requireBusiness
} from '$lib/server/accounts/auth';
import { readBusinessProfile } from '$lib/server/accounts/business-form';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { hashPassword, readNewPassword, verifyPassword } from '$lib/server/accounts/passwords';

export const load = ((event) => {
	const user = requireBusiness(event);
	const business = getBusiness(getDb(), user.businessId);
	if (!business) error(404, 'errors.notFoundText');
	return { business };
}) satisfies PageServerLoad;

export const actions = {
	profile: formAction(async (event, data) => {
		const user = requireBusiness(event);
		const form = new FormReader(data);
		const profile = readBusinessProfile(form);
		if (!profile) return formFailure(400, { values: form.values, errors: form.errors });
		const db = getDb();
		if (!updateBusinessProfile(db, user.businessId, profile)) {
			return formFailure(403, { values: form.values, message: 'accountErrors.suspended' });
		}
		recordAudit(db, {
			actorId: user.id,
			action: 'profile_updated',
			subject: `business:${user.businessId}`,
			ip: event.getClientAddress()
		});
		return { saved: 'profile' as const };
	}),

	mail: formAction(async (event, data) => {
		const user = requireBusiness(event);
		setNewBookingMails(getDb(), user.businessId, data.get('mailNewBookings') === 'on');
		return { saved: 'mail' as const };
	}),

	password: formAction(async (event, data) => {
		const user = requireBusiness(event);
		const form = new FormReader(data);
		const current = form.password('currentPassword');
		const next = readNewPassword(form, 'newPassword', [user.email, user.businessName ?? '']);
		if (!form.ok || current === null || next === null) {
			return formFailure(400, { errors: form.errors, message: 'errors.formInvalid' });
		}
		const db = getDb();
		const hash = getPasswordHash(db, user.id);
		if (!hash || !(await verifyPassword(hash, current))) {
			return formFailure(400, {
				errors: { currentPassword: 'accountErrors.currentPasswordWrong' },
				message: 'errors.formInvalid'
			});
		}
		changePassword(db, user.id, await hashPassword(next), event.locals.session?.id ?? null);
		recordAudit(db, {
			actorId: user.id,
			action: 'password_changed',
			subject: `user:${user.id}`,
			ip: event.getClientAddress()
		});
		return { saved: 'password' as const };
	}),

	logoutEverywhere: formAction((event) => {
		const user = requireBusiness(event);
		const db = getDb();
		invalidateUserSessions(db, user.id);
		recordAudit(db, {
			actorId: user.id,
			action: 'logout_everywhere',
			subject: `user:${user.id}`,
			ip: event.getClientAddress()
		});
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, `/${event.locals.locale}/login?loggedOut`);
	})
} satisfies Actions;
