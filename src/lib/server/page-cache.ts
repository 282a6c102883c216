/**
 * Rendered public pages for visitors without a session, kept in this process's memory: at Tết a
 * spike of tourists reads the same few pages, and a page rendered once can be sent thousands of
 * times. Bounded in entries and bytes (least recently used go first). Entries die when what pages
 * show changes (the caller gives the content's version: content-version.ts) and after
 * `ttlSeconds` anyway, because pages show the time ("open now", "tonight").
 */

export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** The same body gzipped once, for the (nearly all) clients that accept it. */
	gzip: Uint8Array<ArrayBuffer> | null;
	/** The version of the content the page was made from. */
	generation: number;
	storedAt: number;
}

export interface PageCacheOptions {
	maxEntries: number;
	maxBytes: number;
	ttlSeconds: number;
}

export class PageCache {
	private readonly entries = new Map<string, CachedPage>();
	private bytes = 0;

	constructor(private readonly options: PageCacheOptions) {}

	get(key: string, generation: number, nowMs = Date.now()): CachedPage | null {
		const entry = this.entries.get(key);
		if (
			!entry ||
			entry.generation !== generation ||
			nowMs - entry.storedAt > this.options.ttlSeconds * 1000
		) {
			if (entry) this.remove(key, entry);
			return null;
		}
		// Most recently used last: the Map's order is the eviction order.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry;
	}

	/** Whether anything is stored under `key` (current or not): a look that costs no query. */
	has(key: string): boolean {
		return this.entries.has(key);
	}

	set(key: string, page: CachedPage): void {
		if (page.body.byteLength > this.options.maxBytes / 10) return;
		const old = this.entries.get(key);
		if (old) this.remove(key, old);
		this.entries.set(key, page);
		this.bytes += page.body.byteLength + (page.gzip?.byteLength ?? 0);
		for (const [k, e] of this.entries) {
			if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes)
				break;
			this.remove(k, e);
		}
	}

	private remove(key: string, entry: CachedPage): void {
		this.entries.delete(key);
		this.bytes -= entry.body.byteLength + (entry.gzip?.byteLength ?? 0);
	}

	get size(): { entries: number; bytes: number } {
		return { entries: this.entries.size, bytes: this.bytes };
	}
}
