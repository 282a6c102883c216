// `npm run bench`: throughput and latency of the production build on loopback, measured with
// autocannon in bounded runs, every figure beside a baseline taken in the same run:
//   - a bare node:http server sending the home page's bytes (what Node alone does here);
//   - the home page from the anonymous page cache (the production default);
//   - pages rendered for every request (home, events list, a place page; PAGE_CACHE=0), with visit
//     counting on and off, and in one worker per core (server.js, WORKERS=auto);
//   - booking POSTs per second on an event with room for all of them.
// Options: --no-build (use the existing build/), --duration <seconds> (default 8),
// --connections <n> (default 50).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = option('duration', 8);
const cores = availableParallelism();
const CONNECTIONS = option('connections', 50);
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

function run(url, options = {}) {
	return new Promise((resolve, reject) => {
		autocannon(
			{
				url,
				connections: CONNECTIONS,
				duration: DURATION,
				// As from the one reverse proxy the servers are told about (ADDRESS_HEADER below).
				headers: {
					'user-agent': UA,
					accept: 'text/html',
					'accept-language': 'vi',
					'x-forwarded-for': '203.0.113.50'
				},
				...options
			},
			(err, result) => (err ? reject(err) : resolve(result))
		);
	});
}

const rows = [];
async function measure(label, url, options) {
	// A short warm-up first: the first requests compile templates and fill caches.
	await run(url, { ...options, duration: 1 });
	const r = await run(url, options);
	// Redirects are answers too (a booking's 303 to its confirmation); 4xx/5xx and errors are not.
	const bad = r['4xx'] + r['5xx'] + r.errors + r.timeouts;
	rows.push({
		label,
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		bad
	});
	console.log(`  ${label}: ${Math.round(r.requests.average)} req/s`);
}

console.log(`Starting servers (demo data, ${CONNECTIONS} connections, ${DURATION} s a run)…`);
const cached = await startServer(4313, 'cached');
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
await measure('bare node:http, home bytes', 'http://127.0.0.1:4312/');
await measure('home /vi, page cache', `${cached}/vi`);
for (const [label, path] of [
	['home /vi', '/vi'],
	['events /vi/events', '/vi/events'],
	[`place ${place}`, place]
]) {
	await measure(`${label}, rendered, counting on`, `${counted}${path}`);
	await measure(`${label}, rendered, counting off`, `${uncounted}${path}`);
	await measure(`${label}, rendered, ${cores} workers`, `${workers}${path}`);
}

// Bookings: one bookable event with room for every request, each POST its own form key and address.
const db = new Database(join(dir, 'counting-on', 'portal.db'));
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
let n = 0;
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
await measure('booking POST', `${counted}/vi/events/${eventId}/book/${date}`, {
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
						origin: counted,
						'content-type': 'application/x-www-form-urlencoded',
						'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
					},
					body: `key=${key}&name=Kh%C3%A1ch&phone=0912345678&party=1`
				};
			}
		}
	]
});

bare.close();
const baseline = rows[0].rps;
const on = (label) => rows.find((r) => r.label === `${label}, rendered, counting on`);
const off = (label) => rows.find((r) => r.label === `${label}, rendered, counting off`);
console.log(`\nNode ${process.version}, ${CONNECTIONS} connections, ${DURATION} s a run\n`);
console.log(
	'| what | req/s | p50 ms | p99 ms | vs bare node:http | 4xx/5xx/errors |\n|---|--:|--:|--:|--:|--:|'
);
for (const r of rows) {
	console.log(
		`| ${r.label} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / baseline).toFixed(2)} | ${r.bad} |`
	);
}
const hit = rows.find((r) => r.label === 'home /vi, page cache');
console.log(`\nCached home ÷ bare node:http: ${(hit.rps / baseline).toFixed(2)} (goal ≥ 0.25)`);
console.log('Visit counting, on ÷ off (rendered pages; goal: under 5% slower):');
for (const label of ['home /vi', 'events /vi/events', `place ${place}`]) {
	console.log(`  ${label}: ${(on(label).rps / off(label).rps).toFixed(3)}`);
}
console.log(
	'Rendered for every request (goal ≥ 1,000 req/s, p99 < 100 ms), best of one process and workers:'
);
for (const label of ['home /vi', 'events /vi/events', `place ${place}`]) {
	const best = [
		on(label),
		rows.find((r) => r.label === `${label}, rendered, ${cores} workers`)
	].sort((a, b) => b.rps - a.rps)[0];
	console.log(`  ${label}: ${Math.round(best.rps)} req/s, p99 ${best.p99} ms (${best.label})`);
}
const booking = rows.find((r) => r.label === 'booking POST');
console.log(`Booking POSTs: ${Math.round(booking.rps)} a second, ${booking.bad} refused or failed`);
process.exit(0);
