import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/accounts/auth';
import { retentionDays } from '$lib/server/bookings/bookings';
import { getDb } from '$lib/server/platform/db';
import { photoActions } from '$lib/server/places/photo-actions';
import { photosForEdit } from '$lib/server/places/place-photos';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import {
	isPageKey,
	MAX_PAGE_CHARS,
	pageTexts,
	pageVersions,
	renderPage,
	restorePageVersion,
	savePage,
	type PageKey
} from '$lib/server/content/pages';

function pageOf(event: RequestEvent): PageKey {
	if (!isPageKey(event.params.page)) error(404, 'errors.notFoundText');
	return event.params.page;
}

export const load = ((event) => {
	requireRole(event, 'admin');
	const page = pageOf(event);
	const db = getDb();
	return {
		page,
		texts: pageTexts(db, page),
		versions: pageVersions(db, page),
		photos: photosForEdit(db, { page })
	};
}) satisfies PageServerLoad;

/** The texts as typed; a saved page keeps a Vietnamese text (the others fall back to it). */
function readTexts(
	data: FormData,
	saving: boolean
): { form: FormReader; texts: Record<Locale, string> } {
	const form = new FormReader(data);
	const texts = { vi: '', en: '', zh: '' };
	for (const locale of LOCALES) {
		texts[locale] =
			form.text(`body_${locale}`, {
				required: saving && locale === 'vi',
				max: MAX_PAGE_CHARS,
				multiline: true
			}) ?? '';
	}
	return { form, texts };
}

const photos = photoActions((event: RequestEvent) => ({ page: pageOf(event) }));

export const actions = {
	preview: formAction(async (event, data) => {
		requireRole(event, 'admin');
		pageOf(event);
		const { form, texts } = readTexts(data, false);
		if (!form.ok) return formFailure(400, { values: form.values, errors: form.errors });
		const values = { booking_days: retentionDays() };
		return {
			values: form.values,
			preview: Object.fromEntries(LOCALES.map((l) => [l, renderPage(texts[l], values)]))
		};
	}),
	save: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const page = pageOf(event);
		const { form, texts } = readTexts(data, true);
		if (!form.ok) return formFailure(400, { values: form.values, errors: form.errors });
		const written = savePage(getDb(), page, texts, { id: admin.id, ip: event.getClientAddress() });
		return { done: written.length > 0 ? 'pageSaved' : 'pageUnchanged' };
	}),
	restore: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const page = pageOf(event);
		const form = new FormReader(data);
		const id = form.number('version', { min: 1, max: Number.MAX_SAFE_INTEGER, required: true });
		if (id === null) return formFailure(400, { message: 'errors.formInvalid' });
		const restored = restorePageVersion(getDb(), page, id, {
			id: admin.id,
			ip: event.getClientAddress()
		});
		if (!restored) return formFailure(409, { message: 'errors.statusConflict' });
		return { done: 'pageRestored' };
	}),
	addPhoto: photos.addPhoto,
	photo: photos.photo
} satisfies Actions;
