import { contentVersion } from './content-version';
import type { Db } from './db';

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
