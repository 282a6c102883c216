/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy (decision 008). Pages are asked of the network first and kept when they may be
// stored (not `no-store`: signed-in pages, forms' answers and anything private never are); offline,
// a kept page opens, else the offline page of its language. Scripts, styles and photos a kept page
// used come from the cache first. A new deployment (version) starts new caches and drops the old.
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `shell-${version}`;
const PAGES = `pages-${version}`;
const LOCALES = ['vi', 'en', 'zh'];
// Kept for the language in use as soon as one of its pages is opened: what a visitor on the road
// to Mẫu Sơn will want without a signal.
const GUIDES = ['', '/mau-son', '/getting-there', '/food', '/night', '/offline'];
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL)
			.then((cache) => cache.addAll(files))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Pages kept by the old version are fetched again for this one, then the old caches go.
			const again: string[] = [];
			for (const name of await caches.keys()) {
				if (name === SHELL || name === PAGES) continue;
				if (name.startsWith('pages-')) {
					const old = await caches.open(name);
					for (const req of await old.keys()) if (isPage(new URL(req.url))) again.push(req.url);
				}
				await caches.delete(name);
			}
			await sw.clients.claim();
			const open = (await sw.clients.matchAll({ type: 'window' })).map((c) => c.url);
			await Promise.allSettled([...open, ...again].map((url) => keep(url)));
		})()
	);
});

// A hydrated page moved to another without loading it as a document (a booking just made): the
// page asks for it to be kept all the same.
sw.addEventListener('message', (event) => {
	const href = event.data?.type === 'keep' ? event.data.href : null;
	if (typeof href === 'string' && new URL(href, location.href).origin === location.origin) {
		event.waitUntil(keep(new URL(href, location.href).href));
	}
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	// The page-view count always goes to the server, and fails quietly offline.
	if (url.origin !== location.origin || url.pathname === '/count') return;
	if (request.mode === 'navigate') {
		event.respondWith(page(request, url, event));
	} else if (request.method === 'GET' && (ASSETS.has(url.pathname) || isPhoto(url))) {
		event.respondWith(asset(request, url));
	}
});

// A new booking's page (?new: "your booking is confirmed") is kept as the booking's own page.
const keyOf = (url: URL) => (url.searchParams.has('new') ? url.origin + url.pathname : url.href);
const isPage = (url: URL) => LOCALES.includes(url.pathname.split('/')[1]);
const isPhoto = (url: URL) => url.pathname.startsWith('/media/');

async function page(request: Request, url: URL, event: FetchEvent): Promise<Response> {
	try {
		const response = await fetch(request);
		if (request.method === 'GET' && storable(response)) {
			event.waitUntil(store(keyOf(url), response.clone()).then(() => keepGuides(url)));
		}
		return response;
	} catch {
		if (request.method !== 'GET') return formOffline();
		return (await caches.match(keyOf(url))) ?? offlinePage(url);
	}
}

/** A whole page (no redirect) the server lets anyone keep. */
function storable(response: Response): boolean {
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		(response.headers.get('content-type') ?? '').startsWith('text/html') &&
		!/no-store/.test(response.headers.get('cache-control') ?? '')
	);
}

/**
 * Keeps a page with its title and when it was kept (for the offline page's list), and the style
 * sheets it uses: a page kept in the background was never drawn, so they were never asked for.
 */
async function store(href: string, response: Response): Promise<void> {
	const html = await response.text();
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	const headers = new Headers(response.headers);
	headers.set('x-title', encodeURIComponent(title));
	headers.set('x-kept-at', String(Date.now()));
	const cache = await caches.open(PAGES);
	const styles = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)]
		.map((m) => new URL(m[1], href).href)
		.filter((url) => ASSETS.has(new URL(url).pathname));
	const missing: string[] = [];
	for (const url of styles) if (!(await caches.match(url))) missing.push(url);
	await cache.addAll(missing);
	await cache.put(href, new Response(html, { status: 200, headers }));
}

/** Asks for a page as the visitor would (their session, if any, makes it unstorable). */
async function fetchAndStore(url: URL): Promise<void> {
	const response = await fetch(url.href, { credentials: 'same-origin' });
	if (storable(response)) await store(keyOf(url), response);
}

async function keep(href: string): Promise<void> {
	const url = new URL(href);
	if (!isPage(url)) return;
	await fetchAndStore(url);
	await keepGuides(url);
}

async function keepGuides(url: URL): Promise<void> {
	const lang = url.pathname.split('/')[1];
	if (!LOCALES.includes(lang)) return;
	const cache = await caches.open(PAGES);
	await Promise.allSettled(
		GUIDES.map(async (path) => {
			const guide = new URL(`/${lang}${path}`, url.origin);
			if (!(await cache.match(guide.href))) await fetchAndStore(guide);
		})
	);
}

/**
 * A form sent without a connection: "204 No Content" leaves the page as it is, with everything
 * typed, and the page (static/site.js) is told to say that the form needs a connection.
 */
async function formOffline(): Promise<Response> {
	for (const client of await sw.clients.matchAll({ type: 'window' })) {
		client.postMessage({ type: 'form-offline' });
	}
	return new Response(null, { status: 204 });
}

async function offlinePage(url: URL): Promise<Response> {
	const lang = LOCALES.includes(url.pathname.split('/')[1]) ? url.pathname.split('/')[1] : 'vi';
	const kept =
		(await caches.match(`${url.origin}/${lang}/offline`)) ??
		(await caches.match(`${url.origin}/vi/offline`));
	return (
		kept ?? new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } })
	);
}

async function asset(request: Request, url: URL): Promise<Response> {
	// site.js is asked for with the version in its query; the shell keeps it without.
	const kept = await caches.match(request, { ignoreSearch: !isPhoto(url) });
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') {
		const cache = await caches.open(PAGES);
		await cache.put(request, response.clone());
	}
	return response;
}
