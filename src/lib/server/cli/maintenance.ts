import { getDb } from '../platform/db';
import { runMaintenance } from '../platform/maintenance';

/** `npm run maintenance`: the housekeeping the server also runs at start and daily. */
export async function main(): Promise<number> {
	const db = getDb();
	const report = await runMaintenance(db);
	console.log(
		`Expired sessions removed: ${report.expiredSessions}; expired reset links removed: ${report.expiredResets}; audit IP addresses erased: ${report.auditIpsErased}; guests' contact details erased: ${report.bookingContactsErased}; pictures re-encoded without their metadata: ${report.picturesReencoded}; unused pictures removed: ${report.orphanImagesRemoved}; rare referring sites and languages folded into “other”: ${report.rareVisitValuesFolded}.`
	);
	db.close();
	return 0;
}
