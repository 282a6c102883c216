// Run with `node --expose-gc`: renders pages with the server build (.svelte-kit/output, made by
// `vite build`) in this process, on a fresh database, and prints as JSON how many bytes each
// rendered page leaves alive after two young-generation GCs (memory.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { inProcessServer } from '../../scripts/in-process-server.js';

const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-gc-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
process.env.DATABASE_PATH = join(dir, 'portal.db');
process.env.PAGE_CACHE = '0';

const kit = await inProcessServer();

/** @param {string} path */
const render = async (path) => {
	const request = new Request(`http://127.0.0.1${path}`, { headers: { accept: 'text/html' } });
	const response = await kit.respond(request, { getClientAddress: () => '203.0.113.7' });
	if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
	await response.arrayBuffer();
};

const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const used = () => v8.getHeapStatistics().used_heap_size;
const PAGES = 20;
/** @type {Record<string, number>} */
const results = {};
for (const path of process.argv.slice(2)) {
	for (let i = 0; i < 100; i++) await render(path);
	const rounds = [];
	for (let round = 0; round < 5; round++) {
		gc();
		gc({ type: 'minor' });
		gc({ type: 'minor' });
		const before = used();
		for (let i = 0; i < PAGES; i++) await render(path);
		gc({ type: 'minor' });
		gc({ type: 'minor' });
		rounds.push(Math.round((used() - before) / PAGES));
	}
	rounds.sort((a, b) => a - b);
	results[path] = rounds[2];
}
console.log(JSON.stringify(results));
process.exit(0);
