import { eraseOldAuditIps } from './audit';
import { deleteExpiredResets } from '../accounts/accounts';
import { eraseOldBookingContacts } from '../bookings/bookings';
import { deleteExpiredSessions } from '../accounts/auth';
import type { Db } from './db';
import { sweepOrphanImages } from '../places/images';
import { nowSeconds } from './clock';
import { writeWhenFree } from './write-when-free';

export interface MaintenanceReport {
	expiredSessions: number;
	expiredResets: number;
	auditIpsErased: number;
	bookingContactsErased: number;
	orphanImagesRemoved: number;
}

/** What has expired, erased in one transaction (BEGIN IMMEDIATE). */
function eraseExpired(db: Db, now: number) {
	return db
		.transaction(() => ({
			expiredSessions: deleteExpiredSessions(db, now),
			expiredResets: deleteExpiredResets(db, now),
			auditIpsErased: eraseOldAuditIps(db, now),
			bookingContactsErased: eraseOldBookingContacts(db, now)
		}))
		.immediate();
}

/** Housekeeping that keeps personal data no longer than the privacy page promises. */
export async function runMaintenance(db: Db, now = nowSeconds()): Promise<MaintenanceReport> {
	const report = await writeWhenFree(db, () => eraseExpired(db, now));
	return { ...report, orphanImagesRemoved: sweepOrphanImages(db, now * 1000) };
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
