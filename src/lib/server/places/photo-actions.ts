// The form actions that add, describe, order and remove photos, shared by the place and guide-page
// editors: each page says whose photos they are.
import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../accounts/auth';
import { getDb } from '../platform/db';
import { formFailure, FormReader, formAction } from '../platform/form';
import {
	addPhoto,
	movePhoto,
	removePhoto,
	updatePhoto,
	type PhotoOwner,
	type PhotoTexts
} from './place-photos';
import { readPhotoUpload, storePhoto } from './photos';

function readPhotoTexts(form: FormReader): PhotoTexts | null {
	const alt = {
		vi: form.text('alt_vi', { max: 300 }) ?? '',
		en: form.text('alt_en', { required: false, max: 300 }) ?? '',
		zh: form.text('alt_zh', { required: false, max: 300 }) ?? ''
	};
	const credit = form.text('credit', { max: 200 }) ?? '';
	const licence = form.text('licence', { required: false, max: 100 }) ?? '';
	return form.ok ? { alt, credit, licence } : null;
}

/** `addPhoto` and `photo` actions for the photos `ownerOf` names (it may throw a 404). */
export function photoActions<E extends RequestEvent>(ownerOf: (event: E) => PhotoOwner) {
	const actorOf = (event: E) => ({
		id: requireRole(event, 'admin').id,
		ip: event.getClientAddress()
	});
	return {
		addPhoto: formAction(async (event: E, data) => {
			const actor = actorOf(event);
			const owner = ownerOf(event);
			const form = new FormReader(data);
			const texts = readPhotoTexts(form);
			const bytes = await readPhotoUpload(data, form, 'photo');
			if (!bytes && !form.errors.photo) form.errors.photo = 'errors.required';
			if (!texts || !bytes) {
				return formFailure(400, {
					values: form.values,
					errors: form.errors,
					message: 'accountErrors.photoForm'
				});
			}
			const stored = await storePhoto(bytes);
			if ('problem' in stored) {
				return formFailure(400, {
					values: form.values,
					errors: { photo: stored.problem },
					message: 'accountErrors.photoForm'
				});
			}
			addPhoto(getDb(), owner, stored.photo, texts, actor);
			return { done: 'photoAdded' };
		}),
		photo: formAction(async (event: E, data) => {
			const actor = actorOf(event);
			const owner = ownerOf(event);
			const form = new FormReader(data);
			const photoId = form.number('photo_id', {
				min: 1,
				max: Number.MAX_SAFE_INTEGER,
				required: true
			});
			const move = form.choice('move', ['save', 'cover', 'up', 'down', 'remove'] as const);
			if (photoId === null || move === null) {
				return formFailure(400, { message: 'errors.formInvalid' });
			}
			const db = getDb();
			let done: boolean;
			if (move === 'save') {
				const texts = readPhotoTexts(form);
				if (!texts) {
					return formFailure(400, {
						values: { ...form.values, photo_id: String(photoId) },
						errors: form.errors,
						message: 'accountErrors.photoForm'
					});
				}
				done = updatePhoto(db, owner, photoId, texts, actor);
			} else if (move === 'remove') done = removePhoto(db, owner, photoId, actor);
			else done = movePhoto(db, owner, photoId, move, actor);
			if (!done) return formFailure(409, { message: 'errors.statusConflict' });
			const result = { save: 'photoSaved', remove: 'photoRemoved' } as Record<string, string>;
			return { done: result[move] ?? 'photoMoved' };
		})
	};
}
