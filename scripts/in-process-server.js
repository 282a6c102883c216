// The server build (.svelte-kit/output, made by `vite build`) in this process, without HTTP: for
// measuring what a rendered page costs (scripts/bench.js, tests/e2e/young-garbage.js). Set
// DATABASE_PATH (and PAGE_CACHE) before calling.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @returns {Promise<{ respond: (request: Request, options: object) => Promise<Response> }>} */
export async function inProcessServer() {
	/** @param {string} file */
	const output = (file) => pathToFileURL(resolve('.svelte-kit/output/server', file)).href;
	const { Server } = await import(output('index.js'));
	const { manifest } = await import(output('manifest.js'));
	const kit = new Server(manifest);
	await kit.init({ env: process.env, read: () => null });
	return kit;
}
