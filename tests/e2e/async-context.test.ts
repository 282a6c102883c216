import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const PAGES = [
	'/vi',
	'/en/events',
	'/zh/places/ky-lua-walking-street',
	'/en/map',
	'/en/events/__data.json',
	'/en/no-such-page'
];

// SvelteKit keeps each request in an AsyncLocalStorage; on Node 20 that makes every promise of
// every request run hooks (~10% of a rendered page's CPU). The server build goes without
// (scripts/server-rewrites.js): a newer SvelteKit that moved its request store would bring it
// back silently, and this notices.
test('rendering pages never enters an AsyncLocalStorage @once', async () => {
	test.setTimeout(60_000);
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['tests/e2e/async-context.js', ...PAGES],
		{ timeout: 50_000 }
	);
	const { entered, statuses } = JSON.parse(stdout);
	expect(statuses).toEqual({
		'/vi': 200,
		'/en/events': 200,
		'/zh/places/ky-lua-walking-street': 200,
		'/en/map': 200,
		'/en/events/__data.json': 200,
		'/en/no-such-page': 404
	});
	expect(entered).toBe(0);
});
