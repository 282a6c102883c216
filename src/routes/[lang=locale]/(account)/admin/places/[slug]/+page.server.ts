import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { deletePlace, placeForEdit, savePlace } from '$lib/server/places/place-edit';
import { hourFields, placeFields, readPlace } from '$lib/server/places/place-form';
import { photosForEdit } from '$lib/server/places/place-photos';
import { photoActions } from '$lib/server/places/photo-actions';
import { tileConfig } from '$lib/server/platform/tiles';

/** `/admin/places/new` creates; any other slug edits that place. */
const NEW = 'new';

function actorOf(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	return { id: admin.id, ip: event.getClientAddress() };
}

function existing(event: RequestEvent) {
	const place = placeForEdit(getDb(), event.params.slug);
	if (!place) error(404, 'errors.notFoundText');
	return place;
}

export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const tiles = tileConfig();
	if (event.params.slug === NEW) {
		const values: Record<string, string> = { published: '1', hours_mode: 'unknown' };
		return { isNew: true, values, photos: [], tiles };
	}
	const place = existing(event);
	return {
		isNew: false,
		values: { ...placeFields(place), ...hourFields(place.hours) },
		photos: photosForEdit(db, { placeId: place.id }),
		tiles
	};
}) satisfies PageServerLoad;

const photos = photoActions((event: RequestEvent) => ({ placeId: existing(event).id }));

export const actions = {
	save: formAction(async (event, data) => {
		const actor = actorOf(event);
		const id = event.params.slug === NEW ? null : existing(event).id;
		const form = new FormReader(data);
		const input = readPlace(form, data, 'editor');
		if (input?.slug === NEW) form.errors.slug = 'accountErrors.invalidSlug';
		if (!input || !form.ok) return formFailure(400, { values: form.values, errors: form.errors });
		const result = savePlace(getDb(), id, input, actor);
		if ('problem' in result) {
			return formFailure(409, { values: form.values, errors: { slug: result.problem } });
		}
		redirect(303, `/${event.params.lang}/admin/places/${result.slug}?saved=1`);
	}),
	delete: formAction(async (event, data) => {
		const actor = actorOf(event);
		if (data.get('confirm') !== 'yes')
			return formFailure(400, { message: 'accountErrors.confirmDelete' });
		const result = deletePlace(getDb(), event.params.slug, actor);
		if (result !== 'deleted') return formFailure(409, { message: result });
		redirect(303, `/${event.params.lang}/admin/places?deleted=1`);
	}),
	addPhoto: photos.addPhoto,
	photo: photos.photo
} satisfies Actions;
