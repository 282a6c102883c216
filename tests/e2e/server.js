// Starts the built server (`node build`) on a fresh database in a temporary folder, removed on exit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-e2e-'));
process.env.DATABASE_PATH = join(dir, 'portal.db');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

await import(pathToFileURL(resolve('build/index.js')).href);
