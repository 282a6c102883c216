import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { AREAS } from '$lib/server/counting/arrivals';
import { listTargets, saveTargets, type Target } from '$lib/server/counting/targets';
import { getDb } from '$lib/server/platform/db';
import { formFailure, FormReader, formAction } from '$lib/server/platform/form';
import { saveSettings, SETTING_KEYS, settingsForEdit } from '$lib/server/content/settings';

/** Empty target rows the form offers for new years. */
const SPARE_TARGETS = 2;

export const load = ((event) => {
	requireRole(event, 'admin');
	const db = getDb();
	return {
		settings: settingsForEdit(db),
		targets: listTargets(db),
		spare: SPARE_TARGETS,
		areas: AREAS
	};
}) satisfies PageServerLoad;

export const actions = {
	identity: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const form = new FormReader(data);
		const values: Record<string, string> = {};
		for (const key of SETTING_KEYS) {
			if (key === 'email') values[key] = form.email(key, { required: false }) ?? '';
			else if (key === 'phone' || key === 'hotline')
				values[key] = form.phone(key, { required: false }) ?? '';
			else if (key === 'resolution_date') {
				const date = form.text(key, { required: false, max: 10 }) ?? '';
				if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) form.errors[key] = 'errors.invalidDate';
				values[key] = date;
			} else
				values[key] = form.text(key, { required: key === 'department_name_vi', max: 300 }) ?? '';
		}
		if (!form.ok) return formFailure(400, { values: form.values, errors: form.errors });
		const changed = saveSettings(getDb(), values, { id: admin.id, ip: event.getClientAddress() });
		return { done: changed.length > 0 ? 'settingsSaved' : 'pageUnchanged' };
	}),
	targets: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const form = new FormReader(data);
		const targets: Target[] = [];
		const seen = new Set<string>();
		for (let i = 0; data.has(`year_${i}`); i++) {
			const year = form.number(`year_${i}`, { min: 2000, max: 2100 });
			const value = form.number(`value_${i}`, { min: 1, max: 1_000_000_000 });
			const area = form.choice(`area_${i}`, AREAS);
			// A row with neither year nor figure is dropped (that is how a target is removed).
			if (year === null && value === null) continue;
			if (year === null) form.errors[`year_${i}`] = 'errors.required';
			if (value === null) form.errors[`value_${i}`] = 'errors.required';
			if (year === null || value === null || area === null) continue;
			if (!Number.isInteger(year)) form.errors[`year_${i}`] = 'errors.wholeNumber';
			if (!Number.isInteger(value)) form.errors[`value_${i}`] = 'errors.wholeNumber';
			if (seen.has(`${area} ${year}`)) form.errors[`year_${i}`] = 'accountErrors.targetTwice';
			seen.add(`${area} ${year}`);
			targets.push({ area, year, value });
		}
		if (!form.ok) {
			return formFailure(400, { values: { ...form.values, form: 'targets' }, errors: form.errors });
		}
		saveTargets(getDb(), targets, { id: admin.id, ip: event.getClientAddress() });
		return { done: 'targetsSaved' };
	})
} satisfies Actions;
