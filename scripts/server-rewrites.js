// A Vite plugin for the server build: it rewrites a few lines of Svelte and SvelteKit that run on
// every page request and cost far more there than what they are for.
//
// Most are about garbage, so that what a request makes dies young. V8 puts two kinds of object
// straight into its old generation: the getter pair of an accessor property
// (`Object.defineProperties(o, { k: { get } })`) and a function literal assigned to a property
// (`o.k = () => {}`; the parser takes it for a method). Made per request, such an object points
// from the old generation at the request's closures, and each young-generation GC then has to
// keep everything those reach: the event, the loaded data, the whole rendered page. They were
// copied twice and promoted, ~80 kB a page, until the next full GC: scavenges alone took a tenth
// of the CPU a rendered page cost, in pauses of 5–19 ms. Without them a page costs ~30% less.
// These keep behaviour exactly: the getters read the same values, the functions throw the same
// errors.
//
// One is work no response needs: SvelteKit hashed every rendered page's HTML for an ETag, ~5% of
// a page's CPU. Pages for signed-in people are `private, no-store`, so no browser ever asks
// again with it; a public page gets its ETag from the page cache, which hashes the bytes once when
// it stores the page (hooks.server.ts), and SvelteKit's 304 answer to a matching If-None-Match
// works on those copies as before.
//
// And one is a cost on every promise. SvelteKit keeps the request in an AsyncLocalStorage so
// that getRequestEvent() (and remote functions, built on it) work after an await. On Node 20 the
// first use of an AsyncLocalStorage installs promise hooks for the whole process, and every
// promise a request makes then runs them: 10–15% of a rendered page's CPU. We call neither (ESLint
// forbids them, eslint.config.js), so the server build goes without, as SvelteKit does where
// there is no AsyncLocalStorage: getRequestEvent() works when called synchronously, and says so
// when it is not.
//
// A rewrite whose lines are no longer there (a newer Svelte or SvelteKit) is skipped with a
// warning, and server-rewrites.spec.ts fails so that it is looked at. Replacements are padded to
// the lines they replace and new code goes at the end, so source maps stay right.

import { fileURLToPath } from 'node:url';

const REQUEST_STORE = '@sveltejs/kit/internal/server';

/**
 * @typedef {{ find: string, replace: string }} Edit
 * @typedef {{ file: string, why: string, edits: Edit[], append: string }} Rewrite
 */

/** @type {Rewrite[]} */
export const REWRITES = [
	{
		file: 'svelte/src/legacy/legacy-server.js',
		why: "the root component's render result read its head and html through getters made per render",
		edits: [
			{
				find: `				head: {
					get: () => result.head
				},
				html: {
					get: () => result.body
				},`,
				replace: `				[legacy_result]: { value: result },
				head: { get: legacy_head },
				html: { get: legacy_html },`
			}
		],
		append: `
const legacy_result = Symbol('render result');
/** @this {any} */
function legacy_head() {
	return this[legacy_result].head;
}
/** @this {any} */
function legacy_html() {
	return this[legacy_result].body;
}
`
	},
	{
		file: '@sveltejs/kit/src/runtime/server/respond.js',
		why: 'every response assigned two new throwing functions to its event',
		edits: [
			{
				find: `			event.cookies.set = () => {
				throw new Error('Cannot use \`cookies.set(...)\` after the response has been generated');
			};

			event.setHeaders = () => {
				throw new Error('Cannot use \`setHeaders(...)\` after the response has been generated');
			};`,
				replace: `			event.cookies.set = cookies_set_after_response;
			event.setHeaders = set_headers_after_response;`
			}
		],
		append: `
function cookies_set_after_response() {
	throw new Error('Cannot use \`cookies.set(...)\` after the response has been generated');
}
function set_headers_after_response() {
	throw new Error('Cannot use \`setHeaders(...)\` after the response has been generated');
}
`
	},
	{
		file: '@sveltejs/kit/src/utils/url.js',
		why: "a load's tracked URL got new getters and console-log functions on every request",
		edits: [
			{
				find: `	for (const property of tracked_url_properties) {
		Object.defineProperty(tracked, property, {
			get() {
				callback();
				return url[property];
			},

			enumerable: true,
			configurable: true
		});
	}`,
				replace: `	Object.defineProperty(tracked, tracked_source, { value: { url, callback } });
	for (const property of tracked_url_properties) {
		Object.defineProperty(tracked, property, {
			get: tracked_getters[property],
			enumerable: true,
			configurable: true
		});
	}`
			},
			{
				find: `		tracked[Symbol.for('nodejs.util.inspect.custom')] = (_depth, opts, inspect) => {
			return inspect(url, opts);
		};`,
				replace: `		const inspect_tracked = (_depth, opts, inspect) => inspect(url, opts);
		tracked[Symbol.for('nodejs.util.inspect.custom')] = inspect_tracked;`
			},
			{
				find: `		tracked.searchParams[Symbol.for('nodejs.util.inspect.custom')] = (_depth, opts, inspect) => {
			return inspect(url.searchParams, opts);
		};`,
				replace: `		const inspect_params = (_depth, opts, inspect) => inspect(url.searchParams, opts);
		tracked.searchParams[Symbol.for('nodejs.util.inspect.custom')] = inspect_params;`
			},
			{
				find: `	Object.defineProperty(url, 'hash', {
		get() {
			throw new Error(
				'Cannot access event.url.hash. Consider using \`page.url.hash\` inside a component instead'
			);
		}
	});`,
				replace: `	Object.defineProperty(url, 'hash', { get: hash_unavailable });`
			},
			{
				find: `		url[Symbol.for('nodejs.util.inspect.custom')] = (_depth, opts, inspect) => {
			return inspect(new URL(url), opts);
		};`,
				replace: `		const inspect_url = (_depth, opts, inspect) => inspect(new URL(url), opts);
		url[Symbol.for('nodejs.util.inspect.custom')] = inspect_url;`
			}
		],
		append: `
const tracked_source = Symbol('tracked url');
const tracked_getters = Object.fromEntries(
	['href', 'pathname', 'search', 'toString', 'toJSON', 'hash'].map((property) => [
		property,
		/** @this {any} */
		function () {
			const { url, callback } = this[tracked_source];
			callback();
			return url[property];
		}
	])
);
function hash_unavailable() {
	throw new Error(
		'Cannot access event.url.hash. Consider using \`page.url.hash\` inside a component instead'
	);
}
`
	},
	{
		file: '@sveltejs/kit/src/runtime/server/page/render.js',
		why: "every rendered page's HTML was hashed for an ETag that only stored copies need",
		edits: [
			{
				find: `	if (!chunks) {
		headers.set('etag', \`"\${hash(transformed)}"\`);
	}`,
				replace: `	// No ETag: the page cache gives stored copies theirs (scripts/server-rewrites.js).`
			}
		],
		append: ''
	},
	{
		file: '@sveltejs/kit/src/exports/internal/event.js',
		why: 'an AsyncLocalStorage, used only by getRequestEvent() after an await, made every promise of every request run hooks',
		edits: [
			{
				find: `import('node:async_hooks')
	.then((hooks) => (als = new hooks.AsyncLocalStorage()))
	.catch(() => {
		// can't use AsyncLocalStorage, but can still call getRequestEvent synchronously.
		// this isn't behind \`supports\` because it's basically just StackBlitz (i.e.
		// in-browser usage) that doesn't support it AFAICT
	});`,
				replace: `// No AsyncLocalStorage on our server: getRequestEvent() is read synchronously (scripts/server-rewrites.js).`
			}
		],
		append: ''
	}
];

/**
 * @param {string} id
 * @returns {Rewrite | undefined}
 */
function rewriteFor(id) {
	const path = id.split('?')[0].replaceAll('\\', '/');
	return REWRITES.find((r) => path.endsWith(`/node_modules/${r.file}`));
}

/** @param {string} text */
const lines = (text) => text.split('\n').length;

/**
 * Applies a rewrite; the edits not found are named in `missing` and leave the code as it was.
 * @param {Rewrite} rewrite
 * @param {string} code
 */
export function applyRewrite(rewrite, code) {
	/** @type {string[]} */
	const missing = [];
	let out = code;
	for (const edit of rewrite.edits) {
		if (out.split(edit.find).length !== 2) {
			missing.push(edit.find.trim().split('\n')[0]);
			continue;
		}
		const padding = lines(edit.find) - lines(edit.replace);
		if (padding < 0) throw new Error(`a replacement in ${rewrite.file} is longer than its lines`);
		out = out.replace(edit.find, () => edit.replace + '\n'.repeat(padding));
	}
	if (missing.length > 0) return { code, missing };
	return { code: out + rewrite.append, missing };
}

/** @returns {import('vite').Plugin} */
export function serverRewrites() {
	let building = false;
	return {
		name: 'visit-lang-son:server-rewrites',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		// SvelteKit's request store (event.js) is imported by this bare name, which Vite leaves
		// out of the server build for the adapter to bundle. Resolved to its file it is bundled
		// here, rewritten like the rest; every module that imports it is in this build, so there
		// is still one store. `vite dev` keeps SvelteKit's own (with its AsyncLocalStorage).
		resolveId(id, _importer, options) {
			if (!building || !options?.ssr || id !== REQUEST_STORE) return null;
			return fileURLToPath(import.meta.resolve(REQUEST_STORE));
		},
		transform(code, id, options) {
			if (!options?.ssr) return null;
			const rewrite = rewriteFor(id);
			if (!rewrite) return null;
			const result = applyRewrite(rewrite, code);
			if (result.missing.length > 0) {
				this.warn(
					`${rewrite.file} has changed; not rewritten (${rewrite.why}): ${result.missing.join('; ')}`
				);
				return null;
			}
			return { code: result.code, map: null };
		}
	};
}
