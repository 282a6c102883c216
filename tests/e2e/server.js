// Starts the built server (`node build`) on a fresh database, removed again on exit.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const path = process.env.DATABASE_PATH;
if (!path || !path.includes('visit-lang-son-e2e')) {
	console.error('tests/e2e/server.js needs DATABASE_PATH set to a throwaway e2e database');
	process.exit(1);
}
const dir = dirname(path);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

await import(pathToFileURL(resolve('build/index.js')).href);
