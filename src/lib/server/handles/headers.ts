// handles/: the steps of hooks.server.ts — language, session, security headers, the account areas' guard.
import type { Handle } from '@sveltejs/kit';
import { tileConfig } from '$lib/server/platform/tiles';

/** The tile server named in svelte.config.js's CSP; another one (TILE_URL) is added at run time. */
const DEFAULT_TILE_ORIGIN = 'https://tile.openstreetmap.org';

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
	h.set('x-frame-options', 'DENY');
	h.set('cross-origin-opener-policy', 'same-origin');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(self), payment=()');
	if (event.url.protocol === 'https:') {
		h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	if (!h.has('cache-control')) h.set('cache-control', 'private, no-store');
	const csp = h.get('content-security-policy');
	if (csp && tileOrigin && tileOrigin !== DEFAULT_TILE_ORIGIN) {
		h.set('content-security-policy', csp.replace('img-src ', `img-src ${tileOrigin} `));
	}
	return response;
};
