import { eraseOldAuditIps } from './audit';
import { deleteExpiredResets } from './accounts';
import { eraseOldBookingContacts } from './bookings';
import { deleteExpiredSessions } from './auth';
import type { Db } from './db';
import { sweepOrphanImages } from './images';
import { nowSeconds } from './tokens';

export interface MaintenanceReport {
	expiredSessions: number;
	expiredResets: number;
	auditIpsErased: number;
	bookingContactsErased: number;
	orphanImagesRemoved: number;
}

/** Housekeeping that keeps personal data no longer than promised on the privacy page. */
export function runMaintenance(db: Db, now = nowSeconds()): MaintenanceReport {
	const report = db
		.transaction(() => ({
			expiredSessions: deleteExpiredSessions(db, now),
			expiredResets: deleteExpiredResets(db, now),
			auditIpsErased: eraseOldAuditIps(db, now),
			bookingContactsErased: eraseOldBookingContacts(db, now)
		}))
		.immediate();
	return { ...report, orphanImagesRemoved: sweepOrphanImages(db, now * 1000) };
}

/** At start and then daily; the timer never keeps the process alive on shutdown. */
export function scheduleMaintenance(db: Db, log: (report: MaintenanceReport) => void): void {
	const run = () => log(runMaintenance(db));
	run();
	setInterval(run, 24 * 3600 * 1000).unref();
}
