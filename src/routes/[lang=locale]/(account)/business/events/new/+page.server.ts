import { formAction } from '$lib/server/form';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireBusiness } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { editorData, readEditor } from '$lib/server/event-actions';
import { createEvent } from '$lib/server/events';

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
