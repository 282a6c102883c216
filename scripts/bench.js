// `npm run bench`: throughput and latency of the production build on loopback, measured with
// autocannon in bounded runs, every figure beside a baseline taken in the same run:
//   - a bare node:http server sending the home page's bytes (what Node alone does here);
//   - the home page, the events list and a place page as `npm start` serves them to visitors
//     without a session, from the anonymous page cache (answered by server.js before SvelteKit),
//     and the home page through SvelteKit (`node build`, where the cache is only a hook);
//   - pages rendered for every request (home, events list, a place page; PAGE_CACHE=0), with visit
//     counting on and off, and in one worker per core (server.js, WORKERS=auto);
//   - booking POSTs per second on an event with room for all of them, in one process and in one
//     worker per core;
//   - in one process, the CPU a rendered page costs with visit counting on and off;
//   - for every run against a server, the CPU a request cost the server (its process and workers,
//     from /proc) and autocannon (this process), which share the machine's cores.
// Options: --no-build (use the existing build/), --duration <seconds> a run (default 5),
// --rounds <n> (default 3; medians are printed), --connections <n> (default 50), --warm-up
// <seconds> of load before a configuration's first run (default 5).
// Every configuration is measured warm: a fresh server rendered at half speed or less for its
// first seconds of load (V8 still compiling, in each worker, what a request runs), and after a
// 1 s warm-up the first round's runs were still climbing (~480 → ~1,000 req/s a second with two
// workers), so that round measured the start rather than the server.
// And every run is measured on open connections: a run opens its connections, runs 1 s, then
// measures the requests sent after that. autocannon times a connection's first request from before
// it connects, and in every run after the first in a process those waited up to ~1.4 s (median
// 100–400 ms) against a bare node:http server as much as against ours, which answered them within
// ~60 ms of receiving them: the load generator's own start, 0.7% of a 5 s run's requests, enough
// to decide its p99. autocannon's p99 over the whole run is printed beside ours.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProcessServer } from './in-process-server.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = option('duration', 5);
const ROUNDS = option('rounds', 3);
const cores = availableParallelism();
const CONNECTIONS = option('connections', 50);
const WARM_UP = option('warm-up', 5);
const RAMP = 1;
// A phone browser: robots are not counted, so a robot's user agent would measure nothing.
const UA =
	'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

if (!args.includes('--no-build')) {
	console.log('Building…');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-bench-'));
const children = [];
process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

/** Each server's process, by its address: its CPU time (and its workers') is read around a run. */
const pids = new Map();
const TICKS = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
	} catch {
		return 100;
	}
})();
/**
 * CPU seconds used so far by a server process and its workers (its children), read from /proc;
 * null where there is no /proc.
 */
function serverCpu(pid) {
	if (pid === undefined) return null;
	let names;
	try {
		names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return null;
	}
	let seconds = null;
	for (const name of names) {
		try {
			// The fields after the command's name, which is in parentheses and may hold spaces.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(name) !== pid && Number(fields[1]) !== pid) continue;
			seconds = (seconds ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS;
		} catch {
			// ended meanwhile
		}
	}
	return seconds;
}

async function startServer(port, name, env = {}, entry = 'build') {
	const base = `http://127.0.0.1:${port}`;
	const child = spawn('node', [entry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_PATH: join(dir, name, 'portal.db'),
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	children.push(child);
	pids.set(base, child.pid);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/vi`)).ok) return base;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the ${name} server did not start`);
}

/** The `p`-quantile of sorted `values` (nearest rank). */
const quantile = (values, p) => values[Math.max(0, Math.ceil(values.length * p) - 1)];

/**
 * One autocannon run: RAMP seconds in which the connections open, not measured, then `duration`
 * seconds measured. `onMeasure` is called as measuring starts (for the CPU counters); the result
 * has autocannon's own figures for the whole run and ours for the measured part: the requests
 * answered in it, and the latencies of the requests sent in it.
 */
function run(url, options = {}, { duration = DURATION, onMeasure = () => {} } = {}) {
	return new Promise((resolve, reject) => {
		let from = Infinity;
		let answered = 0;
		/** @type {number[]} */
		const latencies = [];
		const instance = autocannon(
			{
				url,
				connections: CONNECTIONS,
				duration: RAMP + duration,
				// As from the one reverse proxy the servers are told about (ADDRESS_HEADER below).
				headers: {
					'user-agent': UA,
					accept: 'text/html',
					'accept-language': 'vi',
					'x-forwarded-for': '203.0.113.50'
				},
				...options
			},
			(err, result) => {
				if (err) return reject(err);
				const seconds = (performance.now() - from) / 1000;
				latencies.sort((a, b) => a - b);
				resolve({
					result,
					answered,
					rps: answered / seconds,
					p50: Math.round(quantile(latencies, 0.5)),
					p99: Math.round(quantile(latencies, 0.99))
				});
			}
		);
		setTimeout(() => {
			from = performance.now();
			onMeasure();
		}, RAMP * 1000);
		instance.on('response', (_client, _status, _bytes, ms) => {
			const now = performance.now();
			if (now < from) return;
			answered++;
			if (now - ms >= from) latencies.push(ms);
		});
	});
}

/** Every run of each configuration, by label, in the order first measured. */
const runs = new Map();
async function measure(label, url, options, { warm = false } = {}) {
	// Load before the first run, until V8 has compiled what a request runs (see the top).
	if (warm) await run(url, options, { duration: WARM_UP });
	// The CPU the server and the load generator (autocannon, in this process) spend while
	// measuring: they share this machine's cores, so what autocannon takes the server cannot have.
	const pid = pids.get(new URL(url).origin);
	let serverBefore = null;
	let ownBefore = process.cpuUsage();
	const r = await run(url, options, {
		onMeasure: () => {
			serverBefore = serverCpu(pid);
			ownBefore = process.cpuUsage();
		}
	});
	const own = process.cpuUsage(ownBefore);
	const serverAfter = serverCpu(pid);
	// Redirects are answers too (a booking's 303 to its confirmation); 4xx/5xx and errors are not.
	const { result } = r;
	const bad = result['4xx'] + result['5xx'] + result.errors + result.timeouts;
	if (!runs.has(label)) runs.set(label, []);
	const serverUs =
		serverBefore === null || serverAfter === null
			? null
			: ((serverAfter - serverBefore) * 1e6) / r.answered;
	// The bare server runs in this process: there the two cannot be told apart.
	const loadUs = pid === undefined ? null : (own.user + own.system) / r.answered;
	runs.get(label).push({ rps: r.rps, p50: r.p50, p99: r.p99, bad, serverUs, loadUs });
	const cpu =
		serverUs === null
			? ''
			: `; CPU a request: server ${Math.round(serverUs)} µs, autocannon ${Math.round(loadUs)} µs`;
	console.log(
		`  ${label}: ${Math.round(r.rps)} req/s, p99 ${r.p99} ms (whole run, as autocannon times it: ` +
			`${result.latency.p99} ms)${cpu}`
	);
}

console.log(`Starting servers (demo data, ${CONNECTIONS} connections, ${DURATION} s a run)…`);
// The production entry (npm start), which answers page-cache hits before SvelteKit…
const cached = await startServer(4313, 'cached', {}, 'server.js');
// …and adapter-node's own, where the cache answers from inside SvelteKit's hooks.
const cachedInKit = await startServer(4315, 'cached-in-kit');
const counted = await startServer(4310, 'counting-on', { PAGE_CACHE: '0' });
const uncounted = await startServer(4311, 'counting-off', { PAGE_CACHE: '0', VISIT_COUNTING: '0' });
// As in production on this machine: server.js with one worker per core, counting on.
const workers = await startServer(
	4314,
	'workers',
	{ PAGE_CACHE: '0', WORKERS: 'auto' },
	'server.js'
);

// The bare baseline: node:http sending the exact bytes of the rendered home page.
const home = Buffer.from(
	await (await fetch(`${counted}/vi`, { headers: { 'user-agent': UA } })).arrayBuffer()
);
const bare = createServer((req, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': home.length });
	res.end(home);
});
await new Promise((resolve) => bare.listen(4312, '127.0.0.1', resolve));

const place = '/vi/places/ky-lua-walking-street';
const PAGES = [
	['home /vi', '/vi'],
	['events /vi/events', '/vi/events'],
	[`place ${place}`, place]
];
const BARE = 'bare node:http, home bytes';
const cachedPage = (label) => `${label}, page cache (server.js)`;
const CACHED = cachedPage('home /vi');
const CACHED_IN_KIT = 'home /vi, page cache inside SvelteKit (node build)';
const on = (label) => `${label}, rendered, counting on`;
const off = (label) => `${label}, rendered, counting off`;
const inWorkers = (label) => `${label}, rendered, ${cores} workers`;
// This machine's speed drifts by several times within minutes (shared cores): every configuration
// is measured once per round, rounds one after another, and figures compared within a round.
for (let round = 1; round <= ROUNDS; round++) {
	console.log(`Round ${round} of ${ROUNDS}`);
	const warm = round === 1;
	await measure(BARE, 'http://127.0.0.1:4312/', {}, { warm });
	for (const [label, path] of PAGES) {
		await measure(cachedPage(label), `${cached}${path}`, {}, { warm });
	}
	await measure(CACHED_IN_KIT, `${cachedInKit}/vi`, {}, { warm });
	for (const [label, path] of PAGES) {
		await measure(on(label), `${counted}${path}`, {}, { warm });
		await measure(off(label), `${uncounted}${path}`, {}, { warm });
		await measure(inWorkers(label), `${workers}${path}`, {}, { warm });
	}
}

// Bookings: one bookable event with room for every request, each POST its own form key and
// address; in one process, and in a worker per core (as in production on this machine), where the
// workers' writes wait for each other's lock on the database.
let n = 0;
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
async function measureBookings(label, base, name) {
	const db = new Database(join(dir, name, 'portal.db'));
	const businessId = db
		.prepare("SELECT id FROM business WHERE status = 'verified' LIMIT 1")
		.pluck()
		.get();
	const startsAt = Math.floor(Date.now() / 1000) + 7 * 86400;
	const eventId = Number(
		db
			.prepare(
				`INSERT INTO event (business_id, status, category, title_vi, description_vi, starts_at, ends_at,
					venue_address, capacity, bookable, max_party, created_at, updated_at, published_at)
				VALUES (?, 'published', 'tour', 'Đo tải đặt chỗ', 'Sự kiện để đo tải.', ?, ?, 'Kỳ Lừa',
					10000000, 1, 1, ?, ?, ?)`
			)
			.run(businessId, startsAt, startsAt + 3600, startsAt, startsAt, startsAt).lastInsertRowid
	);
	db.close();
	const date = new Date((startsAt + 7 * 3600) * 1000).toISOString().slice(0, 10);
	await measure(label, `${base}/vi/events/${eventId}/book/${date}`, {
		requests: [
			{
				method: 'POST',
				setupRequest: (req) => {
					n++;
					const key = Array.from(randomBytes(24), (b) => alphabet[b & 31]).join('');
					return {
						...req,
						headers: {
							...req.headers,
							origin: base,
							'content-type': 'application/x-www-form-urlencoded',
							'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
						},
						body: `key=${key}&name=Kh%C3%A1ch&phone=0912345678&party=1`
					};
				}
			}
		]
	});
}
const BOOKINGS = 'booking POST, 1 process';
const BOOKINGS_IN_WORKERS = `booking POST, ${cores} workers`;
await measureBookings(BOOKINGS, counted, 'counting-on');
await measureBookings(BOOKINGS_IN_WORKERS, workers, 'workers');

bare.close();

// In one process, without HTTP: the CPU a rendered page costs with counting on and off, in
// alternating batches (counting reads VISIT_COUNTING on every view), so the machine's drift hits
// both sides alike. The HTTP runs above cannot tell a few percent apart here.
process.env.DATABASE_PATH = join(dir, 'in-process', 'portal.db');
process.env.PAGE_CACHE = '0';
const kit = await inProcessServer();
const cpu = { on: new Map(), off: new Map() };
for (const [label, path] of PAGES) {
	const request = () =>
		kit
			.respond(
				new Request(`http://127.0.0.1${path}`, {
					headers: { 'user-agent': UA, accept: 'text/html', 'accept-language': 'vi' }
				}),
				{ getClientAddress: () => '203.0.113.51' }
			)
			.then((res) => res.arrayBuffer());
	for (let i = 0; i < 200; i++) await request();
	for (const side of ['on', 'off']) cpu[side].set(label, []);
	for (let batch = 0; batch < 30; batch++) {
		for (const side of batch % 2 ? ['off', 'on'] : ['on', 'off']) {
			process.env.VISIT_COUNTING = side === 'on' ? '1' : '0';
			const start = process.cpuUsage();
			for (let i = 0; i < 100; i++) await request();
			const used = process.cpuUsage(start);
			cpu[side].get(label).push((used.user + used.system) / 100);
		}
	}
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const med = (label, field) => median(runs.get(label).map((r) => r[field]));
/** The median over rounds of a ÷ b, each round's pair measured one after the other. */
const ratio = (a, b) => median(runs.get(a).map((r, i) => r.rps / runs.get(b)[i].rps));

console.log(
	`\nNode ${process.version}, ${cores} cores, ${CONNECTIONS} connections, ${DURATION} s a run, ` +
		`medians of ${ROUNDS} rounds\n`
);
console.log(
	'| what | req/s | p50 ms | p99 ms | ÷ bare node:http | server CPU µs a request | autocannon CPU µs a request | 4xx/5xx/errors |\n|---|--:|--:|--:|--:|--:|--:|--:|'
);
/** The median of a figure that may be missing (no /proc, or the bare server): '' then. */
const medCell = (label, field, digits) =>
	runs.get(label).some((r) => r[field] === null) ? '' : med(label, field).toFixed(digits);
for (const [label, list] of runs) {
	const ratioCell = label.startsWith('booking POST') ? '' : ratio(label, BARE).toFixed(3);
	const bad = list.reduce((sum, r) => sum + r.bad, 0);
	console.log(
		`| ${label} | ${Math.round(med(label, 'rps'))} | ${med(label, 'p50')} | ${med(label, 'p99')} | ${ratioCell} | ` +
			`${medCell(label, 'serverUs', 0)} | ${medCell(label, 'loadUs', 0)} | ${bad} |`
	);
}
console.log(
	`\nCached home ÷ bare node:http: ${ratio(CACHED, BARE).toFixed(2)} (goal ≥ 0.25); ` +
		`through SvelteKit ${ratio(CACHED_IN_KIT, BARE).toFixed(2)}`
);
console.log('Visit counting, on ÷ off (rendered pages; goal: under 5% slower):');
for (const [label] of PAGES) {
	const onUs = median(cpu.on.get(label));
	const offUs = median(cpu.off.get(label));
	const change = ((onUs - offUs) / offUs) * 100;
	console.log(
		`  ${label}: throughput ${ratio(on(label), off(label)).toFixed(3)} over HTTP; ` +
			`CPU a page in-process ${Math.round(onUs)} µs on, ${Math.round(offUs)} µs off ` +
			`(${change >= 0 ? '+' : ''}${change.toFixed(1)}%)`
	);
}
console.log('As served to visitors without a session (npm start; goal p99 < 100 ms):');
for (const [label] of PAGES) {
	const config = cachedPage(label);
	console.log(`  ${config}: ${Math.round(med(config, 'rps'))} req/s, p99 ${med(config, 'p99')} ms`);
}
console.log('Rendered for every request (goal ≥ 1,000 req/s, p99 < 100 ms):');
for (const [label] of PAGES) {
	for (const config of [on(label), inWorkers(label)]) {
		const cpu = medCell(config, 'serverUs', 0);
		console.log(
			`  ${config}: ${Math.round(med(config, 'rps'))} req/s, p99 ${med(config, 'p99')} ms` +
				(cpu ? `, server CPU ${cpu} µs a request` : '')
		);
	}
}
// What 1,000 req/s asks of this machine: the CPU autocannon leaves the server, a request.
const loads = PAGES.map(([label]) => medCell(inWorkers(label), 'loadUs', 0)).filter(Boolean);
if (loads.length) {
	const loadUs = median(loads.map(Number));
	console.log(
		`  autocannon spends ${Math.round(loadUs)} µs of CPU a request here: at 1,000 req/s the ` +
			`server has at most ${Math.round(cores * 1000 - loadUs)} µs a request on ${cores} cores.`
	);
}
console.log('Booking POSTs:');
for (const label of [BOOKINGS, BOOKINGS_IN_WORKERS]) {
	console.log(
		`  ${label}: ${Math.round(med(label, 'rps'))} a second, p99 ${med(label, 'p99')} ms, ` +
			`${runs.get(label)[0].bad} refused or failed`
	);
}
process.exit(0);
