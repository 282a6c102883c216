import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { displayCode, listGuests, occurrenceOn } from '$lib/server/bookings/bookings';
import { csvResponse, spreadsheetTime, toCsv } from '$lib/server/platform/csv';
import { getDb } from '$lib/server/platform/db';
import { requireOwnEvent } from '../../../../editor';

/** The guest list of one date as a spreadsheet, headings in the business's language. */
export const GET: RequestHandler = (event) => {
	const { record } = requireOwnEvent(event);
	const occurrence = occurrenceOn(record, event.params.date);
	if (!occurrence) error(404, 'errors.notFoundText');
	const t = event.locals.t;
	const yes = t('bookings.yes');
	const csv = toCsv(
		[
			t('booking.code'),
			t('booking.name'),
			t('booking.phone'),
			t('booking.email'),
			t('booking.party'),
			t('bookings.status'),
			t('bookings.checkedIn'),
			t('bookings.marketing'),
			t('bookings.bookedAt')
		],
		listGuests(getDb(), record.id, occurrence.date).map((g) => [
			displayCode(g.code),
			g.name,
			g.phone,
			g.email,
			g.party,
			t(`bookings.status_${g.status}`),
			g.checkedInAt === null ? '' : spreadsheetTime(g.checkedInAt),
			g.marketing ? yes : '',
			spreadsheetTime(g.createdAt)
		])
	);
	return csvResponse(csv, `bookings-${record.id}-${occurrence.date}.csv`);
};
