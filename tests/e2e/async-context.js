// Renders pages with the server build (.svelte-kit/output, made by `vite build`) in this process,
// on a fresh database, and prints as JSON how many times anything entered an AsyncLocalStorage
// (async-context.test.ts). On Node 20 the first entry installs promise hooks for the whole
// process, and every promise of every request then runs them (scripts/server-rewrites.js).
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProcessServer } from '../../scripts/in-process-server.js';

let entered = 0;
for (const method of /** @type {const} */ (['run', 'enterWith'])) {
	const original = AsyncLocalStorage.prototype[method];
	/** @type {any} */ (AsyncLocalStorage.prototype)[method] = function (
		/** @type {unknown[]} */ ...args
	) {
		entered++;
		return /** @type {Function} */ (original).apply(this, args);
	};
}

const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-als-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
process.env.DATABASE_PATH = join(dir, 'portal.db');
process.env.PAGE_CACHE = '0';

const kit = await inProcessServer();
/** @type {Record<string, number>} */
const statuses = {};
for (const path of process.argv.slice(2)) {
	const request = new Request(`http://127.0.0.1${path}`, { headers: { accept: 'text/html' } });
	const response = await kit.respond(request, { getClientAddress: () => '203.0.113.7' });
	await response.arrayBuffer();
	statuses[path] = response.status;
}
// Whatever SvelteKit or Svelte start after a response (imports, timers) has had its turn.
await new Promise((resolve) => setTimeout(resolve, 100));
console.log(JSON.stringify({ entered, statuses }));
