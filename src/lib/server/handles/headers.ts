// handles/: the steps of hooks.server.ts — language, session, security headers, the account areas' guard.
import type { Handle } from '@sveltejs/kit';
import { tileConfig } from '$lib/server/platform/tiles';

/** The tile server named in svelte.config.js's CSP; another one (TILE_URL) is added at run time. */
const DEFAULT_TILE_ORIGIN = 'https://tile.openstreetmap.org';
const isAnonymousPage = (routeId: string | null) =>
	!!routeId &&
	(routeId.startsWith('/[lang=locale]/(public)') || routeId === '/[lang=locale]/offline');
const CHECK_IN_ROUTE = '/[lang=locale]/(account)/business/events/[id]/bookings/[date=date]';
/** The one page other sites may show in a frame (the progress widget). */
export const EMBED_ROUTE = '/[lang=locale]/embed/progress';

/**
 * Who may frame the widget: EMBED_ORIGINS, origins separated by spaces (`https://langson.gov.vn`),
 * or any site when it is not set. Anything that is not an origin is left out, with a warning.
 */
export function embedAncestors(setting = process.env.EMBED_ORIGINS): string {
	const listed = (setting ?? '').split(/\s+/).filter(Boolean);
	const origins = listed.filter((o) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o));
	if (origins.length < listed.length) {
		console.warn('EMBED_ORIGINS: left out what is not an origin like https://example.vn');
	}
	// A list with nothing usable in it frames nowhere rather than everywhere.
	if (listed.length === 0) return '*';
	return origins.length > 0 ? origins.join(' ') : "'none'";
}
const ancestors = embedAncestors();

const tileOrigin = (() => {
	try {
		return new URL(tileConfig().url.replace(/[{}]/g, '')).origin;
	} catch {
		return null;
	}
})();

/**
 * Security headers on every response the app makes. A response that says nothing about caching
 * is private: only routes that choose `public` (setHeaders) can be stored by nginx or a CDN.
 */
export const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	const embed = event.route.id === EMBED_ROUTE;
	if (!embed) h.set('x-frame-options', 'DENY');
	// Isolates a window that holds someone's session or booking from others. Not sent on anonymous
	// public pages: there is nothing of the visitor's to protect, and it makes Chromium start each
	// of them in a new renderer process (Lighthouse 82–87 with it, 97–100 without; decision 008).
	if (event.locals.user || !isAnonymousPage(event.route.id)) {
		h.set('cross-origin-opener-policy', 'same-origin');
	}
	// The door's check-in page reads tickets with the camera (a WebAssembly reader where the browser
	// has no BarcodeDetector); no other page may use either.
	const door = event.route.id === CHECK_IN_ROUTE;
	h.set(
		'permissions-policy',
		`camera=(${door ? 'self' : ''}), microphone=(), geolocation=(self), payment=()`
	);
	if (event.url.protocol === 'https:') {
		h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	if (!h.has('cache-control')) h.set('cache-control', 'private, no-store');
	let csp = h.get('content-security-policy');
	if (csp && tileOrigin && tileOrigin !== DEFAULT_TILE_ORIGIN) {
		csp = csp.replace('img-src ', `img-src ${tileOrigin} `);
	}
	if (csp && door) csp = csp.replace('script-src ', "script-src 'wasm-unsafe-eval' ");
	if (csp && embed) csp = csp.replace("frame-ancestors 'none'", `frame-ancestors ${ancestors}`);
	if (csp) h.set('content-security-policy', csp);
	return response;
};
