import { eraseOldAuditIps } from './audit';
import { deleteExpiredResets } from '../accounts/accounts';
import { eraseOldBookingContacts, retentionDays } from '../bookings/bookings';
import { eraseOldWaitlist } from '../bookings/waitlist';
import { deleteExpiredSessions } from '../accounts/auth';
import type { Db } from './db';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listUnprocessedImages, replaceEventImage } from '../events/events';
import { sweepOrphanImages, uploadsDir } from '../places/images';
import { storePhoto } from '../places/photos';
import { nowSeconds } from './clock';
import { foldRareValues } from '../counting/visits';
import { localDate } from '$lib/recurrence';
import { writeWhenFree } from './write-when-free';

export interface MaintenanceReport {
	expiredSessions: number;
	expiredResets: number;
	auditIpsErased: number;
	bookingContactsErased: number;
	waitlistContactsErased: number;
	rareVisitValuesFolded: number;
	orphanImagesRemoved: number;
	picturesReencoded: number;
}

/** What has expired, erased in one transaction (BEGIN IMMEDIATE). */
function eraseExpired(db: Db, now: number) {
	return db
		.transaction(() => ({
			expiredSessions: deleteExpiredSessions(db, now),
			expiredResets: deleteExpiredResets(db, now),
			auditIpsErased: eraseOldAuditIps(db, now),
			bookingContactsErased: eraseOldBookingContacts(db, now),
			waitlistContactsErased: eraseOldWaitlist(db, now, retentionDays()),
			rareVisitValuesFolded: foldRareValues(db, localDate(now))
		}))
		.immediate();
}

/** Housekeeping that keeps personal data no longer than the privacy page promises. */
export async function runMaintenance(db: Db, now = nowSeconds()): Promise<MaintenanceReport> {
	const report = await writeWhenFree(db, () => eraseExpired(db, now));
	// Before the sweep, which then removes the originals (and whatever metadata they carried).
	const picturesReencoded = await reencodeOldPictures(db);
	return { ...report, picturesReencoded, orphanImagesRemoved: sweepOrphanImages(db, now * 1000) };
}

/** Event pictures stored as they were sent, before photos were re-encoded: re-encoded now. */
async function reencodeOldPictures(db: Db): Promise<number> {
	let done = 0;
	for (const old of listUnprocessedImages(db)) {
		let bytes: Buffer;
		try {
			bytes = readFileSync(join(uploadsDir(), old));
		} catch {
			continue;
		}
		const stored = await storePhoto(new Uint8Array(bytes));
		if ('problem' in stored) continue;
		await writeWhenFree(db, () =>
			db.transaction(() => replaceEventImage(db, old, stored.photo)).immediate()
		);
		done++;
	}
	return done;
}

/** A run that could not get the write lock (writeWhenFree gave up) is tried again this much later. */
export const MAINTENANCE_RETRY_MS = 60_000;

/**
 * At start and then daily; a run that cannot get the write lock (a backup or an import holds it)
 * is tried again a minute later rather than stopping the server's start.
 */
export function scheduleMaintenance(
	db: Db,
	log: (report: MaintenanceReport) => void,
	{
		failed = (err: unknown) =>
			console.error('Maintenance not done yet, will retry:', (err as Error).message),
		retryMs = MAINTENANCE_RETRY_MS
	}: { failed?: (err: unknown) => void; retryMs?: number } = {}
): void {
	const run = () => {
		runMaintenance(db).then(log, (err) => {
			failed(err);
			setTimeout(run, retryMs).unref();
		});
	};
	run();
	setInterval(run, 24 * 3600 * 1000).unref();
}
