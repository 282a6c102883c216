import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/accounts/auth';
import { getDb } from '$lib/server/platform/db';
import { formFailure, formAction } from '$lib/server/platform/form';
import { checkPlacesImport, importPlaces } from '$lib/server/places/open-data';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const load = ((event) => {
	requireRole(event, 'admin');
	return {};
}) satisfies PageServerLoad;

/** The file's text from the upload (`file`) or, on confirmation, the text the preview sent back. */
async function fileText(data: FormData): Promise<string | null> {
	const value = data.get('file');
	if (value === null) return null;
	if (typeof value === 'string') return value.length <= MAX_FILE_BYTES ? value : null;
	if (value.size === 0 || value.size > MAX_FILE_BYTES) return null;
	return value.text();
}

export const actions = {
	check: formAction(async (event, data) => {
		requireRole(event, 'admin');
		const text = await fileText(data);
		if (text === null) return formFailure(400, { message: 'accountErrors.importFile' });
		const checked = checkPlacesImport(getDb(), text);
		if ('problems' in checked) return fail(400, { problems: checked.problems });
		return { preview: checked.rows, file: text };
	}),
	confirm: formAction(async (event, data) => {
		const admin = requireRole(event, 'admin');
		const text = await fileText(data);
		if (text === null) return formFailure(400, { message: 'accountErrors.importFile' });
		const db = getDb();
		// Checked again: the places may have changed since the preview.
		const checked = checkPlacesImport(db, text);
		if ('problems' in checked) return fail(400, { problems: checked.problems });
		const written = importPlaces(db, checked.places, {
			id: admin.id,
			ip: event.getClientAddress()
		});
		return { imported: written };
	})
} satisfies Actions;
