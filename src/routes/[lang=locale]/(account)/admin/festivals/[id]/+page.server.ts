import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { midnightOf } from '$lib/recurrence';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import {
	deleteFestival,
	listFestivalsForEdit,
	saveFestival,
	type FestivalInput
} from '$lib/server/content/festivals';
import { listPlacesForAdmin } from '$lib/server/places/place-edit';
import { readSlug } from '$lib/server/places/place-form';

function existing(event: RequestEvent) {
	if (event.params.id === 'new') return null;
	const festival = listFestivalsForEdit(getDb()).find((f) => String(f.id) === event.params.id);
	if (!festival) error(404, 'errors.notFoundText');
	return festival;
}

function fields(f: FestivalInput): Record<string, string> {
	const v: Record<string, string> = {
		slug: f.slug,
		calendar: f.calendar,
		lunar_month: String(f.lunarMonth ?? ''),
		lunar_day_start: String(f.lunarDayStart ?? ''),
		lunar_day_end: String(f.lunarDayEnd ?? ''),
		start_date: f.startDate ?? '',
		end_date: f.endDate ?? '',
		yearly: f.yearly ? '1' : '',
		place: f.placeSlug ?? ''
	};
	for (const l of LOCALES) {
		v[`name_${l}`] = f.name[l];
		v[`summary_${l}`] = f.summary[l];
	}
	return v;
}

export const load = ((event) => {
	requireRole(event, 'admin');
	const festival = existing(event);
	const values: Record<string, string> = festival ? fields(festival) : { calendar: 'lunar' };
	return {
		isNew: festival === null,
		values,
		places: listPlacesForAdmin(getDb()).map((p) => ({ slug: p.slug, name: p.name }))
	};
}) satisfies PageServerLoad;

function whole(form: FormReader, name: string, min: number, max: number, required: boolean) {
	const n = form.number(name, { min, max, required });
	if (n !== null && !Number.isInteger(n)) form.errors[name] = 'errors.wholeNumber';
	return n;
}

function readFestival(form: FormReader, data: FormData, places: Set<string>): FestivalInput | null {
	const name = {} as Record<Locale, string>;
	const summary = {} as Record<Locale, string>;
	for (const l of LOCALES) {
		name[l] = form.text(`name_${l}`, { required: l === 'vi', max: 200 }) ?? '';
		summary[l] = form.text(`summary_${l}`, { required: false, max: 600, multiline: true }) ?? '';
	}
	const calendar = form.choice('calendar', ['lunar', 'solar'] as const);
	const lunar = calendar === 'lunar';
	const lunarMonth = whole(form, 'lunar_month', 1, 12, lunar);
	const lunarDayStart = whole(form, 'lunar_day_start', 1, 30, lunar);
	const lunarDayEnd = whole(form, 'lunar_day_end', 1, 30, false) ?? lunarDayStart;
	const date = (n: string, required: boolean) => {
		const value = form.text(n, { required, max: 10 });
		if (value !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(midnightOf(value)))) {
			form.errors[n] = 'errors.invalidDate';
		}
		return form.errors[n] ? null : value;
	};
	const startDate = date('start_date', !lunar);
	const endDate = date('end_date', false) ?? startDate;
	if (lunar && lunarDayStart !== null && lunarDayEnd !== null && lunarDayEnd < lunarDayStart) {
		form.errors.lunar_day_end = 'errors.endBeforeStart';
	}
	if (!lunar && startDate && endDate && endDate < startDate) {
		form.errors.end_date = 'errors.endBeforeStart';
	}
	const place = form.text('place', { required: false, max: 100 });
	if (place !== null && !places.has(place)) form.errors.place = 'errors.invalidChoice';
	const slug = readSlug(form, name.vi);
	if (!form.ok || !calendar || slug === null) return null;
	return {
		slug,
		calendar,
		lunarMonth,
		lunarDayStart,
		lunarDayEnd,
		startDate,
		endDate,
		yearly: data.get('yearly') === '1',
		placeSlug: place,
		name,
		summary
	};
}

export const actions = {
	save: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const festival = existing(event);
		const db = getDb();
		const form = new FormReader(data);
		const input = readFestival(form, data, new Set(listPlacesForAdmin(db).map((p) => p.slug)));
		if (!input) return formFailure(400, { values: form.values, errors: form.errors });
		const actor = { id: admin.id, ip: event.getClientAddress() };
		if (!saveFestival(db, festival?.id ?? null, input, actor)) {
			return formFailure(409, { values: form.values, errors: { slug: 'accountErrors.slugTaken' } });
		}
		redirect(303, `/${event.params.lang}/admin/festivals?saved=1`);
	}),
	delete: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const festival = existing(event);
		if (data.get('confirm') !== 'yes')
			return formFailure(400, { message: 'accountErrors.confirmDelete' });
		if (
			!festival ||
			!deleteFestival(getDb(), festival.id, { id: admin.id, ip: event.getClientAddress() })
		) {
			return formFailure(409, { message: 'errors.statusConflict' });
		}
		redirect(303, `/${event.params.lang}/admin/festivals?deleted=1`);
	})
} satisfies Actions;
