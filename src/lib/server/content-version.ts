import { prepared, type Db } from './db';

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
 * (`data_version`): two plain statements per call, three after a write. Null inside a
 * transaction: its writes may yet be undone, and the number read then would later stand for other
 * content, so callers keep nothing made in one.
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
