import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import {
	LANG_TAGS,
	LOCALE_COOKIE,
	localeOfPath,
	negotiateLocale,
	type Locale
} from '$lib/i18n/locales';
import { getTranslator } from '$lib/i18n/translator';
import {
	deleteSessionCookie,
	hasSessionCookie,
	readSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth';
import { contentSecurityPolicy, startupScriptHash } from '$lib/server/csp';
import { getDb, StartupError } from '$lib/server/db';
import { contentVersion } from '$lib/server/content-version';
import { scheduleMaintenance } from '$lib/server/maintenance';
import { tileConfig } from '$lib/server/tiles';
import { getVisitCounter, isBot, isPrefetch, referrerDomain } from '$lib/server/visits';
import { PageCache, type CachedPage } from '$lib/server/page-cache';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const init: ServerInit = () => {
	if (building) return;
	try {
		scheduleMaintenance(getDb(), () => {});
	} catch (err) {
		if (!(err instanceof StartupError)) throw err;
		console.error(`Visit Lạng Sơn cannot start: ${err.message}`);
		process.exit(1);
	}
};

type Event = Parameters<Handle>[0]['event'];

/** The page's language comes from its URL; pages outside `/vi|en|zh` (404s) use the visitor's. */
async function setLocale(event: Event): Promise<void> {
	const lang =
		localeOfPath(event.url.pathname) ??
		negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	event.locals.locale = lang;
	event.locals.t = await getTranslator(lang);
}

/** The signed-in user, if the session cookie is valid (renewed when half-used; removed if not). */
function authenticate(event: Event): void {
	event.locals.user = null;
	event.locals.session = null;
	const token = readSessionCookie(event.cookies, event.url);
	if (token) {
		const result = validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.renewed) {
				setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
			}
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
}

const AREA = /^\/(?:vi|en|zh)\/(business|admin)(?:\/|$)/;

/**
 * The business and admin areas: anonymous visitors go to the login page, the wrong role gets 403.
 * Every load and action there checks again (requireRole), so a route moved out of reach of this
 * pattern is still protected. Null: the request may go on.
 */
function guard(event: Event): Response | null {
	const area = AREA.exec(event.url.pathname)?.[1];
	if (!area) return null;
	const { user, locale, t } = event.locals;
	if (!user) {
		const next = encodeURIComponent(event.url.pathname);
		return new Response(null, {
			status: 303,
			headers: { location: `/${locale}/login?next=${next}`, 'cache-control': 'no-store' }
		});
	}
	if (user.role !== area) {
		const body = `<!doctype html><html lang="${LANG_TAGS[locale]}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${t('errors.forbiddenTitle')}</title><h1>${t('errors.forbiddenTitle')}</h1><p>${t('errors.forbidden')}</p><p><a href="/${locale}">${t('errors.backHome')}</a></p></html>`;
		return new Response(body, {
			status: 403,
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
	return null;
}

/** How long a rendered public page may be served: pages show the time ("open now", "tonight"). */
const CACHE_SECONDS = 60;

/** Pages that are someone's own (or carry a one-time form key): never stored by any cache. */
const PRIVATE_PAGES =
	/^\/(?:vi|en|zh)\/(?:(?:business|admin|login|register|reset|logout|bookings)(?:\/|$)|events\/\d+\/book\/)/;
const tileOrigin = (() => {
	try {
		return new URL(tileConfig().url.replace(/[{}]/g, '')).origin;
	} catch {
		return null;
	}
})();

/** Security headers on every response the app makes; private pages are never stored. */
function secure(event: Event, response: Response): Response {
	const h = response.headers;
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	h.set('x-frame-options', 'DENY');
	h.set('cross-origin-opener-policy', 'same-origin');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(self), payment=()');
	if (event.url.protocol === 'https:') {
		h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	if (event.locals.user || PRIVATE_PAGES.test(event.url.pathname)) {
		h.set('cache-control', 'private, no-store');
	}
	return response;
}

/**
 * The client's address, or null when it cannot be known (behind a proxy configured with
 * ADDRESS_HEADER, a request that lacks the header): counting skips it rather than fail the page.
 */
function clientAddress(event: Event): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

/** Public pages a tourist reads (not bookings, which are private, nor feeds and files). */
function isCountedPage(routeId: string | null): boolean {
	return (
		routeId !== null &&
		routeId.startsWith('/[lang=locale]/(public)') &&
		!routeId.includes('/bookings/') &&
		!routeId.includes('/book/')
	);
}

/** A page view as counting needs it, from SvelteKit's request or from Node's (cache hits). */
interface View {
	/** The page's path, with its language prefix and without `/__data.json`. */
	pathname: string;
	locale: Locale;
	/** A client-side navigation's data request. */
	dataRequest: boolean;
	headers: Pick<Headers, 'get'>;
	/** Null when it cannot be known: the view is not counted. */
	ip: string | null;
	host: string;
}

/**
 * Counts a page view: a full page load, or a client-side navigation (its `__data.json`; links
 * preload on tap, so a data request is a navigation, not a hover), unless a robot or a prefetch
 * made it. The work is a hash and a few map updates, written to the database in batches.
 */
function countVisit({ pathname, locale, dataRequest, headers, ip, host }: View): void {
	const counter = getVisitCounter(getDb());
	const userAgent = headers.get('user-agent');
	if (!counter || ip === null || isBot(userAgent) || isPrefetch(headers)) return;
	counter.count({
		path: pathname.slice(locale.length + 1) || '/',
		locale,
		referrer: dataRequest ? null : referrerDomain(headers.get('referer'), host),
		ip,
		userAgent: userAgent!,
		host
	});
}

/** Counts the response to a request SvelteKit handled, if it is a public page for a tourist. */
function countView(event: Event, response: Response): void {
	if (
		event.request.method === 'GET' &&
		response.status === 200 &&
		!event.locals.user &&
		isCountedPage(event.route.id) &&
		(event.isDataRequest || isHtml(response))
	) {
		countVisit({
			pathname: event.url.pathname,
			locale: event.locals.locale,
			dataRequest: event.isDataRequest,
			headers: event.request.headers,
			ip: clientAddress(event),
			host: event.url.host
		});
	}
}

/** Rendered public pages for anonymous visitors; PAGE_CACHE=0 turns it off (for benchmarks). */
const cache =
	process.env.PAGE_CACHE === '0'
		? null
		: new PageCache({ maxEntries: 2000, maxBytes: 64 * 1024 * 1024, ttlSeconds: CACHE_SECONDS });

/**
 * Every request, in one function (a `sequence` of hooks costs a tracing span, a copy of the event
 * and an AsyncLocalStorage context per hook, on every request):
 *   1. anonymous visitors' public pages (and their client-side navigation data) from the page
 *      cache while what pages show is unchanged (contentVersion: any process's write to a table a
 *      page reads), so an approval, a notice or a booking shows on the next request;
 *   2. the language, the signed-in user, the guard of the business and admin areas;
 *   3. the page, with its CSP and security headers; the view counted; stored for the next visitor.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const { request } = event;
	// Anyone with a session cookie (valid or not) is served by the app itself.
	const pages =
		request.method === 'GET' &&
		!readSessionCookie(event.cookies, event.url) &&
		isCountedPage(event.route.id)
			? cache
			: null;
	const generation = pages ? contentVersion(getDb()) : null;
	if (pages && generation !== null) {
		const hit = pages.get(request.url, generation);
		if (hit) {
			// The stored copy already has every header set below; the view still counts.
			event.locals.user = null;
			event.locals.session = null;
			event.locals.locale = localeOfPath(event.url.pathname)!;
			const response = cachedResponse(hit, request, 'hit');
			countView(event, response);
			return response;
		}
	}

	await setLocale(event);
	authenticate(event);
	const refused = guard(event);
	if (refused) return withCsp(secure(event, refused), null);

	const lang = `<html lang="${LANG_TAGS[event.locals.locale]}">`;
	let scriptHash: string | null = null;
	const response = secure(
		event,
		await resolve(event, {
			transformPageChunk: ({ html }) => {
				// Every page's start-up script, named by hash in its CSP.
				scriptHash = startupScriptHash(html) ?? scriptHash;
				return html.replace('<html lang="%lang%">', lang);
			}
		})
	);
	withCsp(response, scriptHash);
	countView(event, response);

	if (
		!pages ||
		generation === null ||
		event.locals.user ||
		response.status !== 200 ||
		response.headers.has('set-cookie') ||
		!/^(?:text\/html|application\/json)/.test(response.headers.get('content-type') ?? '')
	) {
		return response;
	}
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	// For a CDN in front: share for a minute, then serve stale while fetching a fresh copy.
	headers.set(
		'cache-control',
		`public, max-age=0, s-maxage=${CACHE_SECONDS}, stale-while-revalidate=${CACHE_SECONDS * 5}`
	);
	headers.set('vary', 'accept-encoding');
	// SvelteKit's render makes no ETag (scripts/server-rewrites.js): a stored page gets one here,
	// hashed once, so browsers and a CDN can revalidate it (SvelteKit answers a match with a 304).
	headers.set('etag', `"${createHash('sha1').update(body).digest('base64url')}"`);
	const entry = {
		status: 200,
		headers: [...headers],
		body,
		gzip: new Uint8Array(gzipSync(body, { level: 9 })),
		generation,
		storedAt: Date.now()
	};
	pages.set(request.url, entry);
	return cachedResponse(entry, request, 'miss');
};

/**
 * Every HTML response leaves with a CSP: a page's names its start-up script by hash; other HTML
 * (the 403 page) runs no inline script at all.
 */
function withCsp(response: Response, scriptHash: string | null): Response {
	if (isHtml(response)) {
		response.headers.set(
			'content-security-policy',
			contentSecurityPolicy(scriptHash, { tileOrigin, dev })
		);
	}
	return response;
}

function isHtml(response: Response): boolean {
	return isHtmlType(response.headers.get('content-type'));
}

function isHtmlType(contentType: string | null | undefined): boolean {
	return (contentType ?? '').startsWith('text/html');
}

/**
 * A cached page as a client gets it: gzipped when it takes that (compressed once, when it was
 * stored), with that form's ETag (the gzipped copy is another representation: an ETag of its own).
 */
function bodyFor(page: CachedPage, acceptEncoding: string | null | undefined) {
	const gzip = page.gzip !== null && /\bgzip\b/.test(acceptEncoding ?? '');
	const etag = page.headers.find(([name]) => name === 'etag')?.[1];
	return {
		gzip,
		body: gzip ? page.gzip! : page.body,
		etag: gzip ? etag?.replace(/"$/, '-gzip"') : etag
	};
}

function cachedResponse(page: CachedPage, request: Request, state: 'hit' | 'miss'): Response {
	const headers = new Headers(page.headers);
	headers.set('x-cache', state);
	const { gzip, body, etag } = bodyFor(page, request.headers.get('accept-encoding'));
	if (etag) headers.set('etag', etag);
	if (gzip) {
		headers.set('content-encoding', 'gzip');
		headers.delete('content-length');
	}
	return new Response(body, { status: page.status, headers });
}

/**
 * Cache hits answered before SvelteKit sees the request, by the production entry (server.js) on
 * Node's own request and response: a hit through SvelteKit costs several times what sending the
 * bytes does (a Request, a Response and their streams are made for it). True when answered; false
 * leaves the request to SvelteKit, which then serves it as before (the cache's own hit path in
 * `handle`, or a render). Only the plain case is answered here: a GET with no session cookie and
 * no revalidation (If-None-Match, which SvelteKit answers with a 304), for a page stored under the
 * exact address SvelteKit gives it (ORIGIN + the request's path and query). The view is counted
 * as `handle` counts it.
 */
function answerFromCache(req: IncomingMessage, res: ServerResponse): boolean {
	if (
		!cache ||
		!origin ||
		req.method !== 'GET' ||
		req.headers['if-none-match'] !== undefined ||
		hasSessionCookie(req.headers.cookie)
	) {
		return false;
	}
	let url: URL;
	try {
		url = new URL(origin + req.url);
	} catch {
		return false;
	}
	// As SvelteKit sees it: a client-side navigation's data is asked for at `<page>/__data.json`.
	const dataRequest = url.pathname.endsWith(DATA_SUFFIX);
	const pathname = dataRequest ? url.pathname.slice(0, -DATA_SUFFIX.length) : url.pathname;
	const locale = localeOfPath(pathname);
	// Scripts, styles and pictures (every request passes here first), and pages not stored, go on
	// without a query; only a stored page's freshness is checked against the database.
	if (!locale || !cache.has(url.href)) return false;
	const generation = contentVersion(getDb());
	const page = generation === null ? null : cache.get(url.href, generation);
	if (!page) return false;
	const { gzip, body, etag } = bodyFor(page, req.headers['accept-encoding']);
	const headers: Record<string, string> = Object.fromEntries(page.headers);
	headers['content-length'] = String(body.byteLength);
	headers['x-cache'] = 'hit';
	if (etag) headers.etag = etag;
	if (gzip) headers['content-encoding'] = 'gzip';
	res.writeHead(page.status, headers);
	res.end(body);
	if (dataRequest || isHtmlType(headers['content-type'])) {
		countVisit({
			pathname,
			locale,
			dataRequest,
			headers: { get: (name) => headerOf(req, name) },
			ip: nodeClientAddress(req),
			host: url.host
		});
	}
	return true;
}

const DATA_SUFFIX = '/__data.json';

/** The address SvelteKit's requests are made on (adapter-node: ORIGIN), or null when unset. */
const origin = (() => {
	try {
		return process.env.ORIGIN ? new URL(process.env.ORIGIN).origin : null;
	} catch {
		return null;
	}
})();

function headerOf(req: IncomingMessage, name: string): string | null {
	const value = req.headers[name];
	return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

/**
 * The client's address as adapter-node's getClientAddress gives it (ADDRESS_HEADER, XFF_DEPTH,
 * else the socket's), or null where it would throw.
 */
function nodeClientAddress(req: IncomingMessage): string | null {
	const header = (process.env.ADDRESS_HEADER ?? '').toLowerCase();
	if (!header) return req.socket.remoteAddress ?? null;
	const value = headerOf(req, header);
	if (value === null || header !== 'x-forwarded-for') return value;
	const depth = parseInt(process.env.XFF_DEPTH ?? '1');
	const addresses = value.split(',');
	return depth >= 1 && depth <= addresses.length
		? addresses[addresses.length - depth].trim()
		: null;
}

// server.js finds the fast path here once SvelteKit has loaded this module.
if (!building) {
	(globalThis as Record<symbol, unknown>)[Symbol.for('visit-lang-son.answer-from-cache')] =
		answerFromCache;
}

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'errors.notFoundText' };
	const id = crypto.randomUUID();
	// The route, never the URL: a path or query string may carry a token.
	console.error(`[${id}] ${event.request.method} ${event.route.id ?? '(no route)'}:`, error);
	return { message: 'errors.unexpected', id };
};
