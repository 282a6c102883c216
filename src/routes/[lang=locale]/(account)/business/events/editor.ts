import { error, type RequestEvent } from '@sveltejs/kit';
import { eventFormValues } from '$lib/event-form-values';
import { requireBusiness } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { readEventForm } from '$lib/server/events/event-form';
import { getOwnEvent, type EventInput, type EventRecord } from '$lib/server/events/events';
import { formFailure, FormReader } from '$lib/server/platform/form';
import { storePhoto } from '$lib/server/places/photos';
import { listPlaces, placeIdsBySlug, placeSlugById } from '$lib/server/places/places';

/** The business's own event, or 404: another business's event looks the same as none at all. */
export function requireOwnEvent(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const user = requireBusiness(event);
	const raw = (event.params as { id?: string }).id ?? '';
	const record = /^\d{1,12}$/.test(raw) ? getOwnEvent(getDb(), user.businessId, Number(raw)) : null;
	if (!record) error(404, 'errors.notFoundText');
	return { user, record };
}

/** The choices and field values the event editor needs. */
export function editorData(locale: RequestEvent['locals']['locale'], event?: EventRecord) {
	const db = getDb();
	const places = listPlaces(db, locale).map((p) => ({ slug: p.slug, name: p.name }));
	if (!event) return { places, values: { repeat: 'once', free: 'on' } as Record<string, string> };
	// An edit waiting for review is what the business goes on editing.
	const content = event.pendingChanges ?? event;
	return {
		places,
		values: eventFormValues({ ...content, placeSlug: placeSlugById(db, content.placeId) }),
		image: content.image
			? {
					url: `/media/${content.image.file}`,
					width: content.image.width,
					height: content.image.height
				}
			: null
	};
}

/**
 * Reads the editor; on success returns the full input with the image decided (kept, replaced by
 * a checked upload stored under a random name, or removed), otherwise the failure to return.
 */
export async function readEditor(
	data: FormData,
	current: EventInput['image']
): Promise<{ input: EventInput } | { failure: ReturnType<typeof formFailure> }> {
	const form = new FormReader(data);
	const result = await readEventForm(form, data, placeIdsBySlug(getDb()));
	const failure = () => {
		const days = data
			.getAll('days')
			.filter((d) => typeof d === 'string')
			.join(',');
		return {
			failure: formFailure(400, {
				values: {
					...form.values,
					days,
					free: data.get('free') === 'on' ? 'on' : '',
					bookable: data.get('bookable') === 'on' ? 'on' : ''
				},
				errors: form.errors
			})
		};
	};
	if (!result) return failure();
	// A picture is described for people who cannot see it, at least in Vietnamese.
	if ((result.upload || (current && !result.removeImage)) && !result.input.imageAlt.vi) {
		form.errors.image_alt_vi = 'accountErrors.imageAltRequired';
		return failure();
	}
	let image = result.removeImage ? null : current;
	if (result.upload) {
		const stored = await storePhoto(result.upload);
		if ('problem' in stored) {
			form.errors.image = stored.problem;
			return failure();
		}
		image = stored.photo;
	}
	return { input: { ...result.input, image } };
}
