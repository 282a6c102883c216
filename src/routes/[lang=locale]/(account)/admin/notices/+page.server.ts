import type { Actions, PageServerLoad } from './$types';
import { clockMinutes, localDate, midnightOf } from '$lib/recurrence';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { listNoticesFrom, postNotice, removeNotice } from '$lib/server/events/notices';
import { nowSeconds } from '$lib/server/platform/clock';

export const load = ((event) => {
	requireRole(event, 'admin');
	return { notices: listNoticesFrom(getDb(), localDate(nowSeconds() - 86400)) };
}) satisfies PageServerLoad;

export const actions = {
	post: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const form = new FormReader(data);
		const date = form.text('date', { max: 10 });
		const kind = form.choice('kind', ['open', 'cancelled', 'changed'] as const);
		const opensText = form.text('opens', { required: kind === 'changed', max: 5 });
		const closesText = form.text('closes', { required: kind === 'changed', max: 5 });
		const message = {
			vi: form.text('message_vi', { required: false, max: 500 }) ?? '',
			en: form.text('message_en', { required: false, max: 500 }) ?? '',
			zh: form.text('message_zh', { required: false, max: 500 }) ?? ''
		};
		if (date !== null && Number.isNaN(midnightOf(date))) form.errors.date = 'errors.invalidDate';
		let opens: number | null = null;
		let closes: number | null = null;
		if (kind === 'changed' && opensText && closesText) {
			opens = clockMinutes(opensText);
			closes = clockMinutes(closesText);
			if (opens === null) form.errors.opens = 'errors.invalidTime';
			if (closes === null) form.errors.closes = 'errors.invalidTime';
			// A closing time at or before the opening one is after midnight: 18:00–00:30.
			if (opens !== null && closes !== null && closes <= opens) closes += 1440;
		}
		if (!form.ok || date === null || kind === null) {
			return formFailure(400, { values: form.values, errors: form.errors });
		}
		postNotice(
			getDb(),
			{ date, kind, opens, closes, message },
			{ id: admin.id, ip: event.getClientAddress() }
		);
		return { done: 'posted' };
	}),
	remove: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const form = new FormReader(data);
		const id = form.number('id', { min: 1, max: Number.MAX_SAFE_INTEGER, required: true });
		if (id === null || !removeNotice(getDb(), id, { id: admin.id, ip: event.getClientAddress() })) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		return { done: 'removed' };
	})
} satisfies Actions;
