import { describe, expect, it } from 'vitest';
import { PageCache, type CachedPage } from './page-cache';

const page = (bytes: number, generation = 1, storedAt = 0): CachedPage => ({
	status: 200,
	headers: [['content-type', 'text/html']],
	body: new Uint8Array(bytes),
	gzip: null,
	generation,
	storedAt
});

describe('the page cache', () => {
	it('serves an entry only for the same generation of content and within its lifetime', () => {
		const cache = new PageCache({ maxEntries: 10, maxBytes: 10_000, ttlSeconds: 60 });
		cache.set('/en', page(100, 1, 1_000));
		expect(cache.get('/en', 1, 1_000 + 59_000)).not.toBeNull();
		expect(cache.get('/en', 1, 1_000 + 61_000)).toBeNull();
		cache.set('/en', page(100, 1, 1_000));
		// The content changed: its version moved on.
		expect(cache.get('/en', 2, 2_000)).toBeNull();
		// The stale copy is gone, not just skipped.
		expect(cache.size).toEqual({ entries: 0, bytes: 0 });
	});

	it('stays within its entry and byte bounds, dropping the least recently used first', () => {
		const cache = new PageCache({ maxEntries: 3, maxBytes: 1_000, ttlSeconds: 60 });
		const gen = 1;
		for (const key of ['a', 'b', 'c']) cache.set(key, page(100, gen));
		cache.get('a', gen, 0);
		cache.set('d', page(100, gen));
		expect(cache.get('b', gen, 0)).toBeNull();
		expect(cache.get('a', gen, 0)).not.toBeNull();
		cache.set('e', page(90, gen));
		cache.set('f', page(90, gen));
		cache.set('g', page(90, gen));
		expect(cache.size.entries).toBeLessThanOrEqual(3);
		// Too big for a tenth of the budget: not kept at all.
		cache.set('huge', page(200, gen));
		expect(cache.get('huge', gen, 0)).toBeNull();
		const bytes = new PageCache({ maxEntries: 100, maxBytes: 1_000, ttlSeconds: 60 });
		for (let i = 0; i < 30; i++) bytes.set(`p${i}`, page(90, gen));
		expect(bytes.size.bytes).toBeLessThanOrEqual(1_000);
	});
});
