import { formAction } from '$lib/server/platform/form';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireBusiness } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { editorData, readEditor } from '../editor';
import { createEvent } from '$lib/server/events/events';

export const load = ((event) => {
	requireBusiness(event);
	return editorData(event.locals.locale);
}) satisfies PageServerLoad;

export const actions = {
	save: formAction(async (event, data) => {
		const user = requireBusiness(event);
		const read = await readEditor(data, null);
		if ('failure' in read) return read.failure;
		const id = createEvent(getDb(), user.businessId, read.input);
		redirect(303, `/${event.locals.locale}/business/events/${id}?saved`);
	})
} satisfies Actions;
