import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
	bookableEvent,
	formKey,
	ownServer,
	postBooking,
	readDb,
	startServer,
	stopServer
} from './helpers';

const run = promisify(execFile);

/** The README's commands, run as an operator would (npm run backup / restore). */
const npm = (args: string[], databasePath: string) =>
	run('npm', ['run', '--silent', ...args], {
		env: { ...process.env, DATABASE_PATH: databasePath }
	});

test('a backup taken during a booking storm restores with every booking confirmed before it @once', async () => {
	test.setTimeout(120_000);
	const { dir, base, port, server } = await ownServer('backup', 22);
	const live = join(dir, 'portal.db');
	const copy = join(dir, 'backup.db');
	let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
	try {
		const { eventId, date, business } = await bookableEvent('backup', {
			capacity: 1000,
			maxParty: 1,
			base,
			databasePath: live
		});
		await business.dispose();
		/** Each confirmed booking's manage link and when its confirmation arrived. */
		const confirmed: { token: string; at: number }[] = [];
		const book = async (i: number) => {
			const res = await postBooking(base, eventId, date, {
				key: formKey(),
				ip: `10.9.${i >> 8}.${i & 255}`
			});
			if (res.status === 303) {
				const token = /\/bookings\/([^/?]+)/.exec(res.headers.get('location')!)![1];
				confirmed.push({ token, at: Date.now() });
			}
		};
		// Bookings keep arriving while the backup is taken.
		let stop = false;
		const storm = (async () => {
			for (let round = 0; !stop && round < 200; round++) {
				await Promise.all(Array.from({ length: 10 }, (_, j) => book(round * 10 + j)));
			}
		})();
		// Some bookings first, however slow this machine is.
		await expect.poll(() => confirmed.length, { timeout: 30_000 }).toBeGreaterThan(20);
		const backupStarted = Date.now();
		const { stdout } = await npm(['backup', '--', copy], live);
		expect(stdout).toContain(`Backed up ${live} to ${copy}.`);
		await new Promise((resolve) => setTimeout(resolve, 300));
		stop = true;
		await storm;
		const before = confirmed.filter((b) => b.at < backupStarted);
		expect(before.length).toBeGreaterThan(20);
		expect(confirmed.length).toBeGreaterThan(before.length);

		// The copy is consistent: its seat count is its bookings, and it has every booking confirmed
		// before it began.
		const inCopy = readDb(
			(db) => ({
				bookings: db
					.prepare("SELECT count(*) FROM booking WHERE event_id = ? AND status = 'confirmed'")
					.pluck()
					.get(eventId) as number,
				seats: db
					.prepare('SELECT coalesce(sum(taken), 0) FROM occurrence_seats WHERE event_id = ?')
					.pluck()
					.get(eventId) as number
			}),
			copy
		);
		expect(inCopy.seats).toBe(inCopy.bookings);
		expect(inCopy.bookings).toBeGreaterThanOrEqual(before.length);

		// The README's restore: stop the server, restore, start it again.
		await stopServer(server);
		const restored = await npm(['restore', '--', copy], live);
		expect(restored.stdout).toContain(`Restored ${live} from ${copy}.`);
		restarted = await startServer(port, live);
		for (const { token } of before) {
			const page = await fetch(`${base}/en/bookings/${token}`, {
				headers: { accept: 'text/html' }
			});
			expect(page.status, token).toBe(200);
		}
		// What came after the backup is gone with the restore, as the README says.
		const total = readDb(
			(db) =>
				db
					.prepare("SELECT count(*) FROM booking WHERE event_id = ? AND status = 'confirmed'")
					.pluck()
					.get(eventId) as number,
			live
		);
		expect(total).toBe(inCopy.bookings);
		expect(readFileSync('README.md', 'utf8')).toContain('npm run restore -- ');
	} finally {
		await stopServer(restarted ?? server);
		rmSync(dir, { recursive: true, force: true });
	}
});
