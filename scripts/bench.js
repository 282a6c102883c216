// `npm run bench`: today's figures for the production setup on loopback, measured with autocannon.
//   - stock SvelteKit (`node build`, one process) rendering the home page, the events list and a
//     place page for every request (target: ≥ 500 req/s each on 2 cores);
//   - a cached anonymous page through nginx (deploy/nginx.conf), beside a bare node:http server
//     sending the same bytes (target: nginx ≥ 1.0 × bare node).
// p99 latency at 50 connections for each. Options: --no-build, --duration <s> (default 5),
// --connections <n> (default 50).
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from './nginx.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = option('duration', 5);
const CONNECTIONS = option('connections', 50);
// A phone browser, as tourists use.
const UA =
	'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const PAGES = {
	home: '/vi',
	events: '/vi/events',
	place: '/vi/places/ky-lua-walking-street'
};

if (!args.includes('--no-build')) {
	console.log('Building…');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-bench-'));
const APP_PORT = 4400;
const app = spawn('node', ['build'], {
	env: {
		...process.env,
		PORT: String(APP_PORT),
		HOST: '127.0.0.1',
		ORIGIN: 'http://127.0.0.1:4401',
		DATABASE_PATH: join(dir, 'portal.db'),
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1'
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
let nginx;
let bare;
process.on('exit', () => {
	app.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

const appBase = `http://127.0.0.1:${APP_PORT}`;
for (let i = 0; ; i++) {
	try {
		if ((await fetch(`${appBase}/vi`)).ok) break;
	} catch {
		if (i > 100) throw new Error('the app did not start');
	}
	await new Promise((resolve) => setTimeout(resolve, 100));
}

/** One warm-up second, then a measured run; req/s, p50 and p99 in ms. */
async function measure(url) {
	const run = (duration) =>
		autocannon({ url, connections: CONNECTIONS, duration, headers: { 'user-agent': UA } });
	await run(1);
	const result = await run(DURATION);
	if (result.non2xx > 0 || result.errors > 0) {
		throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
	}
	return {
		rps: Math.round(result.requests.average),
		p50: result.latency.p50,
		p99: result.latency.p99
	};
}

const rows = [];
for (const [name, path] of Object.entries(PAGES)) {
	rows.push([`${name} ${path}, rendered by node build (1 process)`, await measure(appBase + path)]);
}

nginx = await startNginx(APP_PORT + 1, APP_PORT);
const cachedUrl = `${nginx.base}${PAGES.events}`;
// The bytes nginx serves for the page, served again by the simplest Node server there is.
const cached = await fetch(cachedUrl, { headers: { 'user-agent': UA } });
const bytes = Buffer.from(await cached.arrayBuffer());
if (
	cached.headers.get('x-cache') !== 'HIT' &&
	(await fetch(cachedUrl)).headers.get('x-cache') !== 'HIT'
) {
	throw new Error('nginx did not keep the page');
}
bare = createServer((req, res) => {
	res.writeHead(200, {
		'content-type': 'text/html; charset=utf-8',
		'content-length': bytes.length
	});
	res.end(bytes);
}).listen(APP_PORT + 2, '127.0.0.1');
const viaNginx = await measure(cachedUrl);
const viaBare = await measure(`http://127.0.0.1:${APP_PORT + 2}/`);
rows.push([`events from nginx's cache`, viaNginx]);
rows.push([`bare node:http, the same ${bytes.length} bytes`, viaBare]);

await nginx.stop();
bare.close();

console.log(
	`\n${new Date().toISOString()}, ${availableParallelism()} cores, ${CONNECTIONS} connections, ${DURATION} s a run\n`
);
const width = Math.max(...rows.map(([label]) => label.length));
console.log(
	`${'what'.padEnd(width)}  ${'req/s'.padStart(7)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}`
);
for (const [label, { rps, p50, p99 }] of rows) {
	console.log(
		`${label.padEnd(width)}  ${String(rps).padStart(7)}  ${String(p50).padStart(7)}  ${String(p99).padStart(7)}`
	);
}
const rendered = rows.slice(0, 3).map(([, r]) => r.rps);
const ratio = viaNginx.rps / viaBare.rps;
console.log(
	`\nRendered pages: ${Math.min(...rendered)}–${Math.max(...rendered)} req/s (target ≥ 500: ${Math.min(...rendered) >= 500 ? 'met' : 'NOT met'}).`
);
console.log(
	`nginx's cache ÷ bare node:http: ${ratio.toFixed(2)} (target ≥ 1.0: ${ratio >= 1 ? 'met' : 'NOT met'}).`
);
process.exit(0);
