// `npm run lighthouse`: Lighthouse (mobile settings: a mid-range phone on a slow 4G connection,
// simulated) on the home page, the events list, a place page and the map, against the production
// build on loopback with demo data. Prints the four category scores per page and fails when one
// is below 95. Uses Debian's Chromium (or CHROMIUM_PATH); map tiles come from a local stand-in so
// the run needs no internet and a missing network does not count against the page.
// Options: --no-build, --min <score> (default 95).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const args = process.argv.slice(2);
const minIndex = args.indexOf('--min');
const MIN = minIndex >= 0 ? Number(args[minIndex + 1]) : 95;
const PORT = 4330;
const TILE_PORT = 4331;
const base = `http://127.0.0.1:${PORT}`;

if (!args.includes('--no-build')) {
	console.log('Building…');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}

/** A plain 256×256 PNG in the colour of paper maps, for every tile. */
function tilePng() {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (buf) => {
		let c = 0xffffffff;
		for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type, data) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type), data]);
		const sum = Buffer.alloc(4);
		sum.writeUInt32BE(crc(body));
		return Buffer.concat([len, body, sum]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(256, 0);
	header.writeUInt32BE(256, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const row = Buffer.concat([
		Buffer.from([0]),
		Buffer.alloc(256 * 3, Buffer.from([242, 239, 233]))
	]);
	const pixels = Buffer.concat(Array.from({ length: 256 }, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
const tile = tilePng();
const tiles = createServer((req, res) => {
	res.writeHead(200, {
		'content-type': 'image/png',
		'cache-control': 'public, max-age=86400',
		'access-control-allow-origin': '*'
	});
	res.end(tile);
});
await new Promise((resolve) => tiles.listen(TILE_PORT, '127.0.0.1', resolve));

const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-lighthouse-'));
const server = spawn('node', ['build'], {
	env: {
		...process.env,
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: base,
		DATABASE_PATH: join(dir, 'portal.db'),
		TILE_URL: `http://127.0.0.1:${TILE_PORT}/{z}/{x}/{y}.png`
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
let chrome;
const stop = () => {
	server.kill('SIGTERM');
	tiles.close();
	chrome?.kill();
	rmSync(dir, { recursive: true, force: true });
};
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(`${base}/vi`)).ok) break;
	} catch {
		// not up yet
	}
	await new Promise((r) => setTimeout(r, 100));
}

const chromePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});

const pages = [
	['home', '/vi'],
	['events', '/en/events'],
	['place', '/en/places/ky-lua-walking-street'],
	['map', '/zh/map']
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
let failed = false;
try {
	for (const [name, path] of pages) {
		const result = await lighthouse(`${base}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		const lhr = result.lhr;
		const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
		rows.push([name, path, ...scores]);
		for (const [i, c] of CATEGORIES.entries()) {
			if (scores[i] >= MIN) continue;
			failed = true;
			const missed = lhr.categories[c].auditRefs
				.map((ref) => lhr.audits[ref.id])
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
				.map((a) => `${a.id} (${a.displayValue ?? a.score})`);
			console.log(`  ${path} ${c} ${scores[i]}: ${missed.join(', ')}`);
		}
	}
} finally {
	stop();
}
console.log(`\nLighthouse ${lighthouse.version ?? ''} (mobile), minimum ${MIN}\n`);
console.log('| page | path | performance | accessibility | best practices | SEO |');
console.log('|---|---|--:|--:|--:|--:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
process.exit(failed ? 1 : 0);
