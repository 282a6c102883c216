import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { addDays, localDate } from '$lib/recurrence';
import {
	AREAS,
	CSV_COLUMNS,
	deleteArrival,
	checkImport,
	importArrivals,
	listArrivals,
	METHODS,
	readArrival,
	saveArrival
} from '$lib/server/counting/arrivals';
import { requireRole } from '$lib/server/accounts/auth';
import { isLocalDate } from '$lib/server/counting/dashboard';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { listStreetNights, saveStreetNight } from '$lib/server/counting/nights';
import { nowSeconds } from '$lib/server/platform/clock';

const MAX_CSV_BYTES = 1024 * 1024;

export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const today = localDate(nowSeconds());
	const arrivals = listArrivals(db, {}).reverse();
	// `?month=2026-03&area=city` opens that month in the form, to correct it.
	const month = event.url.searchParams.get('month');
	const area = event.url.searchParams.get('area');
	const editing = arrivals.find((a) => a.month === month && a.area === area) ?? null;
	return {
		arrivals,
		nights: listStreetNights(db, addDays(today, -60), today).reverse(),
		methods: METHODS,
		areas: AREAS,
		today,
		editing
	};
}) satisfies PageServerLoad;

const adminOf = (event: RequestEvent) => {
	const user = requireRole(event, 'admin');
	return { id: user.id, ip: event.getClientAddress() };
};

export const actions = {
	saveMonth: formAction(async (event, data) => {
		const admin = adminOf(event);
		// The same fields as a CSV line; a file where text belongs is refused outright.
		const fields = CSV_COLUMNS.map((k) => [k, data.get(k) ?? ''] as const);
		if (fields.some(([, v]) => typeof v !== 'string'))
			return formFailure(400, { message: 'errors.formInvalid' });
		const values = Object.fromEntries(fields) as Record<string, string>;
		const result = readArrival(values);
		if ('errors' in result) return formFailure(400, { values, errors: result.errors });
		saveArrival(getDb(), result.input, admin);
		return { done: 'monthSaved', month: result.input.month };
	}),
	deleteMonth: formAction(async (event, data) => {
		const admin = adminOf(event);
		const month = data.get('month');
		const area = data.get('area');
		if (typeof month !== 'string' || typeof area !== 'string')
			return formFailure(400, { message: 'errors.formInvalid' });
		if (!deleteArrival(getDb(), month, area, admin))
			return formFailure(404, { message: 'errors.notFoundText' });
		return { done: 'monthDeleted', month };
	}),
	import: formAction(async (event, data) => {
		adminOf(event);
		const file = data.get('file');
		if (!file || typeof file === 'string' || file.size === 0)
			return fail(400, { problems: [{ line: 0, column: null, message: 'arrivals.csvNoFile' }] });
		if (file.size > MAX_CSV_BYTES)
			return fail(400, { problems: [{ line: 0, column: null, message: 'arrivals.csvTooBig' }] });
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			return fail(400, { problems: [{ line: 0, column: null, message: 'arrivals.csvEncoding' }] });
		}
		// Nothing is written yet: the officer sees what would be added and replaced, then confirms.
		const checked = checkImport(getDb(), text);
		if ('problems' in checked) return fail(400, { problems: checked.problems });
		return { preview: checked.rows, csv: text };
	}),
	confirmImport: formAction(async (event, data) => {
		const admin = adminOf(event);
		const text = data.get('csv');
		if (typeof text !== 'string' || text.length > MAX_CSV_BYTES)
			return fail(400, { problems: [{ line: 0, column: null, message: 'arrivals.csvNoFile' }] });
		const result = importArrivals(getDb(), text, admin);
		if ('problems' in result) return fail(400, { problems: result.problems });
		return { done: 'imported', count: result.imported };
	}),
	saveNight: formAction(async (event, data) => {
		const admin = adminOf(event);
		const form = new FormReader(data);
		const date = form.text('nightDate', { max: 10 });
		if (date !== null && (!isLocalDate(date) || date > localDate(nowSeconds())))
			form.errors.nightDate = 'errors.invalidDate';
		const headcount = form.number('headcount', { min: 0, max: 1_000_000, required: true });
		if (headcount !== null && !Number.isInteger(headcount))
			form.errors.headcount = 'errors.wholeNumber';
		const note = form.text('note', { required: false, max: 300 }) ?? '';
		if (!form.ok || date === null || headcount === null)
			return formFailure(400, { values: form.values, errors: form.errors });
		saveStreetNight(getDb(), { date, headcount, note }, admin);
		return { done: 'nightSaved' };
	})
} satisfies Actions;
