import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { LOCALES } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import {
	deleteDish,
	listDishesForEdit,
	saveDish,
	type DishInput
} from '$lib/server/content/dishes';
import { listPlacesForAdmin } from '$lib/server/places/place-edit';
import { readSlug } from '$lib/server/places/place-form';

function existing(event: RequestEvent) {
	if (event.params.id === 'new') return null;
	const dish = listDishesForEdit(getDb()).find((d) => String(d.id) === event.params.id);
	if (!dish) error(404, 'errors.notFoundText');
	return dish;
}

export const load = ((event) => {
	requireRole(event, 'admin');
	const dish = existing(event);
	const values: Record<string, string> = {};
	if (dish) {
		values.slug = dish.slug;
		values.local_name = dish.localName;
		values.places = dish.places.join(' ');
		for (const l of LOCALES) {
			for (const [k, v] of Object.entries(dish.texts[l])) values[`${k}_${l}`] = v;
		}
	}
	return {
		isNew: dish === null,
		values,
		places: listPlacesForAdmin(getDb()).map((p) => ({ slug: p.slug, name: p.name }))
	};
}) satisfies PageServerLoad;

export const actions = {
	save: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const dish = existing(event);
		const db = getDb();
		const form = new FormReader(data);
		const texts = {} as DishInput['texts'];
		for (const l of LOCALES) {
			texts[l] = {
				name: form.text(`name_${l}`, { required: l === 'vi', max: 100 }) ?? '',
				what: form.text(`what_${l}`, { required: l === 'vi', max: 1000, multiline: true }) ?? '',
				where: form.text(`where_${l}`, { required: false, max: 1000, multiline: true }) ?? '',
				season: form.text(`season_${l}`, { required: false, max: 200 }) ?? ''
			};
		}
		const localName = form.text('local_name', { required: false, max: 100 }) ?? texts.vi.name;
		const known = new Set(listPlacesForAdmin(db).map((p) => p.slug));
		const places = data.getAll('places').map(String);
		if (places.some((p) => !known.has(p))) form.errors.places = 'errors.invalidChoice';
		const slug = readSlug(form, texts.vi.name);
		if (!form.ok || slug === null) {
			return formFailure(400, {
				values: { ...form.values, places: places.join(' ') },
				errors: form.errors
			});
		}
		const actor = { id: admin.id, ip: event.getClientAddress() };
		if (!saveDish(db, dish?.id ?? null, { slug, localName, places, texts }, actor)) {
			return formFailure(409, { values: form.values, errors: { slug: 'accountErrors.slugTaken' } });
		}
		redirect(303, `/${event.params.lang}/admin/dishes?saved=1`);
	}),
	delete: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const dish = existing(event);
		if (data.get('confirm') !== 'yes')
			return formFailure(400, { message: 'accountErrors.confirmDelete' });
		if (!dish || !deleteDish(getDb(), dish.id, { id: admin.id, ip: event.getClientAddress() })) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		redirect(303, `/${event.params.lang}/admin/dishes?deleted=1`);
	})
} satisfies Actions;
