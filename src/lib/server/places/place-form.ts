// Reading a place from the editor's form, or from one row of an imported file: the same field
// names and the same checks, so an import can never write what the editor would refuse.
import { LOCALES } from '$lib/i18n/locales';
import { PROVINCE_BOUNDS, WARDS } from '$lib/business';
import { PLACE_CATEGORIES } from '$lib/place-categories';
import { clockMinutes, midnightOf } from '$lib/recurrence';
import { parseOpeningHours, type Closure, type OpeningHours } from '$lib/opening-hours';
import type { FormReader } from '../platform/form';
import { EMPTY_TEXT, type PlaceInput, type PlaceText } from './place-edit';

export const TEXT_FIELDS: Record<
	keyof PlaceText,
	{ field: string; max: number; multiline?: boolean }
> = {
	name: { field: 'name', max: 200 },
	summary: { field: 'summary', max: 1000, multiline: true },
	description: { field: 'description', max: 5000, multiline: true },
	address: { field: 'address', max: 300 },
	gettingThere: { field: 'getting_there', max: 1000, multiline: true },
	hoursNote: { field: 'hours_note', max: 300 },
	accessibility: { field: 'accessibility', max: 1000, multiline: true }
};

/** How many dated closures the editor offers beyond those already set. */
export const SPARE_CLOSURES = 2;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/** A web address from a title: "Chợ Kỳ Lừa" → "cho-ky-lua". */
export function slugFrom(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/gi, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A page's web address as typed, or made from its Vietnamese name when left empty. */
export function readSlug(form: FormReader, fromName: string): string | null {
	const slug = form.text('slug', { required: false, max: 80 }) ?? slugFrom(fromName);
	if (!SLUG.test(slug)) form.errors.slug = 'accountErrors.invalidSlug';
	return form.errors.slug ? null : slug;
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(form: FormReader, name: string): string | null {
	const value = form.text(name, { required: false, max: 10 });
	if (value === null) return null;
	if (!DATE.test(value) || Number.isNaN(midnightOf(value))) {
		form.errors[name] = 'errors.invalidDate';
		return null;
	}
	return value;
}

/** Hours from the editor: a mode, one span a weekday (past midnight allowed), dated closures. */
function weeklyHours(form: FormReader, data: FormData): OpeningHours | null {
	const mode = form.choice('hours_mode', ['unknown', 'always', 'weekly'] as const);
	const closed: Closure[] = [];
	for (let i = 0; data.has(`closed_from_${i}`); i++) {
		const from = date(form, `closed_from_${i}`);
		const to = date(form, `closed_to_${i}`) ?? from;
		if (from === null) continue;
		if (to !== null && to < from) form.errors[`closed_to_${i}`] = 'errors.endBeforeStart';
		else if (to !== null) closed.push({ from, to });
	}
	const extra = closed.length > 0 ? { closed } : {};
	if (mode === 'always') return { always: true, ...extra };
	if (mode !== 'weekly') return null;
	const rules: { days: number[]; open: number; close: number }[] = [];
	for (const day of WEEKDAYS) {
		const openText = form.text(`open_${day}`, { required: false, max: 5 });
		const closeText = form.text(`close_${day}`, { required: false, max: 5 });
		if (openText === null && closeText === null) continue;
		const open = clockMinutes(openText);
		let close = clockMinutes(closeText);
		if (open === null) form.errors[`open_${day}`] = 'errors.invalidTime';
		if (close === null) form.errors[`close_${day}`] = 'errors.invalidTime';
		if (open === null || close === null) continue;
		// A closing time at or before the opening one is after midnight: 18:00–02:00.
		if (close <= open) close += 1440;
		const same = rules.find((r) => r.open === open && r.close === close);
		if (same) same.days.push(day);
		else rules.push({ days: [day], open, close });
	}
	if (rules.length === 0) {
		form.errors.hours_mode = 'accountErrors.hoursMissing';
		return null;
	}
	return { rules, ...extra };
}

/** Hours from an imported row: the JSON the export writes. */
function importedHours(form: FormReader): OpeningHours | null {
	const json = form.text('opening_hours', { required: false, max: 5000 });
	if (json === null) return null;
	const hours = parseOpeningHours(json);
	if (!hours) form.errors.opening_hours = 'accountErrors.invalidHours';
	return hours;
}

/**
 * A place from form fields. `hoursFrom` says whether hours come from the editor's weekday fields
 * or as the JSON an export holds. Returns null when something is wrong (see `form.errors`).
 */
export function readPlace(
	form: FormReader,
	data: FormData,
	hoursFrom: 'editor' | 'json'
): PlaceInput | null {
	const texts: PlaceInput['texts'] = {};
	for (const locale of LOCALES) {
		const text: PlaceText = { ...EMPTY_TEXT };
		for (const [key, spec] of Object.entries(TEXT_FIELDS) as [
			keyof PlaceText,
			(typeof TEXT_FIELDS)[keyof PlaceText]
		][]) {
			text[key] =
				form.text(`${spec.field}_${locale}`, {
					required: locale === 'vi' && key === 'name',
					max: spec.max,
					multiline: spec.multiline
				}) ?? '';
		}
		if (text.name) texts[locale] = text;
		else if (Object.values(text).some(Boolean))
			form.errors[`name_${locale}`] = 'accountErrors.nameForTexts';
	}
	const slug = readSlug(form, texts.vi?.name ?? '');
	const category = form.choice('category', PLACE_CATEGORIES);
	const wardChoice = form.choice('ward', [...WARDS, 'outside'] as const);
	const commune = form.text('commune', { required: false, max: 100 }) ?? '';
	const lat = form.number('lat', {
		min: PROVINCE_BOUNDS.minLat,
		max: PROVINCE_BOUNDS.maxLat,
		required: true
	});
	const lon = form.number('lon', {
		min: PROVINCE_BOUNDS.minLon,
		max: PROVINCE_BOUNDS.maxLon,
		required: true
	});
	const precisionM = form.number('precision_m', { min: 1, max: 10000 }) ?? 50;
	const hours = hoursFrom === 'editor' ? weeklyHours(form, data) : importedHours(form);
	const feeVnd = form.number('fee_vnd', { min: 0, max: 100_000_000 });
	const feeYear = form.number('fee_year', { min: 2000, max: 2100 });
	for (const [name, value] of [
		['fee_vnd', feeVnd],
		['fee_year', feeYear],
		['precision_m', precisionM]
	] as const) {
		if (value !== null && !Number.isInteger(value)) form.errors[name] = 'errors.invalidNumber';
	}
	const phone = form.phone('phone', { required: false }) ?? '';
	const website = form.text('website', { required: false, max: 300 }) ?? '';
	if (website && !isWebAddress(website)) form.errors.website = 'accountErrors.invalidWebsite';
	const checkedOn = date(form, 'last_checked');
	// An unticked box is not sent; a file without the column is a public export: published.
	const sent = data.get('published');
	const published =
		sent === null ? hoursFrom === 'json' : ['on', '1', 'true'].includes(String(sent));
	if (!form.ok || slug === null || !category || !wardChoice || lat === null || lon === null) {
		return null;
	}
	return {
		slug,
		category,
		ward: wardChoice === 'outside' ? null : wardChoice,
		commune: wardChoice === 'outside' ? commune : '',
		lat,
		lon,
		precisionM,
		hours,
		feeVnd,
		feeYear: feeVnd === null ? null : feeYear,
		phone,
		website,
		checkedOn,
		published,
		texts
	};
}

function isWebAddress(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** A place as the editor's (and an import file's) fields, to fill the form again. */
export function placeFields(place: PlaceInput): Record<string, string> {
	const fields: Record<string, string> = {
		slug: place.slug,
		category: place.category,
		ward: place.ward ?? 'outside',
		commune: place.commune,
		lat: String(place.lat),
		lon: String(place.lon),
		precision_m: String(place.precisionM),
		fee_vnd: place.feeVnd === null ? '' : String(place.feeVnd),
		fee_year: place.feeYear === null ? '' : String(place.feeYear),
		phone: place.phone,
		website: place.website,
		last_checked: place.checkedOn ?? '',
		published: place.published ? '1' : '0',
		opening_hours: place.hours ? JSON.stringify(place.hours) : ''
	};
	for (const locale of LOCALES) {
		const text = place.texts[locale] ?? EMPTY_TEXT;
		for (const [key, spec] of Object.entries(TEXT_FIELDS)) {
			fields[`${spec.field}_${locale}`] = text[key as keyof PlaceText];
		}
	}
	return fields;
}

/** Hours as the editor's fields: the mode, each weekday's span (HH:MM) and the closures. */
export function hourFields(hours: OpeningHours | null): Record<string, string> {
	const hhmm = (m: number) =>
		`${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	const fields: Record<string, string> = {
		hours_mode: hours === null ? 'unknown' : 'always' in hours ? 'always' : 'weekly'
	};
	if (hours && 'rules' in hours) {
		for (const rule of hours.rules) {
			for (const day of rule.days) {
				fields[`open_${day}`] = hhmm(rule.open);
				fields[`close_${day}`] = hhmm(rule.close);
			}
		}
	}
	(hours?.closed ?? []).forEach((c, i) => {
		fields[`closed_from_${i}`] = c.from;
		fields[`closed_to_${i}`] = c.to;
	});
	return fields;
}
