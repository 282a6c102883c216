import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { listFestivalsForEdit } from '$lib/server/content/festivals';
import { deleteSeason, listSeasons, saveSeason } from '$lib/server/content/seasons';

export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	return { festivals: listFestivalsForEdit(db), seasons: listSeasons(db) };
}) satisfies PageServerLoad;

const actorOf = (event: RequestEvent) => ({
	id: requireRole(event, 'admin').id,
	ip: event.getClientAddress()
});

/** A month-day from two number fields, as MM-DD. */
function monthDay(form: FormReader, prefix: string): string | null {
	const month = form.number(`${prefix}_month`, { min: 1, max: 12, required: true });
	const day = form.number(`${prefix}_day`, { min: 1, max: 31, required: true });
	if (month === null || day === null) return null;
	if (!Number.isInteger(month) || !Number.isInteger(day)) {
		form.errors[`${prefix}_day`] = 'errors.wholeNumber';
		return null;
	}
	// 29 February is allowed: a season may end on it in leap years.
	if (day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) {
		form.errors[`${prefix}_day`] = 'errors.invalidDate';
		return null;
	}
	return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const actions = {
	season: formAction(async (event, data) => {
		const actor = actorOf(event);
		const form = new FormReader(data);
		const id = form.number('id', { min: 1, max: Number.MAX_SAFE_INTEGER });
		const starts = monthDay(form, 'starts');
		const ends = monthDay(form, 'ends');
		const title = {} as Record<Locale, string>;
		const text = {} as Record<Locale, string>;
		for (const l of LOCALES) {
			title[l] = form.text(`title_${l}`, { required: l === 'vi', max: 120 }) ?? '';
			text[l] = form.text(`text_${l}`, { required: false, max: 600, multiline: true }) ?? '';
		}
		if (!form.ok || starts === null || ends === null) {
			return formFailure(400, {
				values: { ...form.values, id: id === null ? 'new' : String(id) },
				errors: form.errors
			});
		}
		const saved = saveSeason(getDb(), id, { starts, ends, title, text }, actor);
		if (!saved && id !== null) return formFailure(409, { message: 'errors.statusConflict' });
		return { done: 'seasonSaved' };
	}),
	deleteSeason: formAction(async (event, data) => {
		const actor = actorOf(event);
		const form = new FormReader(data);
		const id = form.number('id', { min: 1, max: Number.MAX_SAFE_INTEGER, required: true });
		if (id === null) return formFailure(400, { message: 'errors.formInvalid' });
		if (!deleteSeason(getDb(), id, actor)) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		return { done: 'seasonDeleted' };
	})
} satisfies Actions;
