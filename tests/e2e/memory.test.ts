import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const PAGES = ['/vi', '/en/events', '/zh/places/ky-lua-walking-street', '/en/map'];

// What a rendered page leaves behind decides how much the young-generation GC copies: when
// something old points at a request's objects, its whole render (~60–100 kB) is copied and
// promoted until the next full GC (scripts/server-rewrites.js): a page cost ~30% more CPU.
test('a rendered page leaves little alive after two young-generation GCs @once', async () => {
	test.setTimeout(120_000);
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['--expose-gc', 'tests/e2e/young-garbage.js', ...PAGES],
		{ timeout: 110_000 }
	);
	const alive: Record<string, number> = JSON.parse(stdout);
	console.log('bytes a page leaves alive:', alive);
	for (const path of PAGES) {
		expect(alive[path], path).toBeLessThan(40 * 1024);
	}
});
