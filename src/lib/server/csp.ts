import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of every HTML response. Scripts run only from this origin and, by
 * its SHA-256, the one inline script SvelteKit writes into each page to start it; nothing else
 * inline. Hashes rather than nonces, so the same HTML can be served from a cache to many visitors.
 *
 * SvelteKit's own `kit.csp` (hash mode) did the same with a SHA-256 written in JavaScript and a
 * random nonce drawn for every page and never used: ~8% of the time a rendered page took. Node's
 * native hash makes the same header.
 */

/** How SvelteKit's start-up script begins (`render.js`: `<script>` + the `init_app` block). */
const STARTUP = '<script>\n\t\t\t\t{';

/** What follows the start-up script: SvelteKit's `\n\t\t`, then the end of app.html. */
const DOCUMENT_END = /^\n\t\t<\/div>\s*<\/body>\s*<\/html>\s*$/;

/**
 * The base64 SHA-256 of the page's SvelteKit start-up script, or null when there is none. It must
 * end the document (app.html's closing tags alone follow it): anything a user wrote is in the
 * body, before it, so a look-alike there is never the one hashed, and a document shaped otherwise
 * gets no hash at all (its scripts stay off rather than run something unknown).
 */
export function startupScriptHash(html: string): string | null {
	const at = html.lastIndexOf(STARTUP);
	if (at < 0) return null;
	const from = at + '<script>'.length;
	const end = html.indexOf('</script>', from);
	if (end < 0 || !DOCUMENT_END.test(html.slice(end + '</script>'.length))) return null;
	return createHash('sha256').update(html.slice(from, end)).digest('base64');
}

/** The header for a page whose start-up script has `scriptHash` (null: none), maps from `tileOrigin`. */
export function contentSecurityPolicy(
	scriptHash: string | null,
	{ tileOrigin, dev = false }: { tileOrigin: string | null; dev?: boolean }
): string {
	const directives: [string, string[]][] = [
		['default-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['font-src', ["'self'"]],
		// The map's tiles come from the tile server (TILE_URL).
		['img-src', ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])]],
		['object-src', ["'none'"]],
		['script-src', ["'self'", ...(scriptHash ? [`'sha256-${scriptHash}'`] : [])]],
		// Stylesheets only from here (Vite's dev server injects <style> elements); style attributes
		// are allowed: Leaflet and Svelte's style: directive set them.
		['style-src-elem', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
		['style-src-attr', ["'unsafe-inline'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
		['frame-ancestors', ["'none'"]]
	];
	return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
