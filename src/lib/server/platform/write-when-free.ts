/** How long a write may wait for another process's write lock before giving up (SQLITE_BUSY). */
export const BUSY_TIMEOUT_MS = 5000;

interface Connection {
	pragma(source: string): unknown;
}

/** SQLite's "database is locked": another process holds the write lock. */
export function isBusy(err: unknown): boolean {
	return err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY');
}

/**
 * Runs `write`, a transaction begun with BEGIN IMMEDIATE, without stopping the server while another
 * process (a CLI command, a backup) holds the write lock: SQLite's own wait sleeps and would stop
 * every other request. An attempt that finds the lock taken is rolled back and tried again a few
 * milliseconds later, for up to `timeoutMs`; then SQLITE_BUSY is thrown, as SQLite's wait would.
 */
export async function writeWhenFree<T>(
	db: Connection,
	write: () => T,
	timeoutMs = BUSY_TIMEOUT_MS
): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (let attempt = 1; ; attempt++) {
		try {
			return withoutWaiting(db, write);
		} catch (err) {
			if (!isBusy(err) || Date.now() >= until) throw err;
		}
		// 1–2 ms at first, at most 4–8 ms; spread so two processes do not retry in step.
		const delay = Math.min(attempt, 4) * (1 + Math.random());
		await new Promise((resolve) => setTimeout(resolve, delay));
	}
}

/**
 * Runs `write` at once if no other process holds the write lock, otherwise not at all; true when
 * it ran. For writes a later request can as well make (a session's last-seen time).
 */
export function writeIfFree(db: Connection, write: () => unknown): boolean {
	try {
		withoutWaiting(db, write);
		return true;
	} catch (err) {
		if (isBusy(err)) return false;
		throw err;
	}
}

function withoutWaiting<T>(db: Connection, write: () => T): T {
	db.pragma('busy_timeout = 0');
	try {
		return write();
	} finally {
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	}
}
