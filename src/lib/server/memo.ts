import { prepared, type Db } from './db';

/**
 * Results of read-only queries that public pages ask for on every request (the places list, a
 * place, the events of a window), reused while the content is the same (contentVersion). So an
 * approval, an edit or a CLI import shows on the next request, as without the memo. One store per
 * database, bounded in entries. Values are shared between requests: they are frozen, and callers
 * copy before they sort or change anything.
 */

const MAX_ENTRIES = 300;

interface Entry {
	version: number;
	value: unknown;
}

const stores = new WeakMap<Db, Map<string, Entry>>();

interface Seen {
	changes: number;
	external: number;
	content: number;
}

const seen = new WeakMap<Db, Seen>();

/**
 * The version of what pages show (migration 0008: triggers move it on every write to a table a
 * page reads; visit counts, sessions, the audit log and the outbox leave it alone). It is read
 * again only after a write through this connection (`total_changes()`) or a commit by another
 * (`data_version`): two plain statements per call, three after a write. Inside a transaction it
 * may count writes that are then undone: null, and nothing is reused or kept.
 */
export function contentVersion(db: Db): number | null {
	if (db.inTransaction) return null;
	// Two plain statements: reading both from the pragma_data_version table costs twice as much.
	const changes = prepared<[], number>(db, 'SELECT total_changes()').pluck().get()!;
	const external = prepared<[], number>(db, 'PRAGMA data_version').pluck().get()!;
	const last = seen.get(db);
	if (last?.changes === changes && last.external === external) return last.content;
	const content = prepared<[], number>(db, 'SELECT n FROM content_version').pluck().get()!;
	seen.set(db, { changes, external, content });
	return content;
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

export function memo<T>(db: Db, key: string, compute: () => T): T {
	let store = stores.get(db);
	if (!store) {
		store = new Map();
		stores.set(db, store);
	}
	const current = contentVersion(db);
	if (current === null) return deepFreeze(compute());
	const hit = store.get(key);
	if (hit?.version === current) return hit.value as T;
	const value = deepFreeze(compute());
	store.delete(key);
	// The oldest entry goes first: a Map keeps insertion order.
	if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!);
	store.set(key, { version: current, value });
	return value;
}
