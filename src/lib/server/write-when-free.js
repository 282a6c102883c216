// @ts-check
/**
 * Writing to SQLite without stopping the process while another one holds the write lock. Used by
 * the app (db.ts) and by the primary process of server.js, which imports it without a build step:
 * plain JavaScript, and nothing imported.
 */

/** How long a write may wait for another process's write lock before giving up (SQLITE_BUSY). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's "database is locked": another process holds the write lock.
 * @param {unknown} err
 */
export function isBusy(err) {
	return err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY');
}

/**
 * Runs `write`, a transaction begun with BEGIN IMMEDIATE (`.immediate()`), without stopping this
 * process while another one holds the write lock. SQLite's own wait (busy_timeout) sleeps, which
 * stops the event loop: a worker stops serving its requests, the primary stops handing new
 * connections to the workers. Here an attempt that finds the lock taken fails at once with nothing
 * written (the transaction is rolled back, so `write` must do nothing outside the database) and is
 * tried again a few milliseconds later, other work done in between, for up to `timeoutMs`; then
 * SQLITE_BUSY is thrown, as SQLite's wait would.
 * @template T
 * @param {{ pragma(source: string): unknown }} db a better-sqlite3 connection
 * @param {() => T} write
 * @returns {Promise<T>}
 */
export async function writeWhenFree(db, write, timeoutMs = BUSY_TIMEOUT_MS) {
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
 * Runs `write` at once if no other process holds the write lock, and otherwise not at all; true
 * when it ran. For writes that can as well be made by a later request (a session's last-seen
 * time): a page never waits for them.
 * @param {{ pragma(source: string): unknown }} db
 * @param {() => unknown} write
 * @returns {boolean}
 */
export function writeIfFree(db, write) {
	try {
		withoutWaiting(db, write);
		return true;
	} catch (err) {
		if (isBusy(err)) return false;
		throw err;
	}
}

/**
 * Runs `write` once; if another process holds the write lock it throws SQLITE_BUSY at once.
 * @template T
 * @param {{ pragma(source: string): unknown }} db
 * @param {() => T} write
 * @returns {T}
 */
function withoutWaiting(db, write) {
	db.pragma('busy_timeout = 0');
	try {
		return write();
	} finally {
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	}
}
