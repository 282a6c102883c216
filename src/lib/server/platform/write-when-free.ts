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
 * Runs `write` (a BEGIN IMMEDIATE transaction), retrying on a timer while another process holds the
 * write lock: SQLite's own wait sleeps, and would stop every other request meanwhile.
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

/** Runs `write` only if the write lock is free (true if it ran): for writes a later request can make. */
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
