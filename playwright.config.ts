import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// A throwaway database, made fresh by tests/e2e/server.js; tests read it to check what was written.
process.env.E2E_DATABASE_PATH ??= join(tmpdir(), `visit-lang-son-e2e-${port}`, 'portal.db');

// Browser downloads are not possible everywhere: use Debian's Chromium when it is there (or the one
// CHROMIUM_PATH names), otherwise Playwright's own (`npx playwright install chromium`).
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	// Generous: the heavier journeys take 25–35 s on two busy cores, and a slow machine is no failure.
	timeout: 90_000,
	use: {
		baseURL,
		// The server runs as it would behind a reverse proxy (ADDRESS_HEADER below): every request
		// names its client, and tests that count attempts per address use addresses of their own.
		extraHTTPHeaders: { 'x-forwarded-for': '127.0.0.1' },
		launchOptions: {
			executablePath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'js', use: { javaScriptEnabled: true } },
		// Tests tagged @js-only check what scripts do; without JavaScript there is nothing to check.
		// Tests tagged @once use no browser at all (HTTP load, server processes): one run is enough.
		{ name: 'no-js', use: { javaScriptEnabled: false }, grepInvert: /@js-only|@once/ }
	],
	webServer: {
		// The built server (`node build`) on a throwaway database; see tests/e2e/server.js.
		command: 'node tests/e2e/server.js',
		url: `${baseURL}/vi`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: process.env.E2E_DATABASE_PATH,
			// Photos may be 15 MB; bigger bodies are refused before they reach the app.
			BODY_SIZE_LIMIT: '16M',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			// Longer than any pause in a test (the admin CLI takes seconds): with Node's 5-second
			// default, a client reusing a connection the server is just closing gets ECONNRESET.
			KEEP_ALIVE_TIMEOUT: '65',
			HEADERS_TIMEOUT: '66'
		}
	}
});
